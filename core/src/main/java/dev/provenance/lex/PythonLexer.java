package dev.provenance.lex;

/**
 * The Python lexer. Linear, never throws; an unterminated single-quoted string ends at its line's end, an
 * unterminated triple-quoted string at the end of the text.
 *
 * <ul>
 *   <li>Keywords are Python 3's hard keywords, {@code True}, {@code False} and {@code None} included; the soft
 *       keywords ({@code match}, {@code case}, {@code type}, {@code _}) and {@code self} are identifiers.</li>
 *   <li>Strings, with any prefix ({@code r}, {@code b}, {@code u}, {@code f}, {@code t} and their pairs), single
 *       or triple quoted, are one STRING token each; an f-string's replacement fields are part of it, nested
 *       strings included (Python 3.12 lets them reuse the enclosing quote).</li>
 *   <li>A DOCSTRING is a string statement that comes first in a module, class or function body (implicitly
 *       concatenated strings included); any other string is a STRING.</li>
 *   <li>Indentation and line breaks make no tokens: a copy re-indented or re-wrapped seeds the same.</li>
 * </ul>
 */
final class PythonLexer implements Lexer {
    static final WordSet KEYWORDS = WordSet.of("""
            False None True and as assert async await break class continue def del elif else except finally for
            from global if import in is lambda nonlocal not or pass raise return try while with yield
            """);
    private static final Operators OPERATORS = Operators.of(
            "** // << <= >= == != -> := += -= *= /= %= &= |= ^= @= **= //= <<= ... <>");
    private static final int MAX_NESTING = 32;

    @Override
    public Tokens lex(String source) {
        return new Run(java.util.Objects.requireNonNull(source, "source")).run();
    }

    @Override
    public String toString() {
        return "lexer for Python";
    }

    private static final class Run extends LexRun {
        private int depth;
        /** Whether the next token starts a statement. */
        private boolean statementStart = true;
        /** Whether the statement starting now would be a docstring (module start, after a def/class header). */
        private boolean docstringExpected = true;
        /** Whether a {@code def} or {@code class} header is open, waiting for its colon. */
        private boolean header;
        /** First and last token of the string statement that may be a docstring, or -1. */
        private int candidateFirst = -1;
        private int candidateLast = -1;

        Run(String source) {
            super(source);
        }

        Tokens run() {
            while (pos < n) {
                step();
            }
            endStatement();
            return finish(true);
        }

