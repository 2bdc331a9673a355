package dev.provenance.fingerprint;

/**
 * How fingerprints are chosen. A knowledge base records the parameters that built it and refuses to be matched
 * with others: fingerprints made with different parameters never meet.
 *
 * @param k           seed symbols per k-gram (the noise threshold: shared runs shorter than {@code k} are never
 *                    seen)
 * @param w           window of consecutive k-grams of which at least one is always selected (the guarantee
 *                    threshold: any shared run of {@code w + k - 1} seed symbols is always seen)
 * @param minDistinct a k-gram with fewer distinct symbols than this is skipped as low-entropy (runs of
 *                    {@code NUM ,} in data tables, {@code ID ;} in field lists); 1 skips nothing
 */
public record WinnowingParameters(int k, int w, int minDistinct) {
    /**
     * k = 16, w = 8, at least 4 distinct symbols: any shared run of 23 seed tokens (about three lines of code) is
     * always found. The threshold 4 drops data-table k-grams ({@code NUM , NUM , …}, 2 distinct; {@code { NUM ,
     * NUM } ,}, 4 distinct is kept), which match everywhere and prove nothing, while ordinary statements of 16
     * tokens have 6–10 distinct symbols.
     */
    public static final WinnowingParameters DEFAULT = new WinnowingParameters(16, 8, 4);

    public WinnowingParameters {
        if (k < 1 || k > 256) {
            throw new IllegalArgumentException("k must be in 1..256: " + k);
        }
        if (w < 1 || w > 1024) {
            throw new IllegalArgumentException("w must be in 1..1024: " + w);
        }
        if (minDistinct < 1 || minDistinct > k) {
            throw new IllegalArgumentException("minDistinct must be in 1..k (" + k + "): " + minDistinct);
        }
    }

    /**
     * The parameters of verbatim seed sequences (configuration and templates, seeded by their texts): {@code k} and
     * {@code w} halved (at least 1), {@code minDistinct} at most the new {@code k}. Fixed by the
     * {@link SeedFormat}, so a knowledge base records only the code parameters.
     *
     * <p>Why smaller: a JSON member seeds as two tokens (key, value), so k = 16 spans eight key/value pairs and the
     * guarantee {@code k + w - 1 = 23} about twelve; a {@code config.json} of 25 keys copied with two values changed
     * in its middle keeps no run that long, and was missed (measured on a 25-key model config written for the tests:
     * 51 of the 300 ways to change two of its values left no match). Halved, k = 8 spans four pairs and any run of
     * {@code 8 + 4 - 1 = 11} seeds, under six pairs, holds a fingerprint: all 300 are matched. Verbatim seeds cannot
     * be renamed into agreement, so four equal pairs are already specific; what makes a snippet is still
     * {@code MatchParameters.minVerbatimTokens} shared seeds.
     */
    public WinnowingParameters forVerbatimSeeds() {
        int kv = Math.max(1, k / 2);
        return new WinnowingParameters(kv, Math.max(1, w / 2), Math.min(minDistinct, kv));
    }

    @Override
    public String toString() {
        return "k=" + k + ", w=" + w + ", minDistinct=" + minDistinct;
    }
}
