package dev.provenance.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A glob for one path segment, in the syntax of git's wildmatch: {@code *} (any run of characters), {@code ?} (one
 * character), {@code [...]} classes with ranges, {@code !} or {@code ^} negation and {@code [:alpha:]}-style POSIX
 * classes, and {@code \} escaping the next character. A segment never holds {@code /}.
 *
 * <p>Matching is the classic two-pointer algorithm with a single back-track point for the last {@code *}: every
 * other token consumes exactly one character, so it runs in O(pattern × name) at worst and never backtracks
 * exponentially, whatever the input.
 */
final class GlobSegment {
    private static final int LITERAL = 0;
    private static final int ANY = 1;
    private static final int STAR = 2;
    private static final int CLASS = 3;

    private final String source;
    /** Fast paths: the whole segment is one literal, or {@code *} followed by a literal. */
    private final String literal;
    private final String suffix;
    private final boolean matchesAll;
    /** Characters any match needs at least: one per token other than {@code *}. */
    private final int minLength;
    private final int[] types;
    private final int[] chars;
    private final CharClass[] classes;

    private GlobSegment(String source, String literal, String suffix, boolean matchesAll, int[] types, int[] chars,
                        CharClass[] classes) {
        this.source = source;
        this.literal = literal;
        this.suffix = suffix;
        this.matchesAll = matchesAll;
        int min = 0;
        for (int type : types) {
            if (type != STAR) {
                min++;
            }
        }
        this.minLength = min;
        this.types = types;
        this.chars = chars;
        this.classes = classes;
    }

