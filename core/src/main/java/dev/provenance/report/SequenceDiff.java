package dev.provenance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A shortest edit script between two sequences of symbols (Myers' O(ND) algorithm), bounded: past a given number of
 * edits it gives up rather than spend quadratic time and memory on two texts that have little in common.
 */
final class SequenceDiff {
    /** The symbol at this position is in both sequences. */
    static final byte SAME = 0;
    /** The symbol is only in the first sequence. */
    static final byte FIRST_ONLY = 1;
    /** The symbol is only in the second sequence. */
    static final byte SECOND_ONLY = 2;

    private SequenceDiff() {
    }

    /**
     * The edit script turning {@code first} into {@code second}: one op per symbol of either sequence, in order,
     * {@link #SAME} consuming one symbol of each. Returns {@code null} when more than {@code maxEdits} insertions and
     * deletions would be needed, unless (after the common prefix and suffix) one side is empty, which costs nothing
     * to answer.
     */
    static byte[] diff(int[] first, int[] second, int maxEdits) {
        int n = first.length;
        int m = second.length;
        int prefix = 0;
        while (prefix < n && prefix < m && first[prefix] == second[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && first[n - 1 - suffix] == second[m - 1 - suffix]) {
            suffix++;
        }
        int[] a = Arrays.copyOfRange(first, prefix, n - suffix);
        int[] b = Arrays.copyOfRange(second, prefix, m - suffix);
        byte[] middle = middle(a, b, maxEdits);
        if (middle == null) {
            return null;
        }
        byte[] ops = new byte[prefix + middle.length + suffix];
        System.arraycopy(middle, 0, ops, prefix, middle.length);
        return ops;
    }

    /** Myers' greedy forward search with one saved diagonal frontier per edit count, then the path back. */
    private static byte[] middle(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) {
            // pure insertion or deletion: linear whatever its length
            byte[] ops = new byte[n + m];
            Arrays.fill(ops, n == 0 ? SECOND_ONLY : FIRST_ONLY);
            return ops;
        }
        int limit = Math.min(n + m, maxEdits);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            // the frontier before round d, over diagonals -(d+1)..(d+1)
            int[] saved = new int[2 * d + 3];
            System.arraycopy(v, offset - d - 1, saved, 0, saved.length);
            trace.add(saved);
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m);
                }
            }
        }
        return null;
    }

    private static byte[] backtrack(List<int[]> trace, int n, int m) {
        byte[] reversed = new byte[n + m];
        int length = 0;
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int base = d + 1;
            int k = x - y;
            int previousK = (k == -d || (k != d && v[base + k - 1] < v[base + k + 1])) ? k + 1 : k - 1;
            int previousX = v[base + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed[length++] = SAME;
                x--;
                y--;
            }
            if (d > 0) {
                reversed[length++] = x == previousX ? SECOND_ONLY : FIRST_ONLY;
            }
            x = previousX;
            y = previousY;
        }
        byte[] ops = new byte[length];
        for (int i = 0; i < length; i++) {
            ops[i] = reversed[length - 1 - i];
        }
        return ops;
    }
}
