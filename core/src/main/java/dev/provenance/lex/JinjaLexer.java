package dev.provenance.lex;

import java.util.Objects;

/**
 * The lexer for Jinja templates: {@code .jinja}, {@code .j2} files and the {@code chat_template} of a
 * {@code tokenizer_config.json} (see {@link JsonConfigLexer}). Linear, never throws: an unterminated tag, comment
 * or string ends at the end of the template. Its tokens seed verbatim ({@link Tokens#seedsVerbatim()}): a copied
 * template is copied, not renamed, and its variable names and string constants ({@code '<|im_start|>'}) are the
 * evidence.
 *
 * <ul>
 *   <li>Template text between tags is TEXT, one token per whitespace-separated word, so that whitespace changes
 *       (and whitespace control) do not change the seeds.</li>
 *   <li>Tag delimiters are OPERATORs whose seed text drops whitespace control: {@code {%-} seeds as
 *       {@code {%}, {@code -}}} as {@code }}}.</li>
 *   <li>Inside tags: Jinja's keywords ({@code for}, {@code if}, {@code endif}, {@code set}, {@code in},
 *       {@code not}, {@code and}, {@code or}, {@code is}, {@code true}, {@code none}, …) are KEYWORDs; other names
 *       IDENTIFIERs, literals NUMBERs and STRINGs (a double-quoted string without quotes or escapes inside seeds as
 *       its single-quoted form), the rest OPERATORs.</li>
 *   <li>{@code {# ... #}} is a COMMENT; the body of {@code {% raw %}...{% endraw %}} is TEXT.</li>
 * </ul>
 */
public final class JinjaLexer implements Lexer {
    static final WordSet KEYWORDS = WordSet.of("""
            for in if elif else endif endfor set endset macro endmacro call endcall filter endfilter block endblock
            extends include import from with endwith without context raw endraw is not and or true false none True
            False None recursive scoped ignore missing do continue break autoescape endautoescape trans endtrans
            pluralize as required
            """);
    private static final Operators OPERATORS = Operators.of("** // == != <= >=");

    /** Receives tokens in template offsets. */
    interface Sink {
        void token(TokenType type, int start, int end, String canonical);
    }

    /** The tokens of a template file. */
    @Override
    public Tokens lex(String template) {
        return lex(template, 1, 1);
    }

