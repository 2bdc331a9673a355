package dev.provenance.lex;

import java.util.Objects;

/**
 * One lexer for the C family (C, C++, CUDA, Objective-C, Java, Kotlin, Scala, Groovy, C#, JavaScript, TypeScript,
 * Go, Rust, Swift, PHP), configured by a {@link CDialect}. Linear in the input; never throws on malformed text: an
 * unterminated block comment, raw string or template runs to the end of the text, an unterminated ordinary string
 * to the end of its line.
 *
 * <ul>
 *   <li>Comments {@code //} and {@code /* *}{@code /} (nested where the language nests them) are COMMENT tokens.</li>
 *   <li>Preprocessor lines: {@code #} is an operator, the directive name ({@code include}, {@code define},
 *       {@code pragma}, …) a keyword, and a {@code <header.h>} after {@code #include} or {@code #import} a string;
 *       the rest of the line lexes as code. A backslash before a line break joins the lines.</li>
 *   <li>Strings: every literal form of the dialect is one STRING token, embedded expressions included
 *       ({@code `a${b}c`}, {@code "${x["k"]}"}, {@code $"{x}"}, {@code "\(x)"}), so that the boundary of a string
 *       never depends on what it embeds.</li>
 *   <li>JavaScript regular expressions: a {@code /} starts one where an expression may start (after an operator
 *       other than {@code ) ] }}, {@code ++}, {@code --}, after a keyword other than {@code this}, {@code true}, …,
 *       or at the start), provided it closes on the same line; otherwise it is a division.</li>
 * </ul>
 */
final class CFamilyLexer implements Lexer {
    /** Deepest nesting of strings inside the expressions embedded in strings. */
    private static final int MAX_EMBEDDING = 32;
    private static final int ESCAPES = 1;
    private static final int STOP_AT_LINE_END = 2;
    private static final int TRIPLE = 4;
    private static final int DOUBLED_QUOTE = 8;
    private static final CDialect.Interpolation NONE = CDialect.Interpolation.NONE;

    private final CDialect d;