        private void step() {
            char c = s[pos];
            if (skipSpacesAndTabs()) {
                return;
            }
            if (c == '\n' || c == '\r') {
                lineBreak(pos);
                pos++;
                if (depth == 0) {
                    endStatement();
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
            if (c == '#') {
                pos = lineEnd(pos);
                emit(TokenType.COMMENT, start, pos);
                return;
            }
            if (c == '"' || c == '\'') {
                pos = stringEnd(pos, false, 0);
                string(start, startLine, startColumn);
                return;
            }
            if (isIdentStart(c)) {
                int e = identEnd(pos, false);
                char next = at(e);
                if ((next == '"' || next == '\'') && isPrefix(pos, e)) {
                    boolean f = false;
                    for (int i = pos; i < e; i++) {
                        char p = (char) (s[i] | 0x20);
                        f |= p == 'f' || p == 't';
                    }
                    pos = stringEnd(e, f, 0);
                    string(start, startLine, startColumn);
                    return;
                }
                pos = e;
                boolean keyword = KEYWORDS.contains(s, start, e);
                code(keyword ? TokenType.KEYWORD : TokenType.IDENTIFIER, start);
                if (keyword && (e - start == 3 && s[start] == 'd' || e - start == 5 && s[start] == 'c')
                        && (source.startsWith("def", start) || source.startsWith("class", start))) {
                    header = true;
                }
                return;
            }
            if (isDigit(c) || (c == '.' && isDigit(c1))) {
                pos = numberEnd(pos, false, true);
                code(TokenType.NUMBER, start);
                return;
            }
            pos = start + OPERATORS.length(s, start, n);
            code(TokenType.OPERATOR, start);
            if (pos - start == 1) {
                switch (c) {
                    case '(', '[', '{' -> depth++;
                    case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                    case ':' -> {
                        if (depth == 0 && header) {
                            header = false;
                            docstringExpected = true;
                            statementStart = true;
                        }
                    }
                    case ';' -> {
                        if (depth == 0) {
                            endStatement();
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** A token other than a string: it ends any docstring candidacy. */
        private void code(TokenType type, int start) {
            emit(type, start, pos);
            candidateFirst = -1;
            docstringExpected = false;
            statementStart = false;
        }

        private void string(int start, int startLine, int startColumn) {
            int index = out.size();
            emit(TokenType.STRING, start, pos, startLine, startColumn);
            if (docstringExpected && (statementStart || candidateLast == index - 1)) {
                if (candidateFirst < 0) {
                    candidateFirst = index;
                }
                candidateLast = index;
            } else {
                candidateFirst = -1;
                docstringExpected = false;
            }
            statementStart = false;
        }

        private void endStatement() {
            if (candidateFirst >= 0) {
                for (int i = candidateFirst; i <= candidateLast; i++) {
                    out.retype(i, TokenType.DOCSTRING);
                }
                candidateFirst = -1;
                docstringExpected = false;
            }
            statementStart = true;
        }

        private boolean isPrefix(int start, int end) {
            int len = end - start;
            if (len > 2) {
                return false;
            }
            for (int i = start; i < end; i++) {
                switch (s[i]) {
                    case 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F', 't', 'T' -> {
                    }
                    default -> {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * The end of the string whose opening quote is at {@code q}: past the closing quote, at the line break of an
         * unterminated single-quoted string, or at the end of the text. {@code f}: an f-string, whose {@code {...}}
         * fields may hold strings.
         */
        private int stringEnd(int q, boolean f, int nesting) {
            char quote = s[q];
            boolean triple = at(q + 1) == quote && at(q + 2) == quote;
            int i = q + (triple ? 3 : 1);
            boolean fields = f && nesting < MAX_NESTING;
            while (i < n) {
                char c = s[i];
                if (c == quote) {
                    if (!triple) {
                        return i + 1;
                    }
                    if (at(i + 1) == quote && at(i + 2) == quote) {
                        return i + 3;
                    }
                    i++;
                } else if (c == '\\') {
                    char e = at(i + 1);
                    if (e == '\n' || e == '\r') {
                        int after = e == '\r' && at(i + 2) == '\n' ? i + 3 : i + 2;
                        lineBreaks(i + 1, after);
                        i = after;
                    } else {
                        i = Math.min(i + 2, n);
                    }
                } else if (c == '\n' || c == '\r') {
                    if (!triple) {
                        return i;
                    }
                    lineBreak(i);
                    i++;
                } else if (c == '{' && fields) {
                    if (at(i + 1) == '{') {
                        i += 2;
                    } else {
                        i = fieldEnd(i + 1, triple, nesting + 1);
                    }
                } else {
                    i++;
                }
            }
            return n;
        }

        /** The end of an f-string replacement field whose body starts at {@code i}: past its closing brace. */
        private int fieldEnd(int i, boolean multiline, int nesting) {
            int balance = 0;
            while (i < n) {
                char c = s[i];
                if (c == '"' || c == '\'') {
                    int p = i;
                    while (p > 0 && i - p < 2 && isIdentPart(s[p - 1])) {
                        p--;
                    }
                    boolean f = false;
                    for (int k = p; k < i; k++) {
                        char x = (char) (s[k] | 0x20);
                        f |= x == 'f' || x == 't';
                    }
                    i = stringEnd(i, f, nesting);
                } else if (c == '{' || c == '(' || c == '[') {
                    balance++;
                    i++;
                } else if (c == '}' || c == ')' || c == ']') {
                    if (c == '}' && balance == 0) {
                        return i + 1;
                    }
                    balance = Math.max(0, balance - 1);
                    i++;
                } else if (c == '\n' || c == '\r') {
                    if (!multiline) {
                        return i;
                    }
                    lineBreak(i);
                    i++;
                } else {
                    i++;
                }
            }
            return n;
        }
    }
}