    /**
     * The tokens of a template that stands literally (without escapes) at {@code line}:{@code column} of a file,
     * such as a YAML block scalar: offsets index {@code template}, lines and columns are the file's.
     */
    public Tokens lex(String template, int line, int column) {
        Objects.requireNonNull(template, "template");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns are 1-based: " + line + ":" + column);
        }
        Tokens.Builder out = Tokens.builder(template).seedVerbatim();
        LineIndex index = new LineIndex(template);
        scan(template, (type, start, end, canonical) -> {
            int l = index.line(start);
            int c = index.column(start, l);
            out.add(type, start, end, line + l - 1, l == 1 ? column + c - 1 : c, canonical);
        });
        return out.build();
    }

    @Override
    public String toString() {
        return "lexer for Jinja";
    }

    /** Lexes {@code t}, reporting each token to {@code sink} in order. */
    static void scan(String t, Sink sink) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            int open = t.indexOf('{', i);
            while (open >= 0 && open + 1 < n && "{%#".indexOf(t.charAt(open + 1)) < 0) {
                open = t.indexOf('{', open + 1);
            }
            if (open < 0 || open + 1 >= n) {
                words(t, i, n, sink);
                return;
            }
            words(t, i, open, sink);
            char kind = t.charAt(open + 1);
            int after = open + 2;
            boolean control = after < n && (t.charAt(after) == '-' || t.charAt(after) == '+');
            if (control) {
                after++;
            }
            if (kind == '#') {
                int close = t.indexOf("#}", after);
                int end = close < 0 ? n : close + 2;
                sink.token(TokenType.COMMENT, open, end, null);
                i = end;
                continue;
            }
            sink.token(TokenType.OPERATOR, open, after, control ? t.substring(open, open + 2) : null);
            int[] raw = new int[1];
            i = tag(t, after, kind == '{' ? '}' : '%', sink, raw);
            if (raw[0] == 1) {
                i = rawBody(t, i, sink);
            }
        }
    }

    /** Lexes the inside of a tag from {@code i}; returns the offset past its closing delimiter. */
    private static int tag(String t, int i, char closer, Sink sink, int[] raw) {
        int n = t.length();
        int balance = 0;
        boolean first = true;
        while (i < n) {
            char c = t.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int close = closing(t, i, closer, balance);
            if (close > 0) {
                boolean control = t.charAt(i) == '-' || t.charAt(i) == '+';
                sink.token(TokenType.OPERATOR, i, close, control ? t.substring(i + 1, close) : null);
                return close;
            }
            int start = i;
            if (c == '\'' || c == '"') {
                i = stringEnd(t, i);
                sink.token(TokenType.STRING, start, i, stringCanonical(t, start, i));
            } else if (LexRun.isIdentStart(c)) {
                i++;
                while (i < n && LexRun.isIdentPart(t.charAt(i))) {
                    i++;
                }
                boolean keyword = isKeyword(t, start, i);
                if (first && closer == '%' && i - start == 3 && t.startsWith("raw", start)) {
                    raw[0] = 1;
                }
                sink.token(keyword ? TokenType.KEYWORD : TokenType.IDENTIFIER, start, i, null);
            } else if (LexRun.isDigit(c)) {
                while (i < n && (LexRun.isDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '.'
                        && i + 1 < n && LexRun.isDigit(t.charAt(i + 1)))) {
                    i++;
                }
                if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
                    int e = i + 1;
                    if (e < n && (t.charAt(e) == '+' || t.charAt(e) == '-')) {
                        e++;
                    }
                    if (e < n && LexRun.isDigit(t.charAt(e))) {
                        i = e;
                        while (i < n && LexRun.isDigit(t.charAt(i))) {
                            i++;
                        }
                    }
                }
                sink.token(TokenType.NUMBER, start, i, null);
            } else {
                int len = operatorLength(t, i);
                i += len;
                if (c == '{' || c == '[' || c == '(') {
                    balance++;
                } else if ((c == '}' || c == ']' || c == ')') && balance > 0) {
                    balance--;
                }
                sink.token(TokenType.OPERATOR, start, i, null);
            }
            first = false;
        }
        return n;
    }

    /** The end of the closing delimiter ({@code }}}, {@code -%}}) starting at {@code i}, or -1. */
    private static int closing(String t, int i, char closer, int balance) {
        int p = i;
        char c = t.charAt(p);
        if (c == '-' || c == '+') {
            p++;
        }
        if (p + 1 < t.length() && t.charAt(p) == closer && t.charAt(p + 1) == '}') {
            if (closer == '}' && balance > 0 && p == i) {
                return -1;
            }
            return p + 2;
        }
        return -1;
    }

    private static int operatorLength(String t, int i) {
        char c = t.charAt(i);
        if (c < 128 && i + 1 < t.length()) {
            char[] two = {c, t.charAt(i + 1)};
            return OPERATORS.length(two, 0, 2);
        }
        return 1;
    }

    private static boolean isKeyword(String t, int start, int end) {
        if (end - start > 16) {
            return false;
        }
        char[] word = new char[end - start];
        t.getChars(start, end, word, 0);
        return KEYWORDS.contains(word, 0, word.length);
    }

    private static int stringEnd(String t, int i) {
        char quote = t.charAt(i);
        int n = t.length();
        i++;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    /** {@code "text"} seeds as {@code 'text'} when it holds no quote or backslash; otherwise as written. */
    private static String stringCanonical(String t, int start, int end) {
        if (t.charAt(start) != '"' || end - start < 2 || t.charAt(end - 1) != '"') {
            return null;
        }
        for (int k = start + 1; k < end - 1; k++) {
            char c = t.charAt(k);
            if (c == '\'' || c == '\\' || c == '"') {
                return null;
            }
        }
        return "'" + t.substring(start + 1, end - 1) + "'";
    }

    /** The whitespace-separated words of {@code t[from, to)} as TEXT. */
    private static void words(String t, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            while (i < to && isSpace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                sink.token(TokenType.TEXT, start, i, null);
            }
        }
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** After {@code {% raw %}}: its body as TEXT up to the {@code {% endraw %}} tag, which lexes as a tag. */
    private static int rawBody(String t, int i, Sink sink) {
        int n = t.length();
        int p = i;
        while (true) {
            int open = t.indexOf("{%", p);
            if (open < 0) {
                words(t, i, n, sink);
                return n;
            }
            int q = open + 2;
            while (q < n && (t.charAt(q) == '-' || t.charAt(q) == '+' || isSpace(t.charAt(q)))) {
                q++;
            }
            if (t.startsWith("endraw", q)) {
                words(t, i, open, sink);
                return open;
            }
            p = open + 2;
        }
    }
}