    CFamilyLexer(CDialect dialect) {
        this.d = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public Tokens lex(String source) {
        return new Run(Objects.requireNonNull(source, "source")).run();
    }

    @Override
    public String toString() {
        return "lexer for " + d;
    }

    private final class Run extends LexRun {
        /** Whether a token precedes on the current line, so that a {@code #} is not a directive. */
        private boolean lineHasToken;
        /** Whether a {@code /} here would start a regular expression literal. */
        private boolean regexAllowed = true;
        /** End of a line on which a regular expression failed to close: no second attempt before it. */
        private int noRegexBefore = -1;
        /** Whether the directive just read takes a {@code <header>}. */
        private boolean includeDirective;

        Run(String source) {
            super(source);
        }

        Tokens run() {
            if (d.php) {
                phpText();
            }
            while (pos < n) {
                step();
            }
            return finish(d.optionalSemicolons);
        }

        private void token(TokenType type, int start, int end, int startLine, int startColumn) {
            out.add(type, start, end, startLine, startColumn);
            lineHasToken = true;
            if (!d.regexLiterals) {
                return;
            }
            switch (type) {
                case IDENTIFIER, NUMBER, STRING -> regexAllowed = false;
                case KEYWORD -> regexAllowed = !d.valueKeywords.contains(s, start, end);
                case OPERATOR -> {
                    char last = s[end - 1];
                    regexAllowed = !(last == ')' || last == ']' || last == '}'
                            || (end - start == 2 && (last == '+' || last == '-') && s[start] == last));
                }
                default -> {
                }
            }
        }

        private void token(TokenType type, int start, int end) {
            token(type, start, end, line, start - lineStart + 1);
        }

        private void step() {
            char c = s[pos];
            if (skipSpacesAndTabs()) {
                return;
            }
            if (c == '\n' || c == '\r') {
                lineBreak(pos);
                pos++;
                lineHasToken = false;
                includeDirective = false;
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
            if (c == '/' && c1 == '/') {
                pos = lineEnd(pos);
                token(TokenType.COMMENT, start, pos);
                return;
            }
            if (c == '/' && c1 == '*') {
                blockComment(start, startLine, startColumn);
                return;
            }
            if (c == '#' && d.php && c1 != '[') {
                pos = lineEnd(pos);
                token(TokenType.COMMENT, start, pos);
                return;
            }
            if (c == '#' && d.preprocessor && !lineHasToken) {
                directive(start);
                return;
            }
            if (c == '#' && d.swiftRawStrings && (c1 == '"' || c1 == '#') && swiftRawString(start, startLine,
                    startColumn)) {
                return;
            }
            if (c == '<' && includeDirective) {
                int e = pos + 1;
                while (e < n && s[e] != '>' && s[e] != '\n' && s[e] != '\r') {
                    e++;
                }
                pos = e < n && s[e] == '>' ? e + 1 : e;
                token(TokenType.STRING, start, pos);
                includeDirective = false;
                return;
            }
            if (isIdentStart(c) || (c == '$' && d.dollarIdentifiers)) {
                word(start, startLine, startColumn);
                return;
            }
            if (isDigit(c) || (c == '.' && isDigit(c1) && !afterOperand(pos))) {
                pos = numberEnd(pos, d.digitQuoteSeparator, d.dotBeforeLetter);
                token(TokenType.NUMBER, start, pos);
                return;
            }
            switch (c) {
                case '"' -> {
                    pos = doubleQuoted(pos, 0);
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return;
                }
                case '\'' -> {
                    if (singleQuote(start, startLine, startColumn)) {
                        return;
                    }
                }
                case '`' -> {
                    if (backtick(start, startLine, startColumn)) {
                        return;
                    }
                }
                case '@' -> {
                    if (atLiteral(start, startLine, startColumn)) {
                        return;
                    }
                }
                case '$' -> {
                    if (d.csharpStrings && (c1 == '"' || (c1 == '@' && at(pos + 2) == '"'))) {
                        int flags = c1 == '@' ? DOUBLED_QUOTE : ESCAPES | STOP_AT_LINE_END;
                        pos = stringEnd(pos + (c1 == '@' ? 3 : 2), '"', flags, CDialect.Interpolation.BRACE, 0);
                        token(TokenType.STRING, start, pos, startLine, startColumn);
                        return;
                    }
                }
                case '/' -> {
                    if (d.regexLiterals && regexAllowed && pos >= noRegexBefore && regex(start)) {
                        return;
                    }
                }
                case '<' -> {
                    if (d.php && c1 == '<' && at(pos + 2) == '<' && heredoc(start, startLine, startColumn)) {
                        return;
                    }
                }
                case '?' -> {
                    if (d.php && c1 == '>') {
                        pos += 2;
                        token(TokenType.OPERATOR, start, pos);
                        phpText();
                        return;
                    }
                }
                default -> {
                }
            }
            operator(start);
        }

        /** Whether the character before {@code i} ends an operand, so that {@code .0} is a member access. */
        private boolean afterOperand(int i) {
            if (i == 0) {
                return false;
            }
            char p = s[i - 1];
            return isIdentPart(p) || p == ')' || p == ']';
        }

        private void operator(int start) {
            int len;
            if (d.symbolicOperators && isSymbolic(s[start])) {
                int e = start + 1;
                while (e < n && isSymbolic(s[e]) && !(s[e] == '/' && (at(e + 1) == '/' || at(e + 1) == '*'))) {
                    e++;
                }
                len = e - start;
            } else {
                len = d.operators.length(s, start, n);
            }
            pos = start + len;
            token(TokenType.OPERATOR, start, pos);
        }

        private boolean isSymbolic(char c) {
            return switch (c) {
                case '!', '#', '%', '&', '*', '+', '-', '/', ':', '<', '=', '>', '?', '@', '\\', '^', '|', '~' -> true;
                default -> false;
            };
        }

        private void blockComment(int start, int startLine, int startColumn) {
            if (!d.nestedComments) {
                int close = source.indexOf("*/", start + 2);
                pos = close < 0 ? n : close + 2;
                lineBreaks(start + 2, pos);
                token(TokenType.COMMENT, start, pos, startLine, startColumn);
                return;
            }
            int i = start + 2;
            int depth = 1;
            while (i < n) {
                char c = s[i];
                if (c == '*' && i + 1 < n && s[i + 1] == '/') {
                    i += 2;
                    if (--depth == 0) {
                        break;
                    }
                } else if (c == '/' && d.nestedComments && i + 1 < n && s[i + 1] == '*') {
                    depth++;
                    i += 2;
                } else {
                    if (c == '\n' || c == '\r') {
                        lineBreak(i);
                    }
                    i++;
                }
            }
            pos = Math.min(i, n);
            token(TokenType.COMMENT, start, pos, startLine, startColumn);
        }

        private void directive(int start) {
            pos = start + 1;
            token(TokenType.OPERATOR, start, pos);
            while (pos < n && isBlank(s[pos])) {
                pos++;
            }
            if (pos < n && isIdentStart(s[pos])) {
                int e = identEnd(pos, false);
                String name = source.substring(pos, e);
                includeDirective = name.equals("include") || name.equals("import") || name.equals("include_next")
                        || name.equals("embed");
                token(TokenType.KEYWORD, pos, e);
                pos = e;
            }
        }

        private void word(int start, int startLine, int startColumn) {
            int e = identEnd(start, d.dollarIdentifiers);
            char next = at(e);
            if (next == '"' || next == '\'' || next == '#') {
                int literalEnd = prefixedLiteral(start, e);
                if (literalEnd > 0) {
                    pos = literalEnd;
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return;
                }
            }
            pos = e;
            token(d.keywords.contains(s, start, e) ? TokenType.KEYWORD : TokenType.IDENTIFIER, start, e);
        }

        /** The end of a literal whose prefix is {@code s[start, e)} ({@code u8"x"}, {@code r#"x"#}), or -1. */
        private int prefixedLiteral(int start, int e) {
            char next = s[e];
            int len = e - start;
            if (d.cppStrings) {
                boolean raw = s[e - 1] == 'R';
                int base = raw ? len - 1 : len;
                boolean prefix = base == 0 || (base == 1 && (s[start] == 'L' || s[start] == 'u' || s[start] == 'U'))
                        || (base == 2 && s[start] == 'u' && s[start + 1] == '8');
                if (prefix && raw && next == '"') {
                    return cppRawString(e + 1);
                }
                if (prefix && base > 0 && !raw && (next == '"' || next == '\'')) {
                    return stringEnd(e + 1, next, ESCAPES | STOP_AT_LINE_END, NONE, 0);
                }
                return -1;
            }
            if (d.rustStrings) {
                boolean byteOrC = s[start] == 'b' || s[start] == 'c';
                boolean raw = s[e - 1] == 'r' && (len == 1 || (len == 2 && byteOrC));
                if (raw && (next == '"' || next == '#')) {
                    return rustRawString(e);
                }
                if (len == 1 && byteOrC && next == '"') {
                    return stringEnd(e + 1, '"', ESCAPES, NONE, 0);
                }
                if (len == 1 && s[start] == 'b' && next == '\'') {
                    return stringEnd(e + 1, '\'', ESCAPES | STOP_AT_LINE_END, NONE, 0);
                }
                return -1;
            }
            if (d.stringInterpolators && next == '"') {
                return doubleQuoted(e, 0);
            }
            return -1;
        }

        private int cppRawString(int afterQuote) {
            int open = afterQuote;
            while (open < n && open - afterQuote <= 16 && s[open] != '(' && s[open] != '"' && !isBlank(s[open])
                    && s[open] != '\n' && s[open] != '\r' && s[open] != '\\' && s[open] != ')') {
                open++;
            }
            if (open >= n || s[open] != '(') {
                return stringEnd(afterQuote, '"', ESCAPES | STOP_AT_LINE_END, NONE, 0);
            }
            String close = ")" + source.substring(afterQuote, open) + "\"";
            int at = source.indexOf(close, open + 1);
            int end = at < 0 ? n : at + close.length();
            lineBreaks(open, end);
            return end;
        }

        /** Rust {@code r"..."}, {@code r#"..."#}: {@code i} is at the first {@code #} or the quote. */
        private int rustRawString(int i) {
            int hashes = 0;
            while (i < n && s[i] == '#') {
                hashes++;
                i++;
            }
            if (i >= n || s[i] != '"') {
                return -1;
            }
            int from = i + 1;
            for (int k = from; k < n; k++) {
                if (s[k] == '"') {
                    int h = 0;
                    while (h < hashes && k + 1 + h < n && s[k + 1 + h] == '#') {
                        h++;
                    }
                    if (h == hashes) {
                        lineBreaks(from, k);
                        return k + 1 + hashes;
                    }
                }
            }
            lineBreaks(from, n);
            return n;
        }

        private boolean swiftRawString(int start, int startLine, int startColumn) {
            int i = start;
            int hashes = 0;
            while (i < n && s[i] == '#') {
                hashes++;
                i++;
            }
            if (i >= n || s[i] != '"') {
                return false;
            }
            boolean triple = at(i + 1) == '"' && at(i + 2) == '"';
            int from = i + (triple ? 3 : 1);
            int end = n;
            for (int k = from; k < n; k++) {
                if (s[k] == '"' && (!triple || (at(k + 1) == '"' && at(k + 2) == '"'))) {
                    int q = k + (triple ? 3 : 1);
                    int h = 0;
                    while (h < hashes && q + h < n && s[q + h] == '#') {
                        h++;
                    }
                    if (h == hashes) {
                        end = q + hashes;
                        break;
                    }
                }
            }
            lineBreaks(from, Math.min(end, n));
            pos = end;
            token(TokenType.STRING, start, pos, startLine, startColumn);
            return true;
        }

        /** A string starting with the double quote at {@code q}; returns its end. */
        private int doubleQuoted(int q, int depth) {
            if (d.tripleQuotes && at(q + 1) == '"' && at(q + 2) == '"') {
                int flags = TRIPLE | (d.tripleQuoteEscapes ? ESCAPES : 0);
                return stringEnd(q + 3, '"', flags, d.interpolation, depth);
            }
            int flags = ESCAPES | (d.multilineStrings ? 0 : STOP_AT_LINE_END);
            return stringEnd(q + 1, '"', flags, d.interpolation, depth);
        }

        /**
         * The end of a string whose body starts at {@code i}: just past its closing quote(s), or at the line break
         * ({@link #STOP_AT_LINE_END}) or the end of the text when it does not close.
         */
        private int stringEnd(int i, char quote, int flags, CDialect.Interpolation kind, int depth) {
            boolean escapes = (flags & ESCAPES) != 0;
            boolean stop = (flags & STOP_AT_LINE_END) != 0;
            boolean triple = (flags & TRIPLE) != 0;
            boolean doubled = (flags & DOUBLED_QUOTE) != 0;
            boolean embed = kind != CDialect.Interpolation.NONE && depth < MAX_EMBEDDING;
            while (i < n) {
                char c = s[i];
                if (c == quote) {
                    if (triple) {
                        if (at(i + 1) == quote && at(i + 2) == quote) {
                            int e = i + 3;
                            while (e < n && s[e] == quote) {
                                e++;
                            }
                            return e;
                        }
                        i++;
                        continue;
                    }
                    if (doubled && at(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                if (c == '\n' || c == '\r') {
                    if (stop) {
                        return i;
                    }
                    lineBreak(i);
                    i++;
                    continue;
                }
                if (embed) {
                    char c1 = at(i + 1);
                    if (kind == CDialect.Interpolation.BRACE && c == '{') {
                        if (c1 == '{') {
                            i += 2;
                        } else {
                            i = embeddedEnd(i + 1, '{', '}', depth + 1);
                        }
                        continue;
                    }
                    if (kind == CDialect.Interpolation.BACKSLASH_PAREN && c == '\\' && c1 == '(') {
                        i = embeddedEnd(i + 2, '(', ')', depth + 1);
                        continue;
                    }
                    if ((kind == CDialect.Interpolation.DOLLAR_BRACE || kind == CDialect.Interpolation.PHP)
                            && c == '$' && c1 == '{') {
                        i = embeddedEnd(i + 2, '{', '}', depth + 1);
                        continue;
                    }
                    if (kind == CDialect.Interpolation.PHP && c == '{' && c1 == '$') {
                        i = embeddedEnd(i + 1, '{', '}', depth + 1);
                        continue;
                    }
                }
                if (c == '\\' && escapes && i + 1 < n) {
                    char e = s[i + 1];
                    if (e == '\n' || e == '\r') {
                        int after = e == '\r' && at(i + 2) == '\n' ? i + 3 : i + 2;
                        lineBreaks(i + 1, after);
                        i = after;
                        continue;
                    }
                    i += 2;
                    continue;
                }
                i++;
            }
            return n;
        }

        /** The end of an expression embedded in a string, just past the {@code close} that balances its opener. */
        private int embeddedEnd(int i, char open, char close, int depth) {
            int balance = 1;
            while (i < n) {
                char c = s[i];
                if (c == close) {
                    if (--balance == 0) {
                        return i + 1;
                    }
                    i++;
                } else if (c == open) {
                    balance++;
                    i++;
                } else if (c == '"') {
                    i = doubleQuoted(i, depth);
                } else if (c == '\'' && d.singleQuote == CDialect.SingleQuote.QUOTED) {
                    i = stringEnd(i + 1, '\'', ESCAPES | STOP_AT_LINE_END, NONE, depth);
                } else if (c == '`' && d.backtick == CDialect.Backtick.TEMPLATE) {
                    i = stringEnd(i + 1, '`', ESCAPES, CDialect.Interpolation.DOLLAR_BRACE, depth);
                } else {
                    if (c == '\n' || c == '\r') {
                        lineBreak(i);
                    }
                    i++;
                }
            }
            return n;
        }

        private boolean singleQuote(int start, int startLine, int startColumn) {
            switch (d.singleQuote) {
                case QUOTED -> {
                    if (d.tripleSingleQuotes && at(start + 1) == '\'' && at(start + 2) == '\'') {
                        pos = stringEnd(start + 3, '\'', TRIPLE | ESCAPES, NONE, 0);
                    } else {
                        int flags = ESCAPES | (d.multilineStrings ? 0 : STOP_AT_LINE_END);
                        pos = stringEnd(start + 1, '\'', flags, NONE, 0);
                    }
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return true;
                }
                case CHAR_OR_LIFETIME, CHAR_OR_SYMBOL -> {
                    int p = start + 1;
                    char c = at(p);
                    int charEnd = -1;
                    if (c == '\\') {
                        charEnd = stringEnd(p, '\'', ESCAPES | STOP_AT_LINE_END, NONE, 0);
                    } else if (p < n && c != '\n' && c != '\r' && at(p + 1) == '\'') {
                        charEnd = p + 2;
                    } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(at(p + 1))
                            && at(p + 2) == '\'') {
                        charEnd = p + 3;
                    }
                    if (charEnd > 0) {
                        pos = charEnd;
                        token(TokenType.STRING, start, pos);
                        return true;
                    }
                    if (p < n && isIdentStart(c)) {
                        pos = identEnd(p, false);
                        token(d.singleQuote == CDialect.SingleQuote.CHAR_OR_LIFETIME
                                ? TokenType.IDENTIFIER : TokenType.STRING, start, pos);
                        return true;
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean backtick(int start, int startLine, int startColumn) {
            switch (d.backtick) {
                case TEMPLATE -> {
                    pos = stringEnd(start + 1, '`', ESCAPES, CDialect.Interpolation.DOLLAR_BRACE, 0);
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return true;
                }
                case RAW_STRING -> {
                    pos = stringEnd(start + 1, '`', 0, NONE, 0);
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return true;
                }
                case IDENTIFIER -> {
                    pos = stringEnd(start + 1, '`', STOP_AT_LINE_END, NONE, 0);
                    token(TokenType.IDENTIFIER, start, pos);
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /** C# {@code @"verbatim"}, {@code @$"..."}, {@code @name}; Objective-C {@code @"text"}, {@code @interface}. */
        private boolean atLiteral(int start, int startLine, int startColumn) {
            char c1 = at(start + 1);
            if (d.csharpStrings) {
                if (c1 == '"' || (c1 == '$' && at(start + 2) == '"')) {
                    boolean interpolated = c1 == '$';
                    pos = stringEnd(start + (interpolated ? 3 : 2), '"', DOUBLED_QUOTE,
                            interpolated ? CDialect.Interpolation.BRACE : NONE, 0);
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return true;
                }
                if (isIdentStart(c1)) {
                    pos = identEnd(start + 1, false);
                    token(TokenType.IDENTIFIER, start, pos);
                    return true;
                }
                return false;
            }
            if (d.objcAt) {
                if (c1 == '"') {
                    pos = stringEnd(start + 2, '"', ESCAPES | STOP_AT_LINE_END, NONE, 0);
                    token(TokenType.STRING, start, pos, startLine, startColumn);
                    return true;
                }
                if (isIdentStart(c1)) {
                    int e = identEnd(start + 1, false);
                    if (d.keywords.contains(s, start, e)) {
                        pos = e;
                        token(TokenType.KEYWORD, start, pos);
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean regex(int start) {
            int i = start + 1;
            boolean inClass = false;
            while (i < n) {
                char c = s[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    int e = i + 1;
                    while (e < n && s[e] < 0x80 && isIdentPart(s[e])) {
                        e++;
                    }
                    pos = e;
                    token(TokenType.STRING, start, pos);
                    return true;
                }
                i++;
            }
            noRegexBefore = Math.min(i, n);
            return false;
        }

        /** PHP text outside {@code <?php ... ?>}: whitespace-separated words as TEXT, up to the next open tag. */
        private void phpText() {
            while (pos < n) {
                char c = s[pos];
                if (c == '<' && at(pos + 1) == '?') {
                    int start = pos;
                    int e = pos + 2;
                    if (source.regionMatches(true, e, "php", 0, 3)) {
                        e += 3;
                    } else if (at(e) == '=') {
                        e++;
                    }
                    pos = e;
                    token(TokenType.OPERATOR, start, e);
                    return;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(pos);
                    pos++;
                } else if (isBlank(c)) {
                    pos++;
                } else {
                    int start = pos;
                    while (pos < n && !isBlank(s[pos]) && s[pos] != '\n' && s[pos] != '\r'
                            && !(s[pos] == '<' && at(pos + 1) == '?')) {
                        pos++;
                    }
                    token(TokenType.TEXT, start, pos);
                }
            }
        }

        /** PHP {@code <<<ID ... ID}, {@code <<<'ID'}, {@code <<<"ID"}: one STRING up to the closing identifier. */
        private boolean heredoc(int start, int startLine, int startColumn) {
            int i = start + 3;
            while (i < n && (s[i] == ' ' || s[i] == '\t')) {
                i++;
            }
            boolean quoted = i < n && (s[i] == '\'' || s[i] == '"');
            if (quoted) {
                i++;
            }
            if (i >= n || !isIdentStart(s[i])) {
                return false;
            }
            int idEnd = identEnd(i, false);
            String id = source.substring(i, idEnd);
            int lineEnd = lineEnd(quoted ? idEnd + 1 : idEnd);
            int p = lineEnd;
            int end = n;
            while (p < n) {
                if (s[p] == '\n' || s[p] == '\r') {
                    lineBreak(p);
                    p++;
                    int q = p;
                    while (q < n && (s[q] == ' ' || s[q] == '\t')) {
                        q++;
                    }
                    if (source.startsWith(id, q) && !isIdentPart(at(q + id.length()))) {
                        end = q + id.length();
                        break;
                    }
                } else {
                    p++;
                }
            }
            pos = end;
            token(TokenType.STRING, start, pos, startLine, startColumn);
            return true;
        }
    }
}
