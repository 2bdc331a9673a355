package dev.provenance.policy;

/**
 * A waiver's path glob, read the way a {@code .gitignore} line is read, against paths relative to the scanned root:
 * <ul>
 *   <li>{@code *} matches within one segment, {@code ?} one character, {@code [a-z]} / {@code [!a-z]} one character
 *       of a class; none of them matches {@code /}; {@code \} makes the next character literal;</li>
 *   <li>{@code **} as a whole segment: leading {@code **}{@code /} matches in every directory, {@code /**}{@code /}
 *       zero or more directories, trailing {@code /**} everything inside; elsewhere it is an ordinary {@code *};</li>
 *   <li>a pattern without a {@code /} (other than a trailing one) matches a name at any depth; with one, it is
 *       relative to the root (a leading {@code /} only says so explicitly);</li>
 *   <li>a pattern that matches a directory covers everything below it ({@code vendor} and {@code vendor/} waive
 *       {@code third_party/vendor/x.py}).</li>
 * </ul>
 * Matching is linear-bounded (see {@link GlobProgram}); patterns are capped at {@value #MAX_CHARS} characters.
 */
final class PathPattern {
    static final int MAX_CHARS = 1024;

    private final String text;
    private final GlobProgram program;

    private PathPattern(String text, GlobProgram program) {
        this.text = text;
        this.program = program;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException naming the problem (empty, too long, {@code ..} segment, unterminated
     *                                  {@code [}, trailing lone {@code \})
     */
    static PathPattern compile(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (pattern.length() > MAX_CHARS) {
            throw new IllegalArgumentException("is longer than " + MAX_CHARS + " characters");
        }
        String p = pattern;
        boolean anchored = p.startsWith("/");
        if (anchored) {
            p = p.substring(1);
        }
        boolean directory = p.endsWith("/") && !p.endsWith("\\/");
        if (directory) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || p.startsWith("/") || p.contains("//")) {
            throw new IllegalArgumentException("has an empty path segment");
        }
        for (String segment : p.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("must be relative to the scanned root without '" + segment
                        + "' segments");
            }
        }
        if (!anchored && p.indexOf('/') < 0) {
            p = "**/" + p;
        }
        if (directory) {
            p = p + "/**";
        }
        return new PathPattern(pattern, tokens(p).build(true));
    }

    boolean matches(String path) {
        return program.matches(path);
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static GlobProgram.Builder tokens(String p) {
        GlobProgram.Builder out = new GlobProgram.Builder();
        String[] segments = p.split("/", -1);
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k];
            boolean last = k == segments.length - 1;
            if (segment.equals("**")) {
                out.token(last ? GlobProgram.ANYTHING : GlobProgram.DIRECTORIES);
                continue;
            }
            segment(segment, out);
            if (!last) {
                out.literal('/');
            }
        }
        return out;
    }

    private static void segment(String s, GlobProgram.Builder out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("ends with a lone '\\'");
                }
                out.literal(s.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                while (i < n && s.charAt(i) == '*') {
                    i++;
                }
                out.token(GlobProgram.STAR);
            } else if (c == '?') {
                out.token(GlobProgram.ONE);
                i++;
            } else if (c == '[') {
                i = characterClass(s, i, out);
            } else {
                out.literal(c);
                i++;
            }
        }
    }

    /** Parses {@code [...]} starting at {@code open}; returns the index after its {@code ]}. */
    private static int characterClass(String s, int open, GlobProgram.Builder out) {
        int n = s.length();
        int i = open + 1;
        boolean negated = i < n && (s.charAt(i) == '!' || s.charAt(i) == '^');
        if (negated) {
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        boolean first = true;
        while (i < n && (first || s.charAt(i) != ']')) {
            first = false;
            char low = s.charAt(i);
            if (low == '\\' && i + 1 < n) {
                low = s.charAt(++i);
            }
            i++;
            char high = low;
            if (i + 1 < n && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
                high = s.charAt(i + 1);
                if (high == '\\' && i + 2 < n) {
                    high = s.charAt(i + 2);
                    i++;
                }
                i += 2;
                if (high < low) {
                    throw new IllegalArgumentException("has a reversed range '" + low + "-" + high + "'");
                }
            }
            ranges.append(low).append(high);
        }
        if (i >= n) {
            throw new IllegalArgumentException("has an unterminated '['");
        }
        out.characterClass(new GlobProgram.CharClass(negated, ranges.toString()));
        return i + 1;
    }
}
