package dev.provenance.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lexer for POSIX shell, bash and zsh scripts. Linear, never throws.
 *
 * <ul>
 *   <li>{@code #} at the start of a word starts a COMMENT to the line's end.</li>
 *   <li>Variables ({@code $name}, {@code ${...}}, {@code $1}, {@code $@}) and assignment targets
 *       ({@code name=value}) are IDENTIFIERs: they are what a copy renames.</li>
 *   <li>Quoted strings ({@code '...'}, {@code "..."} with nested {@code $(...)}, {@code $'...'}) and here-document
 *       bodies (up to and including the delimiter line) are STRINGs.</li>
 *   <li>Reserved words ({@code if}, {@code then}, {@code done}, {@code [[}, …) are KEYWORDs, words of digits
 *       NUMBERs, and every other word (command names, options, paths) is TEXT, seeded verbatim: a script's
 *       commands are its content and are not renamed.</li>
 * </ul>
 */
final class ShellLexer implements Lexer {
    static final WordSet KEYWORDS = WordSet.of(
            "if then else elif fi case esac for select while until do done in function time coproc { } ! [[ ]]");
    private static final Operators OPERATORS = Operators.of(
            ";;& ;; ;& && || |& &> <<< <<- << <& <> >& >| (( ))");
    private static final int MAX_NESTING = 32;

    @Override
    public Tokens lex(String source) {
        return new Run(Objects.requireNonNull(source, "source")).run();
    }

    @Override
    public String toString() {
        return "lexer for shell";
    }

    private record Heredoc(String delimiter, boolean stripTabs) {
    }

    private static final class Run extends LexRun {
        private final List<Heredoc> pending = new ArrayList<>();

        Run(String source) {
            super(source);
        }

        Tokens run() {
            while (pos < n) {
                step();
            }
            return finish(true);
        }

        private void step() {
            char c = s[pos];
            if (c == '\n' || c == '\r') {
                lineBreak(pos);
                pos++;
                if (c == '\r' && at(pos) == '\n') {
                    return;
                }
                if (!pending.isEmpty()) {
                    heredocBodies();
                }
                return;
            }
            if (isBlank(c)) {
                pos++;
                return;
            }
            int start = pos;
            int startLine = line;
            int startColumn = pos - lineStart + 1;
            char c1 = at(pos + 1);
            if (skipLineContinuation()) {
                return;
            }
            switch (c) {
                case '#' -> {
                    pos = lineEnd(pos);
                    emit(TokenType.COMMENT, start, pos);
                }
                case '\'' -> {
                    pos = singleQuotedEnd(pos + 1);
                    emit(TokenType.STRING, start, pos, startLine, startColumn);
                }
                case '"' -> {
                    pos = doubleQuotedEnd(pos + 1, 0);
                    emit(TokenType.STRING, start, pos, startLine, startColumn);
                }
                case '$' -> dollar(start, startLine, startColumn);
                case '`' -> {
                    pos++;
                    emit(TokenType.OPERATOR, start, pos);
                }
                case '|', '&', ';', '(', ')', '<', '>' -> operator(start);
                default -> word(start);
            }
        }

        private void operator(int start) {
            pos = start + OPERATORS.length(s, start, n);
            emit(TokenType.OPERATOR, start, pos);
            if (pos - start >= 2 && s[start] == '<' && s[start + 1] == '<' && (pos - start == 2 || s[pos - 1] == '-')) {
                heredocHeader(s[pos - 1] == '-');
            }
        }

        private void heredocHeader(boolean stripTabs) {
            while (pos < n && isBlank(s[pos])) {
                pos++;
            }
            int start = pos;
            StringBuilder delimiter = new StringBuilder();
            while (pos < n) {
                char c = s[pos];
                if (c == '\'' || c == '"') {
                    int close = pos + 1;
                    while (close < n && s[close] != c && s[close] != '\n' && s[close] != '\r') {
                        close++;
                    }
                    delimiter.append(source, pos + 1, close);
                    pos = close < n && s[close] == c ? close + 1 : close;
                } else if (c == '\\' && pos + 1 < n && s[pos + 1] != '\n' && s[pos + 1] != '\r') {
                    delimiter.append(s[pos + 1]);
                    pos += 2;
                } else if (isBlank(c) || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&' || c == '<'
                        || c == '>' || c == '(' || c == ')') {
                    break;
                } else {
                    delimiter.append(c);
                    pos++;
                }
            }
            if (pos > start) {
                emit(TokenType.TEXT, start, pos);
            }
            if (delimiter.length() > 0) {
                pending.add(new Heredoc(delimiter.toString(), stripTabs));
            }
        }

        /** At the start of the line after here-document operators: each body, up to its delimiter line. */
        private void heredocBodies() {
            for (Heredoc doc : pending) {
                if (pos >= n) {
                    break;
                }
                int start = pos;
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                int end = n;
                int p = pos;
                while (p < n) {
                    int q = p;
                    if (doc.stripTabs()) {
                        while (q < n && s[q] == '\t') {
                            q++;
                        }
                    }
                    int eol = lineEnd(p);
                    if (eol - q == doc.delimiter().length() && source.startsWith(doc.delimiter(), q)) {
                        end = eol;
                        break;
                    }
                    if (eol >= n) {
                        break;
                    }
                    p = afterBreak(eol);
                }
                if (end > start) {
                    emit(TokenType.STRING, start, end, startLine, startColumn);
                }
                pos = end;
                if (pos < n) {
                    pos = afterBreak(pos);
                }
            }
            pending.clear();
        }

        private void dollar(int start, int startLine, int startColumn) {
            char c1 = at(pos + 1);
            if (c1 == '\'') {
                pos = ansiQuotedEnd(pos + 2);
                emit(TokenType.STRING, start, pos, startLine, startColumn);
            } else if (c1 == '{') {
                pos = braceEnd(pos + 2);
                emit(TokenType.IDENTIFIER, start, pos, startLine, startColumn);
            } else if (c1 == '(') {
                pos += at(pos + 2) == '(' ? 3 : 2;
                emit(TokenType.OPERATOR, start, pos);
            } else if (c1 == '"') {
                pos = doubleQuotedEnd(pos + 2, 0);
                emit(TokenType.STRING, start, pos, startLine, startColumn);
            } else if (c1 < 0x80 && isIdentStart(c1)) {
                pos = identEnd(pos + 1, false);
                emit(TokenType.IDENTIFIER, start, pos);
            } else if (isDigit(c1) || "@*#?$!-".indexOf(c1) >= 0 && c1 != '\0') {
                pos += 2;
                emit(TokenType.IDENTIFIER, start, pos);
            } else {
                pos++;
                emit(TokenType.TEXT, start, pos);
            }
        }

        private void word(int start) {
            int i = start;
            if (isIdentStart(s[i]) && s[i] < 0x80) {
                int e = identEnd(i, false);
                int eq = e < n && s[e] == '+' && at(e + 1) == '=' ? e + 1 : e;
                if (eq < n && s[eq] == '=') {
                    emit(TokenType.IDENTIFIER, start, e);
                    emit(TokenType.OPERATOR, e, eq + 1);
                    pos = eq + 1;
                    int valueEnd = wordEnd(pos);
                    if (valueEnd > pos) {
                        emit(TokenType.TEXT, pos, valueEnd);
                        pos = valueEnd;
                    }
                    return;
                }
            }
            int e = wordEnd(i);
            if (e == start) {
                e = start + 1;
            }
            pos = e;
            TokenType type;
            if (KEYWORDS.contains(s, start, e)) {
                type = TokenType.KEYWORD;
            } else {
                boolean digits = true;
                for (int k = start; k < e && digits; k++) {
                    digits = isDigit(s[k]);
                }
                type = digits ? TokenType.NUMBER : TokenType.TEXT;
            }
            emit(type, start, e);
        }

        private int wordEnd(int from) {
            int i = from;
            while (i < n) {
                char c = s[i];
                if (c == '\\' && i + 1 < n && s[i + 1] != '\n' && s[i + 1] != '\r') {
                    i += 2;
                    continue;
                }
                if (isBlank(c) || c == '\n' || c == '\r' || c == '\\') {
                    break;
                }
                switch (c) {
                    case '|', '&', ';', '(', ')', '<', '>', '\'', '"', '`', '$' -> {
                        return i;
                    }
                    default -> i++;
                }
            }
            return i;
        }

        private int singleQuotedEnd(int i) {
            while (i < n && s[i] != '\'') {
                if (s[i] == '\n' || s[i] == '\r') {
                    lineBreak(i);
                }
                i++;
            }
            return Math.min(i + 1, n);
        }

        private int ansiQuotedEnd(int i) {
            while (i < n && s[i] != '\'') {
                if (s[i] == '\\' && i + 1 < n) {
                    i++;
                }
                if (s[i] == '\n' || s[i] == '\r') {
                    lineBreak(i);
                }
                i++;
            }
            return Math.min(i + 1, n);
        }

        private int doubleQuotedEnd(int i, int nesting) {
            while (i < n) {
                char c = s[i];
                if (c == '"') {
                    return i + 1;
                }
                if (c == '\\' && i + 1 < n) {
                    i++;
                    c = s[i];
                }
                if (c == '$' && at(i + 1) == '(' && nesting < MAX_NESTING && s[i - 1] != '\\') {
                    i = parenEnd(i + 2, nesting + 1);
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(i);
                }
                i++;
            }
            return n;
        }

        private int parenEnd(int i, int nesting) {
            int balance = 1;
            while (i < n) {
                char c = s[i];
                if (c == ')' && --balance == 0) {
                    return i + 1;
                }
                if (c == '(') {
                    balance++;
                } else if (c == '"') {
                    i = doubleQuotedEnd(i + 1, nesting);
                    continue;
                } else if (c == '\'') {
                    i = singleQuotedEnd(i + 1);
                    continue;
                } else if (c == '\\' && i + 1 < n && s[i + 1] != '\n' && s[i + 1] != '\r') {
                    i++;
                } else if (c == '\n' || c == '\r') {
                    lineBreak(i);
                }
                i++;
            }
            return n;
        }

        private int braceEnd(int i) {
            int balance = 1;
            while (i < n) {
                char c = s[i];
                if (c == '}' && --balance == 0) {
                    return i + 1;
                }
                if (c == '{') {
                    balance++;
                } else if (c == '\n' || c == '\r') {
                    lineBreak(i);
                } else if (c == '\\' && i + 1 < n && s[i + 1] != '\n' && s[i + 1] != '\r') {
                    i++;
                }
                i++;
            }
            return n;
        }
    }
}
