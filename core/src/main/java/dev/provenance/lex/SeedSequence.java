package dev.provenance.lex;

import java.util.Arrays;
import java.util.Objects;

/**
 * The seed channel over a token stream: comments, docstrings and formatter-dependent punctuation
 * ({@link Tokens#seeded(int)}) dropped; identifiers, numbers and strings replaced
 * by their kind ({@code ID}, {@code NUM}, {@code STR}); keywords, operators and template text kept verbatim (configs
 * and templates, {@link Tokens#seedsVerbatim()}, keep every token verbatim). Each
 * seed token is a 64-bit symbol, and remembers the raw token it came from so that every fingerprint maps back to
 * exact lines. A reformatted and renamed copy of a source gives the same symbols as its original.
 */
public final class SeedSequence {
    private static final long ID = symbolOf("\u0000ID");
    private static final long NUM = symbolOf("\u0000NUM");
    private static final long STR = symbolOf("\u0000STR");
    /** The symbols of the one-character ASCII texts, most operators: computed once. */
    private static final long[] ASCII = ascii();
    private static final byte IDENTIFIER = (byte) TokenType.IDENTIFIER.ordinal();
    private static final byte NUMBER = (byte) TokenType.NUMBER.ordinal();
    private static final byte STRING = (byte) TokenType.STRING.ordinal();
    private static final byte COMMENT = (byte) TokenType.COMMENT.ordinal();
    private static final byte DOCSTRING = (byte) TokenType.DOCSTRING.ordinal();

    private final Tokens tokens;
    private final long[] symbols;
    private final int[] rawIndex;

    private SeedSequence(Tokens tokens, long[] symbols, int[] rawIndex) {
        this.tokens = tokens;
        this.symbols = symbols;
        this.rawIndex = rawIndex;
    }

    /**
     * The seed channel of {@code tokens}. Code ({@link Tokens#seedsVerbatim()} false): identifiers, numbers and
     * strings seed by kind, keywords, operators and text by their seed text. Configs and templates (verbatim): every
     * token but comments and docstrings seeds by its seed text.
     */
    public static SeedSequence of(Tokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        int size = tokens.size();
        long[] symbols = new long[size];
        int[] raw = new int[size];
        int n = 0;
        String source = tokens.source();
        boolean verbatim = tokens.seedsVerbatim();
        for (int i = 0; i < size; i++) {
            int bits = tokens.typeBits(i);
            if ((bits & Tokens.UNSEEDED) != 0) {
                continue;
            }
            byte type = (byte) bits;
            if (type == COMMENT || type == DOCSTRING) {
                continue;
            }
            long symbol;
            if (!verbatim && type == IDENTIFIER) {
                symbol = ID;
            } else if (!verbatim && type == NUMBER) {
                symbol = NUM;
            } else if (!verbatim && type == STRING) {
                symbol = STR;
            } else {
                String canonical = tokens.canonicalOrNull(i);
                int start = tokens.start(i);
                int end = tokens.end(i);
                char first;
                if (canonical != null) {
                    symbol = symbolOf(canonical);
                } else if (end - start == 1 && (first = source.charAt(start)) < 128) {
                    symbol = ASCII[first];
                } else {
                    symbol = symbolOf(source, start, end);
                }
            }
            symbols[n] = symbol;
            raw[n] = i;
            n++;
        }
        return new SeedSequence(tokens, Arrays.copyOf(symbols, n), Arrays.copyOf(raw, n));
    }

    public Tokens tokens() {
        return tokens;
    }

    public int size() {
        return symbols.length;
    }

    /** The 64-bit symbol of seed token {@code i}. */
    public long symbol(int i) {
        return symbols[i];
    }

    /** The index in {@link #tokens()} of the raw token seed token {@code i} came from. */
    public int rawIndex(int i) {
        return rawIndex[i];
    }

    /** The symbols as a copy, for comparisons in tests. */
    public long[] symbols() {
        return symbols.clone();
    }

    /** 64-bit FNV-1a over the UTF-16 units of {@code s[start, end)}, finalised with a SplitMix64 mix. */
    static long symbolOf(CharSequence s, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long[] ascii() {
        long[] table = new long[128];
        for (char c = 0; c < 128; c++) {
            table[c] = symbolOf(String.valueOf(c));
        }
        return table;
    }

    static long symbolOf(String s) {
        return symbolOf(s, 0, s.length());
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return size() + " seed tokens of " + tokens.size() + " tokens";
    }
}
