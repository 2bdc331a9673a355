package dev.provenance.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Co-linear chaining of anchor pairs (a k-gram at seed {@code q} of the scanned file equals one at seed {@code u} of
 * the upstream file): the chains of anchors that go forward on both sides with bounded gaps, best first.
 *
 * <p>Dynamic programming over the pairs sorted by {@code (q, u)}: the score of a chain ending in anchor {@code j} is
 * the number of seeds its k-grams cover on the scanned side, less a penalty for diagonal drift (an insertion or
 * deletion between two anchors: {@code |Δq − Δu| / 4}, so a chain along one diagonal beats one that zigzags through
 * repeated code). Two anchors may follow each other when the scanned seeds between their k-grams, less the
 * <em>blind</em> ones (where no anchor could be: stop keys, low-entropy runs; see {@link QueryIndex#blindPrefix}),
 * number at most {@code maxGap}, and the drift is at most {@code maxGap}: a run of 150 {@code case X.Y:} labels
 * whose k-grams are stop keys does not break a chain, an edit does. Predecessors are looked for back to that
 * bound, at most {@link #MAX_PREDECESSORS} of them and no more than {@link #MAX_SKIP} in a row without
 * improvement, which keeps the work linear in the number of pairs. Chains are
 * then taken greedily from the best end anchor backwards; a chain stops at an anchor already used by a better one.
 */
final class Chainer {
    /** Predecessor candidates examined per anchor (repeated code can put many pairs in one window). */
    static final int MAX_PREDECESSORS = 256;
    /**
     * Looking back stops after this many candidates in a row that did not improve the best predecessor: along a
     * chain the nearest predecessors are the best ones, and in repeated code the rest only cost time.
     */
    static final int MAX_SKIP = 24;
    /** Scores are kept in quarter seeds, so that the drift cost of 1/4 seed is an integer. */
    private static final int SCALE = 4;

    private Chainer() {
    }

    /**
     * The chains among {@code pairs} whose k-grams span at least {@code minSpan} seeds on the scanned side, best
     * score first; each chain is its anchors' {@code q} and {@code u} columns, increasing on both sides.
     */
    static List<int[][]> chains(long[] pairs, int k, int maxGap, int minSpan, int[] blind) {
        int n = pairs.length;
        if (n == 0) {
            return List.of();
        }
        int[] q = new int[n];
        int[] u = new int[n];
        for (int i = 0; i < n; i++) {
            q[i] = (int) (pairs[i] >>> 32);
            u[i] = (int) pairs[i];
        }
        int[] score = new int[n];
        int[] previous = new int[n];
        for (int j = 0; j < n; j++) {
            int best = SCALE * k;
            int from = -1;
            int examined = 0;
            int skipped = 0;
            for (int i = j - 1; i >= 0 && examined < MAX_PREDECESSORS && skipped < MAX_SKIP; i--) {
                int dq = q[j] - q[i];
                if (dq == 0) {
                    continue;
                }
                int gapStart = Math.min(q[i] + k, q[j]);
                int gap = dq - k - (blind[q[j]] - blind[gapStart]);
                if (gap > maxGap) {
                    break;
                }
                examined++;
                int du = u[j] - u[i];
                int drift = Math.abs(dq - du);
                if (du <= 0 || drift > maxGap) {
                    skipped++;
                    continue;
                }
                int s = score[i] + SCALE * Math.min(k, Math.min(dq, du)) - drift;
                if (s > best) {
                    best = s;
                    from = i;
                    skipped = 0;
                } else {
                    skipped++;
                }
            }
            score[j] = best;
            previous[j] = from;
        }

        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) (Integer.MAX_VALUE - score[i]) << 32) | i;
        }
        Arrays.sort(order);
        boolean[] used = new boolean[n];
        List<int[][]> chains = new ArrayList<>();
        int[] stack = new int[n];
        for (long o : order) {
            int end = (int) o;
            if (used[end]) {
                continue;
            }
            int size = 0;
            for (int i = end; i >= 0 && !used[i]; i = previous[i]) {
                used[i] = true;
                stack[size++] = i;
            }
            int first = stack[size - 1];
            if (q[end] + k - q[first] < minSpan) {
                continue;
            }
            int[] cq = new int[size];
            int[] cu = new int[size];
            for (int x = 0; x < size; x++) {
                cq[x] = q[stack[size - 1 - x]];
                cu[x] = u[stack[size - 1 - x]];
            }
            chains.add(new int[][] {cq, cu});
        }
        return chains;
    }
}
