package dev.provenance.policy;

import java.util.Locale;

/**
 * A waiver's origin glob, matched against the upstream a violation is about ({@code component@version}): it
 * applies when it matches the component name alone or the whole {@code component@version}. {@code *} matches any
 * run of characters ({@code /} and {@code :} included, for {@code @scope/name} and {@code group:artifact}),
 * {@code ?} one character, {@code \} makes the next one literal. Case is ignored, as package registries that fold
 * case (PyPI) would have it. Matching is linear-bounded (see {@link GlobProgram}).
 */
final class OriginPattern {
    static final int MAX_CHARS = 512;

    private final String text;
    private final GlobProgram program;

    private OriginPattern(String text, GlobProgram program) {
        this.text = text;
        this.program = program;
    }

    /** @throws IllegalArgumentException naming the problem (empty, too long, trailing lone {@code \}) */
    static OriginPattern compile(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        if (pattern.length() > MAX_CHARS) {
            throw new IllegalArgumentException("is longer than " + MAX_CHARS + " characters");
        }
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        GlobProgram.Builder out = new GlobProgram.Builder();
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("ends with a lone '\\'");
                }
                out.literal(p.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                while (i < n && p.charAt(i) == '*') {
                    i++;
                }
                out.token(GlobProgram.ANYTHING);
            } else if (c == '?') {
                out.token(GlobProgram.ANY_ONE);
                i++;
            } else {
                out.literal(c);
                i++;
            }
        }
        return new OriginPattern(pattern, out.build(false));
    }

    /** Whether the pattern matches {@code origin} ({@code component@version}); never an empty origin. */
    boolean matches(String origin) {
        if (origin.isEmpty()) {
            return false;
        }
        String full = origin.toLowerCase(Locale.ROOT);
        int at = full.lastIndexOf('@');
        return (at > 0 && program.matches(full.substring(0, at))) || program.matches(full);
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
