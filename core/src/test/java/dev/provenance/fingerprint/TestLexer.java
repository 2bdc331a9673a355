package dev.provenance.fingerprint;

import dev.provenance.lex.Lexer;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import java.util.Set;

/**
 * A small C-family lexer for tests and benchmarks until the real lexers land: identifiers (keywords of Java kept
 * verbatim), numbers, "strings" and 'chars', line and block comments, and every other non-blank character as a
 * one-character operator.
 */
public final class TestLexer implements Lexer {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "def", "self", "None");

    @Override
    public Tokens lex(String s) {
        Tokens.Builder b = Tokens.builder(s);
        int n = s.length();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            int startLine = line;
            int column = i - lineStart + 1;
            TokenType type;
            if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                type = KEYWORDS.contains(s.substring(start, i)) ? TokenType.KEYWORD : TokenType.IDENTIFIER;
            } else if (c >= '0' && c <= '9') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) {
                    i++;
                }
                type = TokenType.NUMBER;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' && i + 1 < n ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                type = TokenType.STRING;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                type = TokenType.COMMENT;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int p = i; p < end; p++) {
                    if (s.charAt(p) == '\n') {
                        line++;
                        lineStart = p + 1;
                    }
                }
                i = end;
                type = TokenType.COMMENT;
            } else {
                i++;
                type = TokenType.OPERATOR;
            }
            b.add(type, start, i, startLine, column);
        }
        return b.build();
    }
}
