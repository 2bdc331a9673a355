package dev.provenance.lex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one source text, stored column by column (types, offsets, lines, columns) so that lexing a large
 * file allocates a handful of arrays rather than one object per token. Immutable once built.
 */
public final class Tokens {
    private static final TokenType[] TYPES = TokenType.values();

    private final String source;
    private final byte[] types;
    private final int[] starts;
    private final int[] ends;
    private final int[] lines;
    private final int[] columns;
    private final int size;

    private Tokens(Builder b) {
        this.source = b.source;
        this.size = b.size;
        this.types = Arrays.copyOf(b.types, b.size);
        this.starts = Arrays.copyOf(b.starts, b.size);
        this.ends = Arrays.copyOf(b.ends, b.size);
        this.lines = Arrays.copyOf(b.lines, b.size);
        this.columns = Arrays.copyOf(b.columns, b.size);
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
        return TYPES[types[check(i)]];
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

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }

    /** Collects tokens in source order. */
    public static final class Builder {
        private final String source;
        private byte[] types = new byte[256];
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int[] lines = new int[256];
        private int[] columns = new int[256];
        private int size;

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** Appends the token {@code source[start, end)} starting at {@code line}:{@code column} (both 1-based). */
        public Builder add(TokenType type, int start, int end, int line, int column) {
            if (start < 0 || end <= start || end > source.length()) {
                throw new IllegalArgumentException("bad token span " + start + ".." + end);
            }
            if (size == types.length) {
                int capacity = size * 2;
                types = Arrays.copyOf(types, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                lines = Arrays.copyOf(lines, capacity);
                columns = Arrays.copyOf(columns, capacity);
            }
            types[size] = (byte) type.ordinal();
            starts[size] = start;
            ends[size] = end;
            lines[size] = line;
            columns[size] = column;
            size++;
            return this;
        }

        public Tokens build() {
            return new Tokens(this);
        }
    }
}
