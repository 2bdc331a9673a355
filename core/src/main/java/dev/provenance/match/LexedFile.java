package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;

/**
 * A lexed file as verification reads it: its seed sequence, and per raw token a 64-bit hash of the token's seed text
 * ({@link Tokens#seedText}: the source text, or the lexer's canonical form of it) for identifiers, strings, numbers
 * and verbatim text (0 for the others, whose text the seed symbol already is). Raw
 * tokens are compared by these hashes (a collision has odds of about 2^-64 per pair and could only turn a changed
 * literal into a matched one), so verification allocates no strings.
 *
 * @param seeds  the seed sequence
 * @param hashes per raw token of {@code seeds.tokens()}
 */
record LexedFile(SeedSequence seeds, long[] hashes) {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static LexedFile of(SeedSequence seeds) {
        Tokens t = seeds.tokens();
        String source = t.source();
        long[] hashes = new long[t.size()];
        for (int i = 0; i < t.size(); i++) {
            TokenType type = t.type(i);
            if (type == TokenType.IDENTIFIER || type == TokenType.STRING || type == TokenType.NUMBER
                    || type == TokenType.TEXT) {
                long h = FNV_OFFSET;
                String text = t.hasCanonicalText(i) ? t.seedText(i) : source;
                int from = t.hasCanonicalText(i) ? 0 : t.start(i);
                int to = t.hasCanonicalText(i) ? text.length() : t.end(i);
                for (int p = from; p < to; p++) {
                    char c = text.charAt(p);
                    h ^= c & 0xff;
                    h *= FNV_PRIME;
                    h ^= c >>> 8;
                    h *= FNV_PRIME;
                }
                hashes[i] = SeedSequence.mix(h + type.ordinal());
            }
        }
        return new LexedFile(seeds, hashes);
    }

    Tokens tokens() {
        return seeds.tokens();
    }

    /** The text hash of the raw token behind seed {@code seed}. */
    long hashAtSeed(int seed) {
        return hashes[seeds.rawIndex(seed)];
    }
}