    /**
     * Compiles one segment; empty when the glob is malformed (an unterminated {@code [}, an unknown POSIX class or
     * a trailing lone {@code \}), which git treats as a pattern that never matches.
     */
    static Optional<GlobSegment> compile(String glob) {
        List<Integer> types = new ArrayList<>();
        List<Integer> chars = new ArrayList<>();
        List<CharClass> classes = new ArrayList<>();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            int c = glob.codePointAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return Optional.empty();
                }
                int escaped = glob.codePointAt(i + 1);
                types.add(LITERAL);
                chars.add(escaped);
                classes.add(null);
                i += 1 + Character.charCount(escaped);
            } else if (c == '*') {
                if (types.isEmpty() || types.get(types.size() - 1) != STAR) {
                    types.add(STAR);
                    chars.add(0);
                    classes.add(null);
                }
                i++;
            } else if (c == '?') {
                types.add(ANY);
                chars.add(0);
                classes.add(null);
                i++;
            } else if (c == '[') {
                int[] end = new int[1];
                CharClass cls = CharClass.parse(glob, i + 1, end);
                if (cls == null) {
                    return Optional.empty();
                }
                types.add(CLASS);
                chars.add(0);
                classes.add(cls);
                i = end[0];
            } else {
                types.add(LITERAL);
                chars.add(c);
                classes.add(null);
                i += Character.charCount(c);
            }
        }
        int[] t = types.stream().mapToInt(Integer::intValue).toArray();
        int[] ch = chars.stream().mapToInt(Integer::intValue).toArray();
        String literal = allLiteral(t, ch, 0) ? codePoints(ch, 0) : null;
        String suffix = t.length > 0 && t[0] == STAR && allLiteral(t, ch, 1) ? codePoints(ch, 1) : null;
        boolean matchesAll = t.length == 1 && t[0] == STAR;
        return Optional.of(new GlobSegment(glob, literal, suffix, matchesAll, t, ch, classes.toArray(CharClass[]::new)));
    }

    private static boolean allLiteral(int[] types, int[] chars, int from) {
        for (int k = from; k < types.length; k++) {
            if (types[k] != LITERAL) {
                return false;
            }
        }
        return true;
    }

    private static String codePoints(int[] chars, int from) {
        StringBuilder sb = new StringBuilder(chars.length - from);
        for (int k = from; k < chars.length; k++) {
            sb.appendCodePoint(chars[k]);
        }
        return sb.toString();
    }

    /** Whether the glob is {@code *}: it matches every segment. */
    boolean matchesEverything() {
        return matchesAll;
    }

    boolean matches(String name) {
        if (literal != null) {
            return literal.equals(name);
        }
        if (matchesAll) {
            return true;
        }
        if (name.length() < minLength) {
            // Each such token takes one code point, one or two chars: a shorter name cannot match.
            return false;
        }
        if (suffix != null) {
            return name.endsWith(suffix);
        }
        return matchTokens(name);
    }

    private boolean matchTokens(String s) {
        int p = 0;
        int i = 0;
        int starP = -1;
        int starI = -1;
        int m = types.length;
        int n = s.length();
        while (i < n) {
            if (p < m && types[p] == STAR) {
                starP = p++;
                starI = i;
                continue;
            }
            int c = s.codePointAt(i);
            if (p < m && matchesOne(p, c)) {
                p++;
                i += Character.charCount(c);
            } else if (starP >= 0) {
                p = starP + 1;
                starI += Character.charCount(s.codePointAt(starI));
                i = starI;
            } else {
                return false;
            }
        }
        while (p < m && types[p] == STAR) {
            p++;
        }
        return p == m;
    }

    private boolean matchesOne(int p, int c) {
        switch (types[p]) {
            case LITERAL:
                return chars[p] == c;
            case ANY:
                return true;
            case CLASS:
                return classes[p].matches(c);
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return source;
    }

    /** A bracket expression: ranges and POSIX classes, possibly negated. */
    private static final class CharClass {
        private final boolean negated;
        private final int[] ranges;
        private final String[] posix;

        private CharClass(boolean negated, int[] ranges, String[] posix) {
            this.negated = negated;
            this.ranges = ranges;
            this.posix = posix;
        }

        /**
         * Parses the class whose body starts at {@code from} (just after {@code [}); stores the index after the
         * closing {@code ]} in {@code end[0]}. Returns null when it is malformed.
         */
        static CharClass parse(String g, int from, int[] end) {
            int n = g.length();
            int i = from;
            boolean negated = false;
            if (i < n && (g.charAt(i) == '!' || g.charAt(i) == '^')) {
                negated = true;
                i++;
            }
            List<Integer> ranges = new ArrayList<>();
            List<String> posix = new ArrayList<>();
            boolean first = true;
            while (true) {
                if (i >= n) {
                    return null;
                }
                int c = g.codePointAt(i);
                if (c == ']' && !first) {
                    end[0] = i + 1;
                    break;
                }
                first = false;
                if (c == '[' && i + 1 < n && g.charAt(i + 1) == ':') {
                    int close = g.indexOf(":]", i + 2);
                    if (close >= 0) {
                        String name = g.substring(i + 2, close);
                        if (!isPosixClass(name)) {
                            return null;
                        }
                        posix.add(name);
                        i = close + 2;
                        continue;
                    }
                }
                int lo;
                if (c == '\\') {
                    if (i + 1 >= n) {
                        return null;
                    }
                    lo = g.codePointAt(i + 1);
                    i += 1 + Character.charCount(lo);
                } else {
                    lo = c;
                    i += Character.charCount(c);
                }
                int hi = lo;
                if (i + 1 < n && g.charAt(i) == '-' && g.charAt(i + 1) != ']') {
                    int h = g.codePointAt(i + 1);
                    if (h == '\\') {
                        if (i + 2 >= n) {
                            return null;
                        }
                        hi = g.codePointAt(i + 2);
                        i += 2 + Character.charCount(hi);
                    } else {
                        hi = h;
                        i += 1 + Character.charCount(h);
                    }
                }
                ranges.add(lo);
                ranges.add(hi);
            }
            return new CharClass(negated, ranges.stream().mapToInt(Integer::intValue).toArray(),
                    posix.toArray(String[]::new));
        }

        private static boolean isPosixClass(String name) {
            switch (name) {
                case "alnum": case "alpha": case "blank": case "cntrl": case "digit": case "graph":
                case "lower": case "print": case "punct": case "space": case "upper": case "xdigit":
                    return true;
                default:
                    return false;
            }
        }

        boolean matches(int c) {
            boolean in = false;
            for (int k = 0; k < ranges.length && !in; k += 2) {
                in = c >= ranges[k] && c <= ranges[k + 1];
            }
            for (int k = 0; k < posix.length && !in; k++) {
                in = posixMatches(posix[k], c);
            }
            return in != negated;
        }

        /** POSIX classes in the "C" locale, as git's wildmatch applies them. */
        private static boolean posixMatches(String name, int c) {
            boolean ascii = c < 128;
            switch (name) {
                case "alnum": return ascii && Character.isLetterOrDigit(c);
                case "alpha": return ascii && Character.isLetter(c);
                case "blank": return c == ' ' || c == '\t';
                case "cntrl": return c < 32 || c == 127;
                case "digit": return c >= '0' && c <= '9';
                case "graph": return c > 32 && c < 127;
                case "lower": return c >= 'a' && c <= 'z';
                case "print": return c >= 32 && c < 127;
                case "punct": return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
                case "space": return c == ' ' || (c >= '\t' && c <= '\r');
                case "upper": return c >= 'A' && c <= 'Z';
                case "xdigit": return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                default: return false;
            }
        }
    }
}
