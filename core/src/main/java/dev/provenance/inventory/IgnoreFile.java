package dev.provenance.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one source in gitignore syntax — a {@code .gitignore}, {@code .git/info/exclude} or the user's
 * exclude globs — and the directory they are relative to.
 */
final class IgnoreFile {
    private final String label;
    private final boolean numbered;
    private final int baseDepth;
    private final List<GitignorePattern> patterns;
    private final int overlongLines;

    private IgnoreFile(String label, boolean numbered, int baseDepth, List<GitignorePattern> patterns,
                       int overlongLines) {
        this.label = label;
        this.numbered = numbered;
        this.baseDepth = baseDepth;
        this.patterns = List.copyOf(patterns);
        this.overlongLines = overlongLines;
    }

    /**
     * Parses the text of an ignore file.
     *
     * @param label     how reasons name the file, e.g. {@code src/.gitignore}
     * @param baseDepth number of path segments of the directory that holds it, relative to the scanned root
     * @param text      its content; a leading byte order mark and {@code \r} before line ends are dropped
     */
    static IgnoreFile parse(String label, int baseDepth, String text) {
        List<GitignorePattern> patterns = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNumber = 0;
        int overlong = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lineNumber++;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (stop - start > GitignorePattern.MAX_PATTERN_CHARS) {
                overlong++;
            }
            GitignorePattern.parse(text.substring(start, stop), lineNumber).ifPresent(patterns::add);
            start = end + 1;
        }
        return new IgnoreFile(label, true, baseDepth, patterns, overlong);
    }

    /** The user's exclude globs, relative to the scanned root; reasons name them {@code label: glob}. */
    static IgnoreFile ofGlobs(String label, List<String> globs) {
        List<GitignorePattern> patterns = new ArrayList<>();
        for (String glob : globs) {
            GitignorePattern.parse(glob.strip(), 0).ifPresent(patterns::add);
        }
        return new IgnoreFile(label, false, 0, patterns, 0);
    }

    /** Lines longer than {@link GitignorePattern#MAX_PATTERN_CHARS}, which were not applied. */
    int overlongLines() {
        return overlongLines;
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The last pattern that matches {@code path}, or null: within one file the last match wins. */
    GitignorePattern lastMatch(String[] path, boolean isDirectory) {
        for (int k = patterns.size() - 1; k >= 0; k--) {
            GitignorePattern pattern = patterns.get(k);
            if (pattern.matches(path, baseDepth, isDirectory)) {
                return pattern;
            }
        }
        return null;
    }

    /** The reason an exclusion names, e.g. {@code .gitignore:3: build/} or {@code provenance.excludes: **}. */
    String reason(GitignorePattern pattern) {
        return numbered ? label + ":" + pattern.line() + ": " + pattern.text() : label + ": " + pattern.text();
    }
}
