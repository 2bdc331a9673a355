package dev.provenance.notice;

/**
 * Reads the years of a copyright statement as written: {@code 2024}, {@code 2019-2024}, {@code 2019 - 2024},
 * {@code 2019–24}, {@code 2019, 2021, 2023}, {@code 2019-present}, {@code 2019-now}, {@code 1998,1999}, {@code 2001+}. A year is four
 * digits from 1900 to 2099 not followed by another digit or a letter. A single forward scan; no backtracking.
 */
final class YearList {
    private static final String[] OPEN_ENDS = {"present", "today", "now", "current", "date"};

    private YearList() {
    }

    /** Whether a year starts at {@code i}. */
    static boolean yearAt(CharSequence s, int i) {
        if (i + 4 > s.length()) {
            return false;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) {
            return false;
        }
        if (!isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))) {
            return false;
        }
        if (i > 0 && (isDigit(s.charAt(i - 1)) || Character.isLetter(s.charAt(i - 1)))) {
            return false;
        }
        return i + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 4));
    }

    /**
     * The end (exclusive) of the year list starting at {@code from}, or {@code from} when no year starts there. The
     * list ends after its last year (or open end such as "present"); separators after it are not included.
     */
    static int end(CharSequence s, int from) {
        if (!yearAt(s, from)) {
            return from;
        }
        int n = s.length();
        int end = plus(s, from + 4);
        int i = end;
        while (i < n) {
            // separators: spaces, commas, slashes, and at most one dash or the word "to"
            int j = i;
            boolean dash = false;
            while (j < n) {
                char c = s.charAt(j);
                if (c == ' ' || c == '\t' || c == ',' || c == '/') {
                    j++;
                } else if (!dash && (c == '-' || c == '\u2013' || c == '\u2014')) {
                    dash = true;
                    j++;
                } else if (!dash && j + 2 < n && (c == 't' || c == 'T') && (s.charAt(j + 1) == 'o'
                        || s.charAt(j + 1) == 'O') && s.charAt(j + 2) == ' ' && j > i) {
                    dash = true;
                    j += 3;
                } else {
                    break;
                }
            }
            if (j == i) {
                break;
            }
            if (yearAt(s, j)) {
                end = plus(s, j + 4);
                i = end;
                continue;
            }
            if (dash && j + 2 <= n && isDigit(s.charAt(j)) && isDigit(s.charAt(j + 1))
                    && (j + 2 == n || !Character.isLetterOrDigit(s.charAt(j + 2)))) {
                end = j + 2; // "2019-24"
                i = end;
                continue;
            }
            int open = dash ? openEnd(s, j) : 0;
            if (open > 0) {
                end = j + open;
                i = end;
                continue;
            }
            break;
        }
        return end;
    }

    /** "2001+" (that year and later): the plus belongs to the year ending at {@code end}. */
    private static int plus(CharSequence s, int end) {
        return end < s.length() && s.charAt(end) == '+' && (end + 1 == s.length()
                || !Character.isLetterOrDigit(s.charAt(end + 1))) ? end + 1 : end;
    }

    /** The start of a year list that runs to the end of {@code s} (ignoring trailing punctuation), or -1. */
    static int trailingStart(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ',')) {
            end--;
        }
        int i = end;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (isDigit(c) || c == ' ' || c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || c == '/') {
                i--;
            } else {
                break;
            }
        }
        for (int k = i; k + 4 <= end; k++) {
            if (yearAt(s, k)) {
                return end(s, k) == end ? k : -1;
            }
        }
        return -1;
    }

    private static int openEnd(CharSequence s, int j) {
        for (String word : OPEN_ENDS) {
            int len = word.length();
            if (j + len <= s.length() && regionEqualsIgnoreCase(s, j, word)
                    && (j + len == s.length() || !Character.isLetter(s.charAt(j + len)))) {
                return len;
            }
        }
        return 0;
    }

    private static boolean regionEqualsIgnoreCase(CharSequence s, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
