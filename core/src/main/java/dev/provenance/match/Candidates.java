package dev.provenance.match;

import dev.provenance.kb.Hits;
import dev.provenance.kb.KbFile;
import dev.provenance.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the upstream files worth verifying for one scanned file, from one batch look-up.
 *
 * <p>Each hit is weighted by the inverse document frequency of its key, {@code log(1 + N / df)} with {@code N} the
 * files in the knowledge base: a k-gram found in one file carries {@code log(1 + N)}, one found in half of them
 * about 1. An upstream file's <em>mass</em> is the sum over the distinct keys it shares with the scanned file, so a
 * few rare shared k-grams outrank many shared idioms. Stop keys (more postings than the look-up's cap) count for
 * nothing. Files with identical texts (equal raw hashes: the same file in several releases, or vendored verbatim)
 * are one candidate: they are chained and verified once, and origin selection picks among them later.
 */
final class Candidates {
    /** A key with at most this many (scanned, upstream) combinations is distinctive: all its pairs are anchors. */
    static final int DIRECT_PAIRS_PER_KEY = 16;
    /** Distinct diagonals taken from each side of a repeated key's occurrence. */
    static final int NEARBY_DIAGONALS = 4;
    /** Distinctive anchors looked at on each side for them. */
    static final int NEARBY_SCAN = 64;
    /** Anchor pairs per upstream file at most (bounds chaining work on pathological files). */
    static final int MAX_PAIRS = 1 << 20;

    /**
     * One candidate: upstream files with identical texts, represented by one of them.
     *
     * @param representative the member whose postings are chained
     * @param members        every file with this text, ascending ids
     * @param mass           the IDF mass of the hits
     * @param pairs          anchor pairs {@code (querySeed << 32) | upstreamSeed}, sorted
     */
    record Group(int representative, int[] members, double mass, long[] pairs) {
    }

    private Candidates() {
    }

    static List<Group> select(KnowledgeBase kb, QueryIndex query, Hits hits, MatchParameters parameters) {
        int queries = hits.queryCount();
        int postings = hits.postingCount();
        double files = Math.max(1, kb.fileCount());
        double[] idf = new double[queries];
        int[] queryOf = new int[postings];
        long[] entries = new long[postings];
        int m = 0;
        for (int q = 0; q < queries; q++) {
            if (hits.isStopKey(q) || hits.documentFrequency(q) == 0) {
                continue;
            }
            idf[q] = Math.log(1 + files / hits.documentFrequency(q));
            for (int p = hits.from(q); p < hits.to(q); p++) {
                queryOf[p] = q;
                entries[m++] = ((long) hits.fileId(p) << 32) | p;
            }
        }
        Arrays.sort(entries, 0, m);

        // Per upstream file: its run of entries, distinct keys hit, mass.
        List<FileHit> hit = new ArrayList<>();
        for (int from = 0; from < m; ) {
            int file = (int) (entries[from] >>> 32);
            int to = from;
            int distinct = 0;
            double mass = 0;
            int previousQuery = -1;
            while (to < m && (int) (entries[to] >>> 32) == file) {
                int q = queryOf[(int) entries[to]];
                if (q != previousQuery) {
                    distinct++;
                    mass += idf[q];
                    previousQuery = q;
                }
                to++;
            }
            if (distinct >= parameters.minAnchors()) {
                hit.add(new FileHit(file, from, to, mass));
            }
            from = to;
        }

        Map<Long, List<FileHit>> byText = new HashMap<>();
        for (FileHit h : hit) {
            KbFile f = kb.file(h.file);
            byText.computeIfAbsent(f.hashes().raw(), x -> new ArrayList<>()).add(h);
        }
        List<List<FileHit>> groups = new ArrayList<>(byText.values());
        for (List<FileHit> g : groups) {
            g.sort(Comparator.comparingDouble((FileHit h) -> -h.mass).thenComparingInt(h -> h.file));
        }
        groups.sort(Comparator.comparingDouble((List<FileHit> g) -> -g.get(0).mass)
                .thenComparingInt(g -> g.get(0).file));
        List<Group> result = new ArrayList<>();
        for (List<FileHit> g : groups.subList(0, Math.min(parameters.maxCandidates(), groups.size()))) {
            FileHit representative = g.get(0);
            int[] members = g.stream().mapToInt(h -> h.file).sorted().toArray();
            long[] pairs = pairs(representative, entries, queryOf, hits, query, parameters.maxGap() / 4);
            result.add(new Group(representative.file, members, representative.mass, pairs));
        }
        return result;
    }

    /**
     * Anchor pairs of one upstream file. A key found {@code a} times in the scanned file and {@code b} times in the
     * upstream file could pair in {@code a * b} ways. Distinctive keys ({@code a * b <=}
     * {@value #DIRECT_PAIRS_PER_KEY}) give all their pairs. A repeated key (a run of {@code case X.Y:} labels, a
     * table, similar methods) gives, for each of its scanned occurrences, only the upstream occurrences within
     * {@code band} seeds of the diagonals ({@code q - u}) of the distinctive anchors nearest before and after it
     * ({@link #nearbyDiagonals}): repeated code is aligned where the distinctive code around it says the copy lies,
     * and never starts an alignment of its own. Each look-up is a binary search, so a key repeated a thousand times on
     * both sides costs a thousand searches, not a million pairs. Beyond {@value #MAX_PAIRS} pairs in all, repeated
     * keys are left out.
     */
    private static long[] pairs(FileHit h, long[] entries, int[] queryOf, Hits hits, QueryIndex query, int band) {
        PairList pairs = new PairList(Math.max(16, h.to - h.from));
        int[] repeated = new int[16];
        int repeatedRuns = 0;
        for (int e = h.from; e < h.to; ) {
            int q = queryOf[(int) entries[e]];
            int end = e;
            while (end < h.to && queryOf[(int) entries[end]] == q) {
                end++;
            }
            if ((long) query.occurrences(q) * (end - e) <= DIRECT_PAIRS_PER_KEY) {
                addAll(pairs, e, end, q, entries, hits, query);
            } else {
                if (2 * repeatedRuns + 2 > repeated.length) {
                    repeated = Arrays.copyOf(repeated, repeated.length * 2);
                }
                repeated[2 * repeatedRuns] = e;
                repeated[2 * repeatedRuns + 1] = end;
                repeatedRuns++;
            }
            e = end;
        }
        int direct = pairs.size;
        if (repeatedRuns > 0 && direct > 0) {
            long[] anchors = Arrays.copyOf(pairs.values, direct);
            Arrays.sort(anchors);
            int[] upstreamSeeds = new int[16];
            int[] diagonals = new int[2 * NEARBY_DIAGONALS];
            for (int r = 0; r < repeatedRuns && pairs.size < MAX_PAIRS; r++) {
                int from = repeated[2 * r];
                int to = repeated[2 * r + 1];
                int q = queryOf[(int) entries[from]];
                if (upstreamSeeds.length < to - from) {
                    upstreamSeeds = new int[Math.max(to - from, upstreamSeeds.length * 2)];
                }
                int n = 0;
                for (int x = from; x < to; x++) {
                    upstreamSeeds[n++] = hits.seedStart((int) entries[x]);
                }
                Arrays.sort(upstreamSeeds, 0, n);
                for (int o = 0; o < query.occurrences(q) && pairs.size < MAX_PAIRS; o++) {
                    int querySeed = query.occurrence(q, o);
                    int count = nearbyDiagonals(anchors, firstWithQueryAtLeast(anchors, querySeed), diagonals);
                    for (int d = 0; d < count; d++) {
                        addNear(pairs, querySeed, upstreamSeeds, n, querySeed - diagonals[d] - band,
                                querySeed - diagonals[d] + band);
                    }
                }
            }
        }
        long[] result = Arrays.copyOf(pairs.values, pairs.size);
        Arrays.sort(result);
        int distinct = 0;
        for (int i = 0; i < result.length; i++) {
            if (i == 0 || result[i] != result[i - 1]) {
                result[distinct++] = result[i];
            }
        }
        return Arrays.copyOf(result, distinct);
    }

    /**
     * The distinct diagonals of the distinctive anchors around index {@code next}: up to
     * {@value #NEARBY_DIAGONALS} met scanning backwards from {@code next - 1} and as many forwards from {@code next},
     * each scan stopping after {@value #NEARBY_SCAN} anchors. Several, because the nearest anchor may belong to similar
     * code elsewhere in the file rather than to the copy.
     */
    private static int nearbyDiagonals(long[] anchors, int next, int[] out) {
        int count = 0;
        for (int direction = -1; direction <= 1; direction += 2) {
            int found = 0;
            int start = direction < 0 ? next - 1 : next;
            for (int i = start, seen = 0; i >= 0 && i < anchors.length && seen < NEARBY_SCAN
                    && found < NEARBY_DIAGONALS; i += direction, seen++) {
                int d = (int) (anchors[i] >>> 32) - (int) anchors[i];
                boolean known = false;
                for (int x = 0; x < count && !known; x++) {
                    known = out[x] == d;
                }
                if (!known) {
                    out[count++] = d;
                    found++;
                }
            }
        }
        return count;
    }

    /** Index of the first anchor whose query seed is at least {@code seed} ({@code anchors} sorted). */
    private static int firstWithQueryAtLeast(long[] anchors, int seed) {
        int lo = 0;
        int hi = anchors.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (anchors[mid] >>> 32) < seed) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds {@code (querySeed, u)} for the sorted upstream seeds {@code u} in {@code [low, high]}. */
    private static void addNear(PairList pairs, int querySeed, int[] upstreamSeeds, int n, int low, int high) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (upstreamSeeds[mid] < low) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < n && upstreamSeeds[i] <= high; i++) {
            pairs.add(((long) querySeed << 32) | upstreamSeeds[i]);
        }
    }

    private static void addAll(PairList pairs, int from, int to, int q, long[] entries, Hits hits, QueryIndex query) {
        for (int x = from; x < to; x++) {
            long upstreamSeed = hits.seedStart((int) entries[x]);
            for (int o = 0; o < query.occurrences(q); o++) {
                pairs.add(((long) query.occurrence(q, o) << 32) | upstreamSeed);
            }
        }
    }

    /** A growable column of packed pairs. */
    private static final class PairList {
        long[] values;
        int size;

        PairList(int capacity) {
            values = new long[capacity];
        }

        void add(long pair) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = pair;
        }
    }

    private record FileHit(int file, int from, int to, double mass) {
    }
}
