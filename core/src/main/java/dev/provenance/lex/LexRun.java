package dev.provenance.lex;

/**
 * The state of one lexing pass over a text: the characters, the position, the current line and where it starts,
 * and the tokens so far. One instance per call to {@link Lexer#lex(String)}, so lexers stay thread-safe.
 *
 * <p>Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r}; columns count UTF-16 units from 1.
 */
abstract class LexRun {
    final String source;
    final char[] s;
    final int n;
    final Tokens.Builder out;
    int pos;
    int line = 1;
    int lineStart;

    LexRun(String source) {
        this.source = source;
        this.s = source.toCharArray();
        this.n = s.length;
        this.out = Tokens.builder(source);
    }

    /** Records the line break at {@code i} (a {@code \n} or {@code \r}); a {@code \r\n} counts once, at its end. */
    final void lineBreak(int i) {
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') {
            return;
        }
        line++;
        lineStart = i + 1;
    }

    /** Records the line break at {@code eol} ({@code \r\n} included) and returns where the next line starts. */
    final int afterBreak(int eol) {
        if (s[eol] == '\r' && eol + 1 < n && s[eol + 1] == '\n') {
            lineBreak(eol + 1);
            return eol + 2;
        }
        lineBreak(eol);
        return eol + 1;
    }

    /** Records every line break in {@code [from, to)}. */
    final void lineBreaks(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '\n' || c == '\r') {
                lineBreak(i);
            }
        }
    }

    /** Appends a token that starts on the current line. */
    final void emit(TokenType type, int start, int end) {
        out.add(type, start, end, line, start - lineStart + 1);
    }

    /** Appends a token that started at {@code startLine}:{@code startColumn} (it spans line breaks). */
    final void emit(TokenType type, int start, int end, int startLine, int startColumn) {
        out.add(type, start, end, startLine, startColumn);
    }

    /**
     * Builds the tokens, first keeping out of the seed channel every trailing comma (a {@code ,} before a closing
     * bracket, comments between allowed) and, where {@code optionalSemicolons}, every {@code ;}.
     */
    final Tokens finish(boolean optionalSemicolons) {
        out.unseedFormatting(s, optionalSemicolons);
        return out.build();
    }

    /** At a space or tab: skips the whole run of them; false (nothing moved) elsewhere. */
    final boolean skipSpacesAndTabs() {
        if (pos >= n || (s[pos] != ' ' && s[pos] != '\t')) {
            return false;
        }
        do {
            pos++;
        } while (pos < n && (s[pos] == ' ' || s[pos] == '\t'));
        return true;
    }

    /** At a backslash that ends a line: consumes it and the line break; false (nothing moved) elsewhere. */
    final boolean skipLineContinuation() {
        char c1 = at(pos + 1);
        if (pos >= n || s[pos] != '\\' || (c1 != '\n' && c1 != '\r')) {
            return false;
        }
        int after = c1 == '\r' && at(pos + 2) == '\n' ? pos + 3 : pos + 2;
        lineBreaks(pos + 1, after);
        pos = after;
        return true;
    }

    final char at(int i) {
        return i < n ? s[i] : '\0';
    }

    /** End of the current line: the offset of the next {@code \n} or {@code \r}, or the end of the text. */
    final int lineEnd(int from) {
        int i = from;
        while (i < n && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Blanks skipped by every lexer: space, tab, form feed, vertical tab, NUL, other C0 controls, Unicode spaces. */
    static boolean isBlank(char c) {
        if (c < 0x80) {
            return c <= ' ' && c != '\n' && c != '\r' || c == 0x7f;
        }
        return Character.isSpaceChar(c) || c == '\u0085' || c == '\ufeff';
    }

    static boolean isIdentStart(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return !isBlank(c);
    }

    static boolean isIdentPart(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return !isBlank(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** End of the identifier starting at {@code from}; {@code dollar} allows {@code $} inside it. */
    final int identEnd(int from, boolean dollar) {
        int i = from + 1;
        while (i < n) {
            char c = s[i];
            if (isIdentPart(c) || (dollar && c == '$')) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * End of the number starting at {@code from} (a digit, or a dot followed by a digit): hexadecimal, binary and
     * octal prefixes, {@code _} separators ({@code '} too where {@code quoteSeparator}), fractions, exponents
     * (hexadecimal {@code p} exponents too), and any suffix of identifier characters ({@code L}, {@code f},
     * {@code u8}, {@code i64}, {@code n}, {@code j}).
     *
     * @param dotBeforeLetter whether {@code 1.f} is a number ({@code C}, Java) rather than a method call on
     *                        {@code 1} (Rust, Kotlin, JavaScript)
     */
    final int numberEnd(int from, boolean quoteSeparator, boolean dotBeforeLetter) {
        int i = from;
        char c0 = s[i];
        char c1 = at(i + 1);
        if (c0 == '0' && (c1 == 'x' || c1 == 'X')) {
            i = digitsEnd(i + 2, true, quoteSeparator);
            if (at(i) == '.' && at(i + 1) != '.') {
                i = digitsEnd(i + 1, true, quoteSeparator);
            }
            if (at(i) == 'p' || at(i) == 'P') {
                i = exponentEnd(i);
            }
            return suffixEnd(i);
        }
        if (c0 == '0' && (c1 == 'b' || c1 == 'B' || c1 == 'o' || c1 == 'O')) {
            return suffixEnd(digitsEnd(i + 2, false, quoteSeparator));
        }
        i = digitsEnd(i, false, quoteSeparator);
        if (at(i) == '.') {
            char next = at(i + 1);
            if (isDigit(next)) {
                i = digitsEnd(i + 1, false, quoteSeparator);
            } else if (next != '.' && (dotBeforeLetter || !isIdentStart(next))) {
                i++;
            }
        }
        if ((at(i) == 'e' || at(i) == 'E')
                && (isDigit(at(i + 1)) || ((at(i + 1) == '+' || at(i + 1) == '-') && isDigit(at(i + 2))))) {
            i = exponentEnd(i);
        }
        return suffixEnd(i);
    }

    private int digitsEnd(int from, boolean hex, boolean quoteSeparator) {
        int i = from;
        while (i < n) {
            char c = s[i];
            if (hex ? isHexDigit(c) : isDigit(c)) {
                i++;
            } else if (c == '_' && i + 1 < n && (hex ? isHexDigit(s[i + 1]) : isDigit(s[i + 1]) || s[i + 1] == '_')) {
                i++;
            } else if (c == '\'' && quoteSeparator && i > from && i + 1 < n && isHexDigit(s[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private int exponentEnd(int from) {
        int i = from + 1;
        if (at(i) == '+' || at(i) == '-') {
            i++;
        }
        while (i < n && (isDigit(s[i]) || s[i] == '_')) {
            i++;
        }
        return i;
    }

    private int suffixEnd(int from) {
        int i = from;
        while (i < n && s[i] < 0x80 && isIdentPart(s[i])) {
            i++;
        }
        return i;
    }
}
