package dev.provenance.kb;

import java.util.Arrays;

/**
 * The answer to one batch {@link KnowledgeBase#lookup look-up}, column by column: for query {@code q} (the
 * {@code q}-th hash asked for), its document frequency and its postings {@code [from(q), to(q))}; posting {@code p}
 * is the upstream file {@link #fileId(int)} and the seed index {@link #seedStart(int)} where the k-gram starts in
 * that file. A batch allocates a handful of arrays, never an object per hit.
 *
 * <p>Postings of one query are sorted by file id, then seed start. A key more frequent than the look-up's cap is a
 * <em>stop key</em>: its document frequency is reported, its postings are not ({@link #isStopKey(int)}).
 */
public final class Hits {
    private final int queries;
    private final int[] documentFrequency;
    private final int[] from;
    private final boolean[] stopKey;
    private int[] fileIds;
    private int[] seedStarts;
    private int size;

    Hits(int queries) {
        this.queries = queries;
        this.documentFrequency = new int[queries];
        this.from = new int[queries + 1];
        this.stopKey = new boolean[queries];
        int capacity = Math.max(16, queries);
        this.fileIds = new int[capacity];
        this.seedStarts = new int[capacity];
    }

    /** How many hashes were asked for. */
    public int queryCount() {
        return queries;
    }

    /**
     * In how many distinct indexed files query {@code q}'s key occurs; 0 when absent. Exact for keys with postings;
     * for a stop key an upper bound until the next merge (files of replaced components may still be counted).
     */
    public int documentFrequency(int q) {
        return documentFrequency[q];
    }

    /** Whether the key was found at all. */
    public boolean isPresent(int q) {
        return documentFrequency[q] > 0;
    }

    /** Whether the key is more frequent than the look-up's cap: its postings were left out. */
    public boolean isStopKey(int q) {
        return stopKey[q];
    }

    /** First posting of query {@code q}. */
    public int from(int q) {
        return from[q];
    }

    /** One past the last posting of query {@code q}. */
    public int to(int q) {
        return from[q + 1];
    }

    /** Total postings in this batch. */
    public int postingCount() {
        return size;
    }

    /** The {@link KbFile#id()} of posting {@code p}. */
    public int fileId(int p) {
        if (p < 0 || p >= size) {
            throw new IndexOutOfBoundsException("posting " + p + " of " + size);
        }
        return fileIds[p];
    }

    /** The seed index in the upstream file where posting {@code p}'s k-gram starts. */
    public int seedStart(int p) {
        if (p < 0 || p >= size) {
            throw new IndexOutOfBoundsException("posting " + p + " of " + size);
        }
        return seedStarts[p];
    }

    // ---- filling, by KnowledgeBase ----

    void begin(int q) {
        from[q] = size;
    }

    void ensure(int more) {
        if (size + more > fileIds.length) {
            int capacity = Math.max(fileIds.length * 2, size + more);
            fileIds = Arrays.copyOf(fileIds, capacity);
            seedStarts = Arrays.copyOf(seedStarts, capacity);
        }
    }

    void add(int fileId, int seedStart) {
        fileIds[size] = fileId;
        seedStarts[size] = seedStart;
        size++;
    }

    /** Drops postings back to {@code mark} (a stop key found late). */
    void truncate(int mark) {
        size = mark;
    }

    void end(int q, int df, boolean stop) {
        documentFrequency[q] = df;
        stopKey[q] = stop;
        from[q + 1] = size;
    }
}
