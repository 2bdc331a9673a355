package dev.provenance.lex;

/** The kind of a lexical token. */
public enum TokenType {
    /** A name: variable, function, class, field, label. Seeds as {@code ID}. */
    IDENTIFIER,
    /** A reserved word of the language ({@code def}, {@code class}, {@code return}). Seeds verbatim. */
    KEYWORD,
    /** A numeric literal. Seeds as {@code NUM}. */
    NUMBER,
    /** A string or character literal, including its quotes. Seeds as {@code STR}. */
    STRING,
    /** An operator or punctuation ({@code +=}, {@code (}, {@code ->}). Seeds verbatim. */
    OPERATOR,
    /** A comment. Not seeded; kept in the raw channel for verification and header reading. */
    COMMENT,
    /** A documentation string (a Python docstring). Not seeded, like a comment. */
    DOCSTRING,
    /**
     * Literal text seeded verbatim: a word of template text between Jinja tags, a configuration value, a shell
     * command word, PHP's inline HTML. It is the content itself, not a name.
     */
    TEXT
}
