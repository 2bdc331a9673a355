package dev.provenance.lex;

/**
 * Turns source text into tokens. Implementations are hand-written, linear in the input, never throw on malformed
 * input (an unterminated string or comment ends at the end of the text), and are thread-safe.
 */
public interface Lexer {
    /** The tokens of {@code source}, comments and docstrings included, in order. */
    Tokens lex(String source);
}
