package dev.provenance.lex;

import java.util.Objects;

/**
 * One token, for tests and messages; the hot paths read {@link Tokens} column by column instead.
 *
 * @param type   its kind
 * @param text   the source text of the token
 * @param line   1-based line of its first character
 * @param column 1-based column of its first character (in UTF-16 code units)
 */
public record Token(TokenType type, String text, int line, int column) {
    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }
}
