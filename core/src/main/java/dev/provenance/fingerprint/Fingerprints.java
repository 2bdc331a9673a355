package dev.provenance.fingerprint;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.Tokens;
import dev.provenance.text.LineRange;
import java.util.Arrays;
import java.util.Objects;

/**
 * The winnowed fingerprints of one seed sequence, column by column and in seed order: fingerprint {@code i} is the
 * hash {@link #hash(int)} of the k-gram of seeds {@code [seedStart(i), seedStart(i) + k)}. Seed starts strictly
 * increase. Immutable.
 */
public final class Fingerprints {
    private final SeedSequence seeds;
    private final WinnowingParameters parameters;
    private final long[] hashes;
    private final int[] seedStarts;

    Fingerprints(SeedSequence seeds, WinnowingParameters parameters, long[] hashes, int[] seedStarts) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (hashes.length != seedStarts.length) {
            throw new IllegalArgumentException("column lengths differ");
        }
        this.hashes = hashes;
        this.seedStarts = seedStarts;
    }

    /** The seed sequence these fingerprints were taken from. */
    public SeedSequence seeds() {
        return seeds;
    }

    public WinnowingParameters parameters() {
        return parameters;
    }

    public int size() {
        return hashes.length;
    }

    /** The 64-bit hash of fingerprint {@code i}. */
    public long hash(int i) {
        return hashes[i];
    }

    /** The first seed index of fingerprint {@code i}'s k-gram; the k-gram spans seeds {@code [start, start + k)}. */
    public int seedStart(int i) {
        return seedStarts[i];
    }

    /** The hashes as a copy, in seed order. */
    public long[] hashes() {
        return hashes.clone();
    }

    /** The distinct hashes sorted as unsigned numbers: the batch a knowledge-base look-up wants. */
    public long[] sortedDistinctHashes() {
        long[] sorted = hashes.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        for (int i = 0; i < n; i++) {
            sorted[i] ^= Long.MIN_VALUE;
        }
        return Arrays.copyOf(sorted, n);
    }

    /** The lines of the raw tokens under fingerprint {@code i}'s k-gram. */
    public LineRange lines(int i) {
        return lines(seeds, seedStarts[i], seedStarts[i] + parameters.k());
    }

    /**
     * The lines of the raw tokens under seeds {@code [seedFrom, seedTo)} of {@code seeds}: from the first line of the
     * first token to the last line of the last one (a multi-line string counts all its lines).
     */
    public static LineRange lines(SeedSequence seeds, int seedFrom, int seedTo) {
        if (seedFrom < 0 || seedTo > seeds.size() || seedTo <= seedFrom) {
            throw new IndexOutOfBoundsException("seed range " + seedFrom + ".." + seedTo + " of " + seeds.size());
        }
        Tokens tokens = seeds.tokens();
        int first = tokens.line(seeds.rawIndex(seedFrom));
        int last = tokens.lastLine(seeds.rawIndex(seedTo - 1));
        return new LineRange(first, Math.max(first, last));
    }

    @Override
    public String toString() {
        return hashes.length + " fingerprints of " + seeds.size() + " seeds (" + parameters + ")";
    }
}
