package dev.provenance.lex;

import java.util.List;
import java.util.Objects;

/**
 * A lexer for configuration text taken as it is written, in file order: comments (lines or line ends starting
 * with one of the given markers after a blank) are COMMENTs, quoted strings STRINGs, numbers NUMBERs, the
 * punctuation {@code { } [ ] ( ) , : = ;} OPERATORs and every other run of characters TEXT. Its tokens seed
 * verbatim. It serves TOML, INI and properties files, and JSON or YAML that does not parse.
 */
final class FlatConfigLexer implements Lexer {
    private final List<String> commentMarkers;

    FlatConfigLexer(String... commentMarkers) {
        this.commentMarkers = List.of(commentMarkers);
    }

    @Override
    public Tokens lex(String source) {
        return new Run(Objects.requireNonNull(source, "source")).run();
    }

    @Override
    public String toString() {
        return "lexer for configuration text " + commentMarkers;
    }

    private final class Run extends LexRun {
        Run(String source) {
            super(source);
            out.seedVerbatim();
        }

        Tokens run() {
            boolean afterBlank = true;
            while (pos < n) {
                char c = s[pos];
                if (c == '\n' || c == '\r') {
                    lineBreak(pos);
                    pos++;
                    afterBlank = true;
                    continue;
                }
                if (isBlank(c)) {
                    pos++;
                    afterBlank = true;
                    continue;
                }
                int start = pos;
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                if (afterBlank && isComment(pos)) {
                    pos = lineEnd(pos);
                    emit(TokenType.COMMENT, start, pos);
                } else if (c == '"' || c == '\'') {
                    boolean triple = at(pos + 1) == c && at(pos + 2) == c;
                    pos = triple ? tripleEnd(pos + 3, c) : quotedEnd(pos + 1, c);
                    emit(TokenType.STRING, start, pos, startLine, startColumn);
                } else if (isPunctuation(c)) {
                    pos++;
                    emit(TokenType.OPERATOR, start, pos);
                } else {
                    while (pos < n && !isBlank(s[pos]) && s[pos] != '\n' && s[pos] != '\r' && !isPunctuation(s[pos])
                            && s[pos] != '"' && s[pos] != '\'') {
                        pos++;
                    }
                    boolean number = isDigit(c) || ((c == '-' || c == '+' || c == '.') && isDigit(at(start + 1)));
                    emit(number ? TokenType.NUMBER : TokenType.TEXT, start, pos);
                }
                afterBlank = false;
            }
            return out.build();
        }

        private boolean isComment(int i) {
            for (String marker : commentMarkers) {
                if (source.startsWith(marker, i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPunctuation(char c) {
            return switch (c) {
                case '{', '}', '[', ']', '(', ')', ',', ':', '=', ';' -> true;
                default -> false;
            };
        }

        private int quotedEnd(int i, char quote) {
            while (i < n) {
                char c = s[i];
                if (c == quote) {
                    return i + 1;
                }
                if (c == '\n' || c == '\r') {
                    return i;
                }
                i += c == '\\' && quote == '"' && i + 1 < n && s[i + 1] != '\n' && s[i + 1] != '\r' ? 2 : 1;
            }
            return n;
        }

        private int tripleEnd(int i, char quote) {
            while (i < n) {
                char c = s[i];
                if (c == quote && at(i + 1) == quote && at(i + 2) == quote) {
                    return i + 3;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(i);
                }
                i++;
            }
            return n;
        }
    }
}
