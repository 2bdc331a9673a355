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

    @Override
    public String toString() {
        return "k=" + k + ", w=" + w + ", minDistinct=" + minDistinct;
    }
}
