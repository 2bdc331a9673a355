package dev.provenance.lex;

import java.util.Arrays;

/**
 * Offsets to 1-based lines and columns, for lexers that emit tokens out of source order (configs in canonical
 * order). Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r}, as in {@link LexRun}.
 */
final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        int[] s = new int[64];
        int c = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (c == s.length) {
                    s = Arrays.copyOf(s, c * 2);
                }
                s[c++] = i + 1;
            }
        }
        this.starts = s;
        this.count = c;
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of {@code offset} on {@code line}. */
    int column(int offset, int line) {
        return offset - starts[line - 1] + 1;
    }

    /** Appends the token {@code [start, end)} with its line and column computed here. */
    void add(Tokens.Builder out, TokenType type, int start, int end, String canonical) {
        int line = line(start);
        out.add(type, start, end, line, column(start, line), canonical);
    }
}
