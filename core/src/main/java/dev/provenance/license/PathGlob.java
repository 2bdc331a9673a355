package dev.provenance.license;

/**
 * A path glob as REUSE.toml or DEP-5 write it, matched without regular expressions in O(path × pattern) time, so a
 * hostile pattern cannot blow up.
 *
 * <p>REUSE.toml: {@code *} matches within one path segment, {@code **} across segments, {@code \*} is a literal
 * star. DEP-5 ({@code .reuse/dep5}, Debian copyright format 1.0): {@code *} matches any characters including
 * {@code /}, {@code ?} any one character.
 */
final class PathGlob {
    enum Syntax { REUSE_TOML, DEP5 }

    private final String pattern;
    private final Syntax syntax;

    PathGlob(String pattern, Syntax syntax) {
        this.pattern = pattern;
        this.syntax = syntax;
    }

    String pattern() {
        return pattern;
    }

    boolean matches(String path) {
        // tokens: 0 literal char, 1 '*' (segment), 2 '**' / dep5 '*' (anything), 3 '?' (one char)
        int m = pattern.length();
        int[] kinds = new int[m];
        char[] chars = new char[m];
        int n = 0;
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            if (syntax == Syntax.REUSE_TOML && c == '\\' && i + 1 < m) {
                chars[n] = pattern.charAt(++i);
                kinds[n++] = 0;
            } else if (c == '*') {
                boolean dbl = i + 1 < m && pattern.charAt(i + 1) == '*';
                if (dbl) {
                    i++;
                }
                kinds[n++] = syntax == Syntax.DEP5 || dbl ? 2 : 1;
            } else if (c == '?' && syntax == Syntax.DEP5) {
                kinds[n++] = 3;
            } else {
                chars[n] = c;
                kinds[n++] = 0;
            }
        }
        int len = path.length();
        boolean[] previous = new boolean[len + 1];
        boolean[] current = new boolean[len + 1];
        previous[0] = true;
        for (int t = 0; t < n; t++) {
            int kind = kinds[t];
            current[0] = (kind == 1 || kind == 2) && previous[0];
            for (int j = 1; j <= len; j++) {
                char c = path.charAt(j - 1);
                current[j] = switch (kind) {
                    case 0 -> previous[j - 1] && c == chars[t];
                    case 3 -> previous[j - 1];
                    case 1 -> previous[j] || (current[j - 1] && c != '/');
                    default -> previous[j] || current[j - 1];
                };
            }
            boolean[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[len];
    }
}
