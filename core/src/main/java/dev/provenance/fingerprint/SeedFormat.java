package dev.provenance.fingerprint;

/**
 * The version of everything that decides which fingerprints a source text gets: the lexers' tokens and what they
 * seed ({@link dev.provenance.lex.Tokens#seeded(int)}), the seed symbols and value symbols
 * ({@link dev.provenance.lex.SeedSequence}), the k-gram hash, the periodic and low-entropy rules and the selection
 * ({@link Winnower}). A knowledge base records the version it was built with and is refused by a Provenance with
 * another one: fingerprints made by other rules would silently stop meeting (a copy reported in one version would
 * be missed in the next), so the user is told to rebuild instead.
 *
 * <p><b>Bump {@link #VERSION} in the same change as any change to a lexer's seed tokens or to fingerprinting</b>
 * (the winnowing parameters {@code k}, {@code w}, {@code minDistinct} are recorded on their own).
 *
 * <p>History: 0 — knowledge bases written before the version was recorded; 1 — (never recorded) the first lexers
 * and winnowing; 2 — periodic k-grams (tables, {@code case} ladders) hashed over their literal values, and
 * configuration and templates winnowed with {@link WinnowingParameters#forVerbatimSeeds()} (k = 8, w = 4).
 */
public final class SeedFormat {
    /** The seed format of this Provenance. */
    public static final int VERSION = 2;

    private SeedFormat() {
    }
}
