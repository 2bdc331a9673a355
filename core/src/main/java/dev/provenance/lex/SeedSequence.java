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

    /**
     * The symbol of seed token {@code i} with its literal value: for a number or a string of code, a symbol of its
     * text ({@link #literalSymbol}); for any other seed, {@link #symbol(int)}. This is the second channel the
     * winnowing uses inside repetitive runs, where the seed symbols alone repeat row after row (a table of string
     * pairs, a {@code case "9": return JAVA_9;} ladder) and only the values tell one row from another. Identifiers
     * stay {@code ID}: a renamed copy keeps its literals, not its names. Computed on demand.
     */
    public long valueSymbol(int i) {
        long symbol = symbols[i];
        if (symbol != NUM && symbol != STR || tokens.seedsVerbatim()) {
            return symbol;
        }
        int raw = rawIndex[i];
        return literalSymbol(tokens.source(), tokens.start(raw), tokens.end(raw), symbol == STR);
    }

    /**
     * The symbol of a literal's text {@code s[start, end)}. A string's quotes are normalised, since formatters change
     * them at will ({@code 'a'} and {@code "a"} in Python, JavaScript or shell are the same value): a prefix of letters
     * ({@code r}, {@code b}, {@code f}, {@code u}, lower-cased) is kept, the opening run of one quote character (one or
     * three) and the same run at the end are dropped, and what is between them is the value. A number's text is its
     * value as written. Distinct from every seed symbol of kind ({@code ID}, {@code NUM}, {@code STR}).
     */
    static long literalSymbol(CharSequence s, int start, int end, boolean string) {
        long h = string ? 0x51a7_e3c1_0b5d_9a27L : 0x2c6b_74f1_83e0_5d19L;
        int from = start;
        int to = end;
        if (string) {
            while (from < to && Character.isLetter(s.charAt(from))) {
                h = (h ^ Character.toLowerCase(s.charAt(from))) * 0x100000001b3L;
                from++;
            }
            if (from < to) {
                char quote = s.charAt(from);
                if (quote == '"' || quote == '\'' || quote == '`') {
                    int run = 1;
                    while (run < 3 && from + run < to && s.charAt(from + run) == quote) {
                        run++;
                    }
                    if (run == 2) {
                        run = 1; // an empty string: "" is one quote run of one, then its close
                    }
                    from += run;
                    int closing = 0;
                    while (closing < run && to - 1 >= from && s.charAt(to - 1) == quote) {
                        to--;
                        closing++;
                    }
                }
            }
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h ^= c;
            h *= 0x100000001b3L;
        }
        return mix(h ^ (to - from));
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
