package dev.provenance.match;

import java.util.Comparator;

/**
 * Orders release versions the way people read them: {@code 1.9.2 < 1.10.0}, {@code 2.0-rc1 < 2.0 < 2.0.1},
 * {@code v3 = 3}. A version is split into runs of digits and runs of letters (any other character separates); runs
 * are compared pairwise: two numbers numerically (any length, leading zeros ignored), two words case-insensitively,
 * and a number is later than a word ({@code 1.0.1 > 1.0-beta}). When one version runs out first, it is earlier than
 * a number that follows in the other ({@code 1.0 < 1.0.1}) but later than a word ({@code 1.0 > 1.0-rc1}: a trailing
 * word is a pre-release qualifier). A leading {@code v} is ignored. Ties (e.g. {@code 1.0} and {@code 1.0.0}) fall
 * back to the plain strings so the order is total. {@code unknown} sorts after every version.
 */
final class VersionOrder implements Comparator<String> {
    static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        boolean unknownA = a.equalsIgnoreCase("unknown");
        boolean unknownB = b.equalsIgnoreCase("unknown");
        if (unknownA || unknownB) {
            return unknownA == unknownB ? a.compareTo(b) : unknownA ? 1 : -1;
        }
        int i = skipPrefix(a);
        int j = skipPrefix(b);
        while (true) {
            i = skipSeparators(a, i);
            j = skipSeparators(b, j);
            boolean endA = i >= a.length();
            boolean endB = j >= b.length();
            if (endA && endB) {
                return a.compareTo(b);
            }
            if (endA) {
                return Character.isDigit(b.charAt(j)) ? -1 : 1;
            }
            if (endB) {
                return Character.isDigit(a.charAt(i)) ? 1 : -1;
            }
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endRunA = runEnd(a, i, digitA);
            int endRunB = runEnd(b, j, digitB);
            int c;
            if (digitA && digitB) {
                c = compareNumbers(a, i, endRunA, b, j, endRunB);
            } else if (digitA != digitB) {
                c = digitA ? 1 : -1;
            } else {
                c = compareWords(a, i, endRunA, b, j, endRunB);
            }
            if (c != 0) {
                return c;
            }
            i = endRunA;
            j = endRunB;
        }
    }

    private static int skipPrefix(String s) {
        return s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V') && Character.isDigit(s.charAt(1)) ? 1 : 0;
    }

    private static int skipSeparators(String s, int i) {
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int runEnd(String s, int i, boolean digits) {
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && Character.isDigit(s.charAt(i)) == digits) {
            i++;
        }
        return i;
    }

    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int lengths = Integer.compare(endA - i, endB - j);
        if (lengths != 0) {
            return lengths;
        }
        for (; i < endA; i++, j++) {
            int c = Character.compare(a.charAt(i), b.charAt(j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareWords(String a, int i, int endA, String b, int j, int endB) {
        for (; i < endA && j < endB; i++, j++) {
            int c = Character.compare(Character.toLowerCase(a.charAt(i)), Character.toLowerCase(b.charAt(j)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(endA - i, endB - j);
    }
}
