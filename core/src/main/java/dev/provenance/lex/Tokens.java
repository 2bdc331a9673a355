package dev.provenance.lex;

import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one source text, stored column by column (types, offsets, lines, columns) so that lexing a large
 * file allocates a handful of arrays rather than one object per token. Immutable once built.
 *
 * <p>Code lexers append tokens in source order. Config lexers ({@link Lexers#forLanguage} for JSON and YAML) emit
 * them in <em>canonical</em> order instead (object keys sorted), so offsets and lines are then not monotone: use
 * {@link #lines(int, int)} for the line range of a run of tokens. A token may carry a canonical seed text that
 * differs from its source text (a normalised number, a decoded JSON string, <code>{{</code> for <code>{{-</code>); see
 * {@link #seedText(int)}. Tokens built with {@link Builder#seedVerbatim()} are seeded by that text, never reduced to
 * {@code ID}/{@code NUM}/{@code STR}: configuration is copied, not renamed.
 */
public final class Tokens {
    private static final TokenType[] TYPES = TokenType.values();
    /** Set in a token's type byte when it stays out of the seed channel. */
    static final int UNSEEDED = 0x80;
    private static final int TYPE_MASK = 0x7f;
    private static final int COMMENT = TokenType.COMMENT.ordinal();
    private static final int DOCSTRING = TokenType.DOCSTRING.ordinal();
    private static final int OPERATOR = TokenType.OPERATOR.ordinal();

    private final String source;
    private final byte[] types;
    private final int[] starts;
    private final int[] ends;
    private final int[] lines;
    private final int[] columns;
    private final String[] canonical;
    private final boolean verbatim;
    private final int size;

    private Tokens(Builder b) {
        this.source = b.source;
        this.size = b.size;
        this.types = Arrays.copyOf(b.types, b.size);
        this.starts = Arrays.copyOf(b.starts, b.size);
        this.ends = Arrays.copyOf(b.ends, b.size);
        this.lines = Arrays.copyOf(b.lines, b.size);
        this.columns = Arrays.copyOf(b.columns, b.size);
        this.canonical = b.canonical == null ? null : Arrays.copyOf(b.canonical, b.size);
        this.verbatim = b.verbatim;
    }

    /** A builder over {@code source}; lexers append tokens in order. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    public String source() {
        return source;
    }

    public int size() {
        return size;
    }

    public TokenType type(int i) {
        return TYPES[types[check(i)] & TYPE_MASK];
    }

    /**
     * Whether token {@code i} enters the seed channel at all. Comments and docstrings never do; nor do the tokens a
     * formatter adds or removes at will: a trailing comma before a closing bracket, and {@code ;} in languages where
     * it is optional (Python, Go, JavaScript, TypeScript, Kotlin, Scala, Swift, Groovy, shell).
     */
    public boolean seeded(int i) {
        int t = types[check(i)];
        return (t & UNSEEDED) == 0 && t != COMMENT && t != DOCSTRING;
    }

    /** Offset of the token's first character in {@link #source()}. */
    public int start(int i) {
        return starts[check(i)];
    }

    /** Offset just past the token's last character. */
    public int end(int i) {
        return ends[check(i)];
    }

    /** 1-based line of the token's first character. */
    public int line(int i) {
        return lines[check(i)];
    }

    /** 1-based line of the token's last character. */
    public int lastLine(int i) {
        int line = lines[check(i)];
        for (int p = starts[i], e = ends[i]; p < e; p++) {
            char c = source.charAt(p);
            if (c == '\n' || (c == '\r' && (p + 1 >= e || source.charAt(p + 1) != '\n'))) {
                if (p + 1 < e) {
                    line++;
                }
            }
        }
        return line;
    }

    /** 1-based column of the token's first character. */
    public int column(int i) {
        return columns[check(i)];
    }

    /** The token's source text. */
    public String text(int i) {
        return source.substring(starts[check(i)], ends[i]);
    }

    /**
     * The text the token seeds by when it seeds verbatim: its canonical text where the lexer normalised it (a config
     * value {@code 1.0} as {@code 1}, a key without its quotes, <code>{{</code> for <code>{{-</code>), else its
     * source text.
     */
    public String seedText(int i) {
        String c = canonical == null ? null : canonical[check(i)];
        return c != null ? c : text(i);
    }

    /** Whether token {@code i} carries a canonical text different from its source text. */
    public boolean hasCanonicalText(int i) {
        return canonical != null && canonical[check(i)] != null;
    }

    /**
     * Whether every token seeds by its {@link #seedText(int)} (configs and templates) rather than by kind for
     * identifiers, numbers and strings (code).
     */
    public boolean seedsVerbatim() {
        return verbatim;
    }

    /**
     * The lines covered by tokens {@code from..to-1}: the smallest first line and the largest last line among them.
     * Tokens in canonical order (configs) are not sorted by line, so this is the range to report for them.
     */
    public LineRange lines(int from, int to) {
        if (from < 0 || to > size || from >= to) {
            throw new IndexOutOfBoundsException("tokens " + from + ".." + to + " of " + size);
        }
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (int i = from; i < to; i++) {
            first = Math.min(first, lines[i]);
            last = Math.max(last, lastLine(i));
        }
        return new LineRange(first, last);
    }

    public Token token(int i) {
        return new Token(type(i), text(i), line(i), column(i));
    }

    /** Every token as a value, for tests and diagnostics. */
    public List<Token> asList() {
        List<Token> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(token(i));
        }
        return list;
    }

    /** The type ordinal of token {@code i}, with {@link #UNSEEDED} set when it stays out of the seed channel. */
    byte typeBits(int i) {
        return types[i];
    }

    String canonicalOrNull(int i) {
        return canonical == null ? null : canonical[i];
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }

    @Override
    public String toString() {
        return size + " tokens over " + source.length() + " characters";
    }

    /** Collects tokens. */
    public static final class Builder {
        private final String source;
        private byte[] types = new byte[256];
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int[] lines = new int[256];
        private int[] columns = new int[256];
        private String[] canonical;
        private boolean verbatim;
        private int size;

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** Appends the token {@code source[start, end)} starting at {@code line}:{@code column} (both 1-based). */
        public Builder add(TokenType type, int start, int end, int line, int column) {
            if (start < 0 || end <= start || end > source.length()) {
                throw new IllegalArgumentException("bad token span " + start + ".." + end);
            }
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("lines and columns are 1-based: " + line + ":" + column);
            }
            if (size == types.length) {
                int capacity = size * 2;
                types = Arrays.copyOf(types, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                lines = Arrays.copyOf(lines, capacity);
                columns = Arrays.copyOf(columns, capacity);
                if (canonical != null) {
                    canonical = Arrays.copyOf(canonical, capacity);
                }
            }
            types[size] = (byte) type.ordinal();
            starts[size] = start;
            ends[size] = end;
            lines[size] = line;
            columns[size] = column;
            size++;
            return this;
        }

        /**
         * Appends a token whose canonical text (what it seeds by, see {@link Tokens#seedText(int)}) differs from its
         * source text; {@code canonicalText} {@code null} means none.
         */
        public Builder add(TokenType type, int start, int end, int line, int column, String canonicalText) {
            add(type, start, end, line, column);
            if (canonicalText != null) {
                if (canonical == null) {
                    canonical = new String[types.length];
                }
                canonical[size - 1] = canonicalText;
            }
            return this;
        }

        /** Seeds every token verbatim by its seed text (configs, templates); see {@link Tokens#seedsVerbatim()}. */
        public Builder seedVerbatim() {
            this.verbatim = true;
            return this;
        }

        public int size() {
            return size;
        }

        /** Changes the type of token {@code i} already added (a Python string found to be a docstring). */
        Builder retype(int i, TokenType type) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("token " + i + " of " + size);
            }
            types[i] = (byte) (type.ordinal() | (types[i] & UNSEEDED));
            return this;
        }

        /** Keeps token {@code i} out of the seed channel (see {@link Tokens#seeded(int)}). */
        Builder unseed(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("token " + i + " of " + size);
            }
            types[i] = (byte) (types[i] | UNSEEDED);
            return this;
        }

        TokenType type(int i) {
            return TYPES[types[i] & TYPE_MASK];
        }

        /**
         * Keeps out of the seed channel every trailing comma (a {@code ,} operator before a closing bracket,
         * comments between allowed) and, where {@code optionalSemicolons}, every {@code ;} operator.
         */
        void unseedFormatting(char[] text, boolean optionalSemicolons) {
            int lastComma = -1;
            for (int i = 0; i < size; i++) {
                int type = types[i] & TYPE_MASK;
                if (type == COMMENT || type == DOCSTRING) {
                    continue;
                }
                char c = type == OPERATOR && ends[i] - starts[i] == 1 ? text[starts[i]] : '\0';
                if ((c == ')' || c == ']' || c == '}') && lastComma >= 0) {
                    types[lastComma] |= UNSEEDED;
                }
                if (c == ';' && optionalSemicolons) {
                    types[i] |= UNSEEDED;
                }
                lastComma = c == ',' ? i : -1;
            }
        }

        String source() {
            return source;
        }

        public Tokens build() {
            return new Tokens(this);
        }
    }
}
