package dev.provenance.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled glob: a sequence of tokens matched against a string by dynamic programming over (token, position), so
 * matching takes O(tokens × length) time whatever the pattern; nothing backtracks.
 */
final class GlobProgram {
    /** One literal character. */
    static final int LITERAL = 0;
    /** One character other than {@code /}. */
    static final int ONE = 1;
    /** One character of a class, never {@code /}. */
    static final int CLASS = 2;
    /** Any run of characters other than {@code /}. */
    static final int STAR = 3;
    /** Zero or more whole segments: empty, or any run ending in {@code /}. */
    static final int DIRECTORIES = 4;
    /** Any run of characters, {@code /} included. */
    static final int ANYTHING = 5;
    /** One character, {@code /} included. */
    static final int ANY_ONE = 6;

    private final int[] kinds;
    private final char[] chars;
    private final CharClass[] classes;
    /** Whether a match may end at a {@code /} (the pattern then covers everything below that directory). */
    private final boolean directoryPrefix;

    private GlobProgram(int[] kinds, char[] chars, CharClass[] classes, boolean directoryPrefix) {
        this.kinds = kinds;
        this.chars = chars;
        this.classes = classes;
        this.directoryPrefix = directoryPrefix;
    }

    boolean matches(String text) {
        int len = text.length();
        boolean[] previous = new boolean[len + 1];
        boolean[] current = new boolean[len + 1];
        previous[0] = true;
        for (int t = 0; t < kinds.length; t++) {
            int kind = kinds[t];
            boolean seen = previous[0];
            current[0] = (kind == STAR || kind == DIRECTORIES || kind == ANYTHING) && previous[0];
            boolean any = false;
            for (int j = 1; j <= len; j++) {
                char c = text.charAt(j - 1);
                boolean value = switch (kind) {
                    case LITERAL -> previous[j - 1] && c == chars[t];
                    case ONE -> previous[j - 1] && c != '/';
                    case ANY_ONE -> previous[j - 1];
                    case CLASS -> previous[j - 1] && c != '/' && classes[t].contains(c);
                    case STAR -> previous[j] || (current[j - 1] && c != '/');
                    case DIRECTORIES -> previous[j] || (c == '/' && seen);
                    default -> previous[j] || seen;
                };
                current[j] = value;
                seen |= previous[j];
                any |= value;
            }
            if (!any && !current[0]) {
                return false;
            }
            boolean[] swap = previous;
            previous = current;
            current = swap;
        }
        if (previous[len]) {
            return true;
        }
        if (directoryPrefix) {
            for (int j = 1; j < len; j++) {
                if (previous[j] && text.charAt(j) == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Collects tokens; {@link #build} makes the program. */
    static final class Builder {
        private final List<Integer> kinds = new ArrayList<>();
        private final StringBuilder chars = new StringBuilder();
        private final List<CharClass> classes = new ArrayList<>();

        Builder literal(char c) {
            return add(LITERAL, c, null);
        }

        Builder token(int kind) {
            return add(kind, '\0', null);
        }

        Builder characterClass(CharClass characterClass) {
            return add(CLASS, '\0', characterClass);
        }

        private Builder add(int kind, char c, CharClass characterClass) {
            kinds.add(kind);
            chars.append(c);
            classes.add(characterClass);
            return this;
        }

        GlobProgram build(boolean directoryPrefix) {
            return new GlobProgram(kinds.stream().mapToInt(Integer::intValue).toArray(), chars.toString().toCharArray(),
                    classes.toArray(CharClass[]::new), directoryPrefix);
        }
    }

    /** A bracket expression: ranges of characters, possibly negated. */
    record CharClass(boolean negated, String ranges) {
        /** {@code ranges} holds pairs of characters, each pair an inclusive range. */
        boolean contains(char c) {
            boolean in = false;
            for (int i = 0; i + 1 < ranges.length() && !in; i += 2) {
                in = c >= ranges.charAt(i) && c <= ranges.charAt(i + 1);
            }
            return in != negated;
        }
    }
}
