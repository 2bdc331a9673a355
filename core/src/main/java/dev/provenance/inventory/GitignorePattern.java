package dev.provenance.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a file in gitignore syntax, parsed the way git reads it:
 * <ul>
 *   <li>blank lines and lines starting with {@code #} are no patterns; {@code \#} and {@code \!} are literal;</li>
 *   <li>trailing spaces are dropped unless escaped ({@code \ });</li>
 *   <li>a leading {@code !} negates (re-includes);</li>
 *   <li>a trailing {@code /} matches directories only;</li>
 *   <li>a {@code /} at the start or in the middle anchors the pattern to the directory of its file; without one the
 *       pattern matches a name at any depth below it;</li>
 *   <li>{@code **} as a whole segment: leading {@code **}{@code /} matches in every directory, trailing
 *       {@code /**} everything inside (not the directory itself), {@code /**}{@code /} zero or more directories;
 *       elsewhere {@code **} is an ordinary {@code *};</li>
 *   <li>a pattern ending in a lone {@code \} or holding a malformed bracket expression never matches.</li>
 * </ul>
 * Matching works segment by segment with a single back-track point per level, so it is linear-bounded
 * (O(pattern × path)) on any input.
 */
final class GitignorePattern {
    /**
     * Longer lines are no patterns: no path is longer (PATH_MAX), and a hostile ignore file must not make matching
     * expensive.
     */
    static final int MAX_PATTERN_CHARS = 4096;

    private final String text;
    private final int line;
    private final boolean negated;
    private final boolean directoryOnly;
    /** Non-null for a pattern without a slash: it matches the last segment at any depth. */
    private final GlobSegment basename;
    /** For an anchored pattern: one entry per segment, {@code null} standing for {@code **}. */
    private final GlobSegment[] segments;
    /** Path segments any match needs at least: one per segment other than {@code **}. */
    private final int minSegments;

    private GitignorePattern(String text, int line, boolean negated, boolean directoryOnly, GlobSegment basename,
                             GlobSegment[] segments) {
        this.text = text;
        this.line = line;
        this.negated = negated;
        this.directoryOnly = directoryOnly;
        this.basename = basename;
        this.segments = segments;
        int min = 0;
        if (segments != null) {
            for (GlobSegment segment : segments) {
                if (segment != null) {
                    min++;
                }
            }
        }
        this.minSegments = min;
    }

    /**
     * Parses one line (without its line terminator).
     *
     * @return empty for a blank line, a comment, a line longer than {@link #MAX_PATTERN_CHARS}, or a pattern that
     *         can never match
     */
    static Optional<GitignorePattern> parse(String rawLine, int lineNumber) {
        if (rawLine.length() > MAX_PATTERN_CHARS) {
            return Optional.empty();
        }
        String p = trimTrailingSpaces(rawLine);
        if (p.isEmpty() || p.charAt(0) == '#') {
            return Optional.empty();
        }
        String written = p;
        boolean negated = false;
        if (p.charAt(0) == '!') {
            negated = true;
            p = p.substring(1);
        }
        if (endsWithLoneBackslash(p)) {
            return Optional.empty();
        }
        boolean directoryOnly = false;
        if (p.endsWith("/")) {
            directoryOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        int slash = p.indexOf('/');
        if (slash < 0) {
            Optional<GlobSegment> glob = GlobSegment.compile(p);
            if (glob.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GitignorePattern(written, lineNumber, negated, directoryOnly, glob.get(), null));
        }
        if (slash == 0) {
            p = p.substring(1);
            if (p.isEmpty()) {
                return Optional.empty();
            }
        }
        String[] parts = p.split("/", -1);
        List<GlobSegment> segments = new ArrayList<>(parts.length + 1);
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].equals("**")) {
                if (k == parts.length - 1) {
                    // Trailing "/**": everything inside, so at least one more segment.
                    segments.add(GlobSegment.compile("*").orElseThrow());
                }
                if (segments.isEmpty() || segments.get(segments.size() - 1) != null) {
                    segments.add(null);
                }
            } else {
                Optional<GlobSegment> glob = GlobSegment.compile(parts[k]);
                if (glob.isEmpty()) {
                    return Optional.empty();
                }
                segments.add(glob.get());
            }
        }
        return Optional.of(new GitignorePattern(written, lineNumber, negated, directoryOnly, null,
                segments.toArray(GlobSegment[]::new)));
    }

    /** Drops trailing spaces that are not escaped by a backslash, as git does. */
    static String trimTrailingSpaces(String s) {
        int end = s.length();
        int lastKept = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < end) {
                i++;
                lastKept = i + 1;
            } else if (c != ' ') {
                lastKept = i + 1;
            }
        }
        return s.substring(0, lastKept);
    }

    private static boolean endsWithLoneBackslash(String s) {
        int count = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** The pattern as written in its file (trailing spaces dropped). */
    String text() {
        return text;
    }

    /** 1-based line in its file; 0 where the pattern did not come from a file. */
    int line() {
        return line;
    }

    boolean negated() {
        return negated;
    }

    /**
     * Whether the pattern matches a path.
     *
     * @param path        the path's segments relative to the scanned root
     * @param from        index of the first segment below the directory that holds the pattern's file
     * @param isDirectory whether the path is a directory
     */
    boolean matches(String[] path, int from, boolean isDirectory) {
        if (directoryOnly && !isDirectory) {
            return false;
        }
        if (path.length <= from) {
            return false;
        }
        if (basename != null) {
            return basename.matches(path[path.length - 1]);
        }
        return matchSegments(path, from);
    }

    private boolean matchSegments(String[] path, int from) {
        if (path.length - from < minSegments) {
            return false;
        }
        int p = 0;
        int s = from;
        int starP = -1;
        int starS = -1;
        int m = segments.length;
        int n = path.length;
        while (s < n) {
            if (p < m && segments[p] == null) {
                starP = p++;
                starS = s;
            } else if (p < m && segments[p].matches(path[s])) {
                p++;
                s++;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < m && segments[p] == null) {
            p++;
        }
        return p == m;
    }

    @Override
    public String toString() {
        return text;
    }
}
