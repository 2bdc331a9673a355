package dev.provenance.match;

import dev.provenance.fingerprint.Fingerprints;

/**
 * The fingerprints of a scanned file arranged for one batch look-up: the distinct hashes sorted as unsigned numbers
 * (query {@code q} of the look-up is {@code distinct[q]}), and for each the seed starts where it occurs in the file,
 * ascending (a hash may occur several times in repeated code).
 */
final class QueryIndex {
    private final Fingerprints prints;
    private final long[] distinct;
    private final int[] queryOf;
    private final int[] occurrenceStart;
    private final int[] occurrenceSeeds;

    private QueryIndex(Fingerprints prints, long[] distinct, int[] queryOf, int[] occurrenceStart,
                       int[] occurrenceSeeds) {
        this.prints = prints;
        this.distinct = distinct;
        this.queryOf = queryOf;
        this.occurrenceStart = occurrenceStart;
        this.occurrenceSeeds = occurrenceSeeds;
    }

    static QueryIndex of(Fingerprints prints) {
        long[] distinct = prints.sortedDistinctHashes();
        int n = prints.size();
        int[] queryOf = new int[n];
        int[] start = new int[distinct.length + 1];
        for (int i = 0; i < n; i++) {
            int q = unsignedSearch(distinct, prints.hash(i));
            queryOf[i] = q;
            start[q + 1]++;
        }
        for (int q = 0; q < distinct.length; q++) {
            start[q + 1] += start[q];
        }
        int[] fill = start.clone();
        int[] seeds = new int[n];
        for (int i = 0; i < n; i++) {
            seeds[fill[queryOf[i]]++] = prints.seedStart(i);
        }
        return new QueryIndex(prints, distinct, queryOf, start, seeds);
    }

    private static int unsignedSearch(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(sorted[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("hash missing from its own distinct set");
    }

    /** The hashes to look up, distinct, sorted as unsigned numbers. Not a copy: do not modify. */
    long[] hashes() {
        return distinct;
    }

    /**
     * Prefix counts of <em>blind</em> seeds: {@code blind[x]} is how many of seeds {@code [0, x)} no fingerprint
     * with a usable key covers. A seed is blind when every k-gram over it was low-entropy (never fingerprinted) or
     * selected with a key {@code isStopKey} says the look-up dropped. No anchor can fall there whatever the upstream
     * holds, so a chain may cross blind seeds without counting them as a gap.
     */
    int[] blindPrefix(java.util.function.IntPredicate isStopKey) {
        int n = prints.seeds().size();
        int k = prints.parameters().k();
        int[] delta = new int[n + 1];
        for (int i = 0; i < prints.size(); i++) {
            if (!isStopKey.test(queryOf[i])) {
                int s = prints.seedStart(i);
                delta[s]++;
                delta[Math.min(n, s + k)]--;
            }
        }
        int[] blind = new int[n + 1];
        int depth = 0;
        for (int x = 0; x < n; x++) {
            depth += delta[x];
            blind[x + 1] = blind[x] + (depth == 0 ? 1 : 0);
        }
        return blind;
    }

    int occurrences(int q) {
        return occurrenceStart[q + 1] - occurrenceStart[q];
    }

    /** The seed start of the {@code i}-th occurrence of query {@code q}. */
    int occurrence(int q, int i) {
        return occurrenceSeeds[occurrenceStart[q] + i];
    }
}
