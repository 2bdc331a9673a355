package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import java.util.Arrays;

/**
 * Turns a chain of anchors into an alignment of seed tokens. Each anchor's k-gram is checked symbol by symbol (a
 * 48-bit key collision or a knowledge base indexed with another lexer version yields an anchor that does not hold;
 * it is dropped). Between consecutive anchors, the seeds of both sides are first matched along the diagonals of the
 * two anchors (forwards from the one before, backwards from the one after, while the symbols agree: a gap made of
 * stop-key code that was copied as is closes here in linear time), then what remains is aligned by a longest common
 * subsequence when its table is small (an edit; the chain bounds its size) and left unaligned otherwise. The
 * first and last anchors are extended outwards while the seed symbols stay equal: winnowing can leave up to
 * {@code w - 1} shared seeds before the first fingerprint and after the last one.
 */
final class Aligner {
    /** Gaps whose table would exceed this many cells are left unaligned (only reachable with a huge maxGap). */
    private static final int MAX_GAP_CELLS = 1 << 18;

    private Aligner() {
    }

    /** The alignment along {@code chain} ({@code [q column, u column]}), or null when no anchor holds. */
    static Alignment align(SeedSequence query, SeedSequence upstream, int[][] chain, int k) {
        int[] cq = chain[0];
        int[] cu = chain[1];
        Pairs pairs = new Pairs(cq.length * k + 16);
        int nextQ = 0;
        int nextU = 0;
        for (int a = 0; a < cq.length; a++) {
            int qa = cq[a];
            int ua = cu[a];
            if (!holds(query, qa, upstream, ua, k)) {
                continue;
            }
            int skip = pairs.size == 0 ? 0 : Math.max(0, Math.max(nextQ - qa, nextU - ua));
            if (skip >= k) {
                continue;
            }
            int sq = qa + skip;
            int su = ua + skip;
            if (pairs.size > 0 && sq > nextQ && su > nextU) {
                gap(query, nextQ, sq, upstream, nextU, su, pairs);
            }
            for (int t = skip; t < k; t++) {
                pairs.add(qa + t, ua + t);
            }
            nextQ = qa + k;
            nextU = ua + k;
        }
        if (pairs.size == 0) {
            return null;
        }
        // Extend backwards and forwards while the symbols agree.
        int firstQ = pairs.q[0];
        int firstU = pairs.u[0];
        int before = 0;
        while (firstQ - before > 0 && firstU - before > 0
                && query.symbol(firstQ - before - 1) == upstream.symbol(firstU - before - 1)) {
            before++;
        }
        int lastQ = pairs.q[pairs.size - 1];
        int lastU = pairs.u[pairs.size - 1];
        int after = 0;
        while (lastQ + after + 1 < query.size() && lastU + after + 1 < upstream.size()
                && query.symbol(lastQ + after + 1) == upstream.symbol(lastU + after + 1)) {
            after++;
        }
        int size = before + pairs.size + after;
        int[] q = new int[size];
        int[] u = new int[size];
        for (int i = 0; i < before; i++) {
            q[i] = firstQ - before + i;
            u[i] = firstU - before + i;
        }
        System.arraycopy(pairs.q, 0, q, before, pairs.size);
        System.arraycopy(pairs.u, 0, u, before, pairs.size);
        for (int i = 1; i <= after; i++) {
            q[before + pairs.size + i - 1] = lastQ + i;
            u[before + pairs.size + i - 1] = lastU + i;
        }
        return new Alignment(q, u);
    }

    private static boolean holds(SeedSequence query, int qa, SeedSequence upstream, int ua, int k) {
        if (qa < 0 || ua < 0 || qa + k > query.size() || ua + k > upstream.size()) {
            return false;
        }
        for (int t = 0; t < k; t++) {
            if (query.symbol(qa + t) != upstream.symbol(ua + t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Aligns seeds {@code [q0, q1)} with {@code [u0, u1)}: equal symbols along the diagonal from each end, then a
     * longest common subsequence of the middle.
     */
    static void gap(SeedSequence query, int q0, int q1, SeedSequence upstream, int u0, int u1, Pairs out) {
        int head = 0;
        while (q0 + head < q1 && u0 + head < u1 && query.symbol(q0 + head) == upstream.symbol(u0 + head)) {
            head++;
        }
        int tail = 0;
        while (q1 - tail - 1 >= q0 + head && u1 - tail - 1 >= u0 + head
                && query.symbol(q1 - tail - 1) == upstream.symbol(u1 - tail - 1)) {
            tail++;
        }
        for (int t = 0; t < head; t++) {
            out.add(q0 + t, u0 + t);
        }
        lcs(query, q0 + head, q1 - tail, upstream, u0 + head, u1 - tail, out);
        for (int t = tail; t > 0; t--) {
            out.add(q1 - t, u1 - t);
        }
    }

    /** Aligns seeds {@code [q0, q1)} with {@code [u0, u1)} by a longest common subsequence of their symbols. */
    private static void lcs(SeedSequence query, int q0, int q1, SeedSequence upstream, int u0, int u1, Pairs out) {
        int a = q1 - q0;
        if (a <= 0 || u1 - u0 <= 0) {
            return;
        }
        int b = u1 - u0;
        if ((long) (a + 1) * (b + 1) > MAX_GAP_CELLS) {
            return;
        }
        int[] table = new int[(a + 1) * (b + 1)];
        int width = b + 1;
        for (int i = a - 1; i >= 0; i--) {
            for (int j = b - 1; j >= 0; j--) {
                table[i * width + j] = query.symbol(q0 + i) == upstream.symbol(u0 + j)
                        ? table[(i + 1) * width + j + 1] + 1
                        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a && j < b) {
            if (query.symbol(q0 + i) == upstream.symbol(u0 + j)
                    && table[i * width + j] == table[(i + 1) * width + j + 1] + 1) {
                out.add(q0 + i, u0 + j);
                i++;
                j++;
            } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** A growable pair of int columns. */
    static final class Pairs {
        int[] q;
        int[] u;
        int size;

        Pairs(int capacity) {
            q = new int[Math.max(16, capacity)];
            u = new int[q.length];
        }

        void add(int qi, int ui) {
            if (size == q.length) {
                q = Arrays.copyOf(q, size * 2);
                u = Arrays.copyOf(u, size * 2);
            }
            q[size] = qi;
            u[size] = ui;
            size++;
        }
    }
}
