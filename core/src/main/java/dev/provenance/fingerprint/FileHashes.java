package dev.provenance.fingerprint;

import dev.provenance.lex.SeedSequence;

/**
 * Whole-file hashes, for exact copies found without any k-gram work. Both are 64-bit: a knowledge base keeps two per
 * file, and every match is verified on the text, so the odd collision (about one in 2^64 per pair) costs nothing
 * but a failed verification. Neither is a cryptographic digest: do not use them to prove identity to a third party.
 *
 * @param raw        over the text's UTF-16 units with every line end ({@code \r\n}, {@code \r}) read as
 *                   {@code \n}: the same file checked out on Windows or Unix hashes alike; any other change, even
 *                   of a blank, changes it
 * @param normalized over the seed symbols: the same for a copy that was reformatted, had its comments changed or
 *                   its identifiers, numbers and strings renamed; 0 when the file has no seed symbols (no lexer, or
 *                   nothing but comments)
 */
public record FileHashes(long raw, long normalized) {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    /** Both hashes of {@code text}; {@code seeds} may be null when the file was not lexed. */
    public static FileHashes of(CharSequence text, SeedSequence seeds) {
        return new FileHashes(raw(text), seeds == null ? 0 : normalized(seeds));
    }

    /** FNV-1a over both bytes of each UTF-16 unit, line ends as {@code \n}, finalised with SplitMix64's mix. */
    public static long raw(CharSequence text) {
        long h = FNV_OFFSET;
        int n = text.length();
        long units = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= c >>> 8;
            h *= FNV_PRIME;
            units++;
        }
        return SeedSequence.mix(h ^ units);
    }

    /** A polynomial hash over the seed symbols and their count, finalised; 0 for no symbols. */
    public static long normalized(SeedSequence seeds) {
        int n = seeds.size();
        if (n == 0) {
            return 0;
        }
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * GOLDEN + seeds.symbol(i);
        }
        long result = SeedSequence.mix(h + n);
        return result == 0 ? 1 : result;
    }
}
