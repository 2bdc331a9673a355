package dev.provenance.lex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The lexer for JSON configuration ({@code config.json}, {@code tokenizer_config.json}, {@code .jsonc}): it emits
 * the document's <em>canonical form</em>, so that a copy re-indented, re-ordered or re-serialised by another tool
 * seeds the same. Tokens seed verbatim ({@link Tokens#seedsVerbatim()}): a configuration is copied, not renamed,
 * and {@code "hidden_size": 4096} copied is the evidence.
 *
 * <p>The canonical form, token by token, each token carrying the line and column where it stands in the file:
 * <ul>
 *   <li>an object is {@code {}, its members sorted by key (duplicates kept, in file order), then {@code }}; a
 *       member is its key, a KEYWORD seeding as the decoded key text, then its value;</li>
 *   <li>an array is {@code [}, its items in order, {@code ]} (OPERATORs);</li>
 *   <li>a scalar is one TEXT token seeding as its canonical text ({@link ConfigCanon}: numbers by value, strings
 *       JSON-quoted with minimal escapes);</li>
 *   <li>a {@code chat_template} string (or the {@code template} of each entry of a {@code chat_template} list) is
 *       replaced by its Jinja tokens ({@link JinjaLexer}), each mapped to the characters of the JSON string it came
 *       from, escapes included, so that a copied chat template matches on its template text.</li>
 * </ul>
 * Colons and commas make no tokens. The parser is lenient where real files are: comments, trailing commas,
 * single-quoted strings and unquoted keys (JSON5), {@code NaN}/{@code Infinity}, several top-level values (JSON
 * Lines). A text that still does not parse, or nests deeper than {@value #MAX_DEPTH}, falls back to
 * {@link FlatConfigLexer}'s tokens in file order.
 */
final class JsonConfigLexer implements Lexer {
    static final int MAX_DEPTH = 256;

    private final FlatConfigLexer fallback = new FlatConfigLexer("//");

    @Override
    public Tokens lex(String source) {
        Objects.requireNonNull(source, "source");
        List<Node> roots;
        try {
            roots = new Parser(source).document();
        } catch (Malformed e) {
            return fallback.lex(source);
        }
        Tokens.Builder out = Tokens.builder(source).seedVerbatim();
        Emitter emitter = new Emitter(source, out);
        for (Node root : roots) {
            emitter.value(root, false);
        }
        return out.build();
    }

    @Override
    public String toString() {
        return "lexer for JSON configuration";
    }

    private static final byte OBJECT = 0;
    private static final byte ARRAY = 1;
    private static final byte STRING = 2;
    private static final byte NUMBER = 3;
    private static final byte LITERAL = 4;

    /** A parsed value: its kind, its span, its decoded text (strings) and its children. */
    private static final class Node {
        final byte kind;
        final int start;
        int end;
        String text;
        List<Member> members;
        List<Node> items;

        Node(byte kind, int start) {
            this.kind = kind;
            this.start = start;
        }
    }

    private record Member(String key, int keyStart, int keyEnd, Node value, int order) {
    }

    /** Thrown inside the parser only; the lexer answers with the fallback tokens. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String s;
        private final int n;
        private int pos;

        Parser(String s) {
            this.s = s;
            this.n = s.length();
        }

        private void skip() {
            pos = skipBlank(s, pos);
        }

        List<Node> document() throws Malformed {
            List<Node> roots = new ArrayList<>();
            skip();
            if (pos < n && s.charAt(pos) == '\ufeff') {
                pos++;
                skip();
            }
            while (pos < n) {
                roots.add(value(0));
                skip();
                if (pos < n && s.charAt(pos) == ',') {
                    pos++;
                    skip();
                }
            }
            return roots;
        }

        private Node value(int depth) throws Malformed {
            if (depth > MAX_DEPTH || pos >= n) {
                throw new Malformed();
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    return object(depth);
                }
                case '[' -> {
                    return array(depth);
                }
                case '"', '\'' -> {
                    Node node = new Node(STRING, pos);
                    node.text = string();
                    node.end = pos;
                    return node;
                }
                default -> {
                    return scalar();
                }
            }
        }

        private Node object(int depth) throws Malformed {
            Node node = new Node(OBJECT, pos);
            node.members = new ArrayList<>();
            pos++;
            skip();
            while (true) {
                if (pos >= n) {
                    throw new Malformed();
                }
                char c = s.charAt(pos);
                if (c == '}') {
                    node.end = ++pos;
                    return node;
                }
                int keyStart = pos;
                String key;
                if (c == '"' || c == '\'') {
                    key = string();
                } else if (LexRun.isIdentStart(c) || c == '$') {
                    while (pos < n && (LexRun.isIdentPart(s.charAt(pos)) || s.charAt(pos) == '$')) {
                        pos++;
                    }
                    key = s.substring(keyStart, pos);
                } else {
                    throw new Malformed();
                }
                int keyEnd = pos;
                skip();
                if (pos >= n || s.charAt(pos) != ':') {
                    throw new Malformed();
                }
                pos++;
                skip();
                Node value = value(depth + 1);
                node.members.add(new Member(key, keyStart, keyEnd, value, node.members.size()));
                skip();
                if (pos < n && s.charAt(pos) == ',') {
                    pos++;
                    skip();
                } else if (pos >= n || s.charAt(pos) != '}') {
                    throw new Malformed();
                }
            }
        }

        private Node array(int depth) throws Malformed {
            Node node = new Node(ARRAY, pos);
            node.items = new ArrayList<>();
            pos++;
            skip();
            while (true) {
                if (pos >= n) {
                    throw new Malformed();
                }
                if (s.charAt(pos) == ']') {
                    node.end = ++pos;
                    return node;
                }
                node.items.add(value(depth + 1));
                skip();
                if (pos < n && s.charAt(pos) == ',') {
                    pos++;
                    skip();
                } else if (pos >= n || s.charAt(pos) != ']') {
                    throw new Malformed();
                }
            }
        }

        /** A number or a literal word ({@code true}, {@code NaN}, {@code -Infinity}). */
        private Node scalar() throws Malformed {
            int start = pos;
            while (pos < n) {
                char c = s.charAt(pos);
                if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'
                        || c == '-' || c == '+' || c == '_') {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos == start) {
                throw new Malformed();
            }
            String word = s.substring(start, pos);
            Node node;
            switch (word) {
                case "true", "false", "null", "NaN", "Infinity", "-Infinity", "+Infinity" -> {
                    node = new Node(LITERAL, start);
                    node.text = word.equals("+Infinity") ? "Infinity" : word;
                }
                default -> {
                    if (!isNumber(word)) {
                        throw new Malformed();
                    }
                    node = new Node(NUMBER, start);
                    node.text = number(word);
                }
            }
            node.end = pos;
            return node;
        }

        /** A JSON or JSON5 number: sign, digits with an optional fraction and exponent, or hexadecimal digits. */
        static boolean isNumber(String w) {
            int i = 0;
            int n = w.length();
            if (i < n && (w.charAt(i) == '-' || w.charAt(i) == '+')) {
                i++;
            }
            if (i + 2 < n && w.charAt(i) == '0' && (w.charAt(i + 1) == 'x' || w.charAt(i + 1) == 'X')) {
                for (i += 2; i < n; i++) {
                    if (!LexRun.isHexDigit(w.charAt(i))) {
                        return false;
                    }
                }
                return true;
            }
            int digits = 0;
            while (i < n && LexRun.isDigit(w.charAt(i))) {
                i++;
                digits++;
            }
            if (i < n && w.charAt(i) == '.') {
                i++;
                while (i < n && LexRun.isDigit(w.charAt(i))) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (i < n && (w.charAt(i) == 'e' || w.charAt(i) == 'E')) {
                i++;
                if (i < n && (w.charAt(i) == '-' || w.charAt(i) == '+')) {
                    i++;
                }
                int exponent = 0;
                while (i < n && LexRun.isDigit(w.charAt(i))) {
                    i++;
                    exponent++;
                }
                if (exponent == 0) {
                    return false;
                }
            }
            return i == n;
        }

        private static String number(String word) {
            String body = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
            if (body.length() > 2 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
                try {
                    java.math.BigInteger v = new java.math.BigInteger(body.substring(2), 16);
                    return ConfigCanon.integer(word.startsWith("-") ? v.negate() : v);
                } catch (NumberFormatException e) {
                    return word;
                }
            }
            return ConfigCanon.number(word);
        }

        /** Reads the string at {@code pos} and returns its decoded value; an unterminated one is malformed. */
        private String string() throws Malformed {
            char quote = s.charAt(pos);
            int i = pos + 1;
            int runStart = i;
            StringBuilder b = null;
            while (i < n) {
                char c = s.charAt(i);
                if (c == quote) {
                    pos = i + 1;
                    return b == null ? s.substring(runStart, i) : b.append(s, runStart, i).toString();
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder();
                    }
                    b.append(s, runStart, i);
                    int[] consumed = new int[1];
                    b.append(unescape(s, i, consumed));
                    i += consumed[0];
                    runStart = i;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    throw new Malformed();
                }
                i++;
            }
            throw new Malformed();
        }
    }

    /** Whether {@code w} is a decimal number literal (not hexadecimal), as {@link java.math.BigDecimal} reads. */
    static boolean isDecimal(String w) {
        return !w.isEmpty() && w.indexOf('x') < 0 && w.indexOf('X') < 0 && Parser.isNumber(w);
    }

    /** The character(s) the escape at {@code i} stands for; {@code consumed[0]} is set to its length. */
    static String unescape(String s, int i, int[] consumed) {
        int n = s.length();
        if (i + 1 >= n) {
            consumed[0] = 1;
            return "\\";
        }
        char e = s.charAt(i + 1);
        consumed[0] = 2;
        switch (e) {
            case 'n' -> {
                return "\n";
            }
            case 't' -> {
                return "\t";
            }
            case 'r' -> {
                return "\r";
            }
            case 'b' -> {
                return "\b";
            }
            case 'f' -> {
                return "\f";
            }
            case 'u' -> {
                if (i + 6 <= n) {
                    int v = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int d = Character.digit(s.charAt(k), 16);
                        if (d < 0) {
                            return "u";
                        }
                        v = v * 16 + d;
                    }
                    consumed[0] = 6;
                    return String.valueOf((char) v);
                }
                return "u";
            }
            default -> {
                return String.valueOf(e);
            }
        }
    }

    /** Skips blanks and comments. */
    private static int skipBlank(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\ufeff' || c == '\u00a0') {
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static final class Emitter {
        private final String source;
        private final Tokens.Builder out;
        private final LineIndex index;

        Emitter(String source, Tokens.Builder out) {
            this.source = source;
            this.out = out;
            this.index = new LineIndex(source);
        }

        /** Emits {@code node}; {@code chatTemplates}: its strings (or its entries' templates) are templates. */
        void value(Node node, boolean chatTemplates) {
            switch (node.kind) {
                case OBJECT -> {
                    index.add(out, TokenType.OPERATOR, node.start, node.start + 1, null);
                    Member[] members = node.members.toArray(new Member[0]);
                    Arrays.sort(members, (a, b) -> {
                        int c = a.key().compareTo(b.key());
                        return c != 0 ? c : Integer.compare(a.order(), b.order());
                    });
                    for (Member m : members) {
                        index.add(out, TokenType.KEYWORD, m.keyStart(), m.keyEnd(), m.key());
                        boolean template = m.key().equals("chat_template")
                                || (chatTemplates && m.key().equals("template"));
                        if (template && m.value().kind == STRING) {
                            template(m.value());
                        } else {
                            value(m.value(), m.key().equals("chat_template"));
                        }
                    }
                    index.add(out, TokenType.OPERATOR, node.end - 1, node.end, null);
                }
                case ARRAY -> {
                    index.add(out, TokenType.OPERATOR, node.start, node.start + 1, null);
                    for (Node item : node.items) {
                        value(item, chatTemplates);
                    }
                    index.add(out, TokenType.OPERATOR, node.end - 1, node.end, null);
                }
                case STRING -> index.add(out, TokenType.TEXT, node.start, node.end, ConfigCanon.quoted(node.text));
                default -> {
                    String text = node.text;
                    boolean same = text.length() == node.end - node.start
                            && source.startsWith(text, node.start);
                    index.add(out, TokenType.TEXT, node.start, node.end, same ? null : text);
                }
            }
        }

        /** The Jinja tokens of the template in the JSON string {@code node}, mapped to its raw characters. */
        private void template(Node node) {
            String template = node.text;
            int[] raw = rawOffsets(node.start + 1, template.length());
            JinjaLexer.scan(template, (type, start, end, canonical) -> {
                int rawStart = raw[start];
                int rawEnd = raw[end];
                String seed = canonical;
                if (seed == null && rawEnd - rawStart != end - start) {
                    seed = template.substring(start, end);
                }
                index.add(out, type, rawStart, rawEnd, seed);
            });
        }

        /** For each character of a decoded string whose body starts at {@code from}, where it starts in the file. */
        private int[] rawOffsets(int from, int length) {
            int[] raw = new int[length + 1];
            int i = from;
            int[] consumed = new int[1];
            for (int k = 0; k < length; k++) {
                raw[k] = i;
                if (source.charAt(i) == '\\') {
                    unescape(source, i, consumed);
                    i += consumed[0];
                } else {
                    i++;
                }
            }
            raw[length] = i;
            return raw;
        }
    }
}
