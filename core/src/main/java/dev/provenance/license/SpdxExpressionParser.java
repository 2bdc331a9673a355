package dev.provenance.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small, linear parser of SPDX license expressions (SPDX 2.3 annex D) that renders the canonical form: listed ids
 * in their canonical case, deprecated ids replaced, operators upper case, single spaces, only the parentheses the
 * precedence needs ({@code WITH} over {@code AND} over {@code OR}); operand order is kept.
 */
final class SpdxExpressionParser {
    private static final int MAX_TOKENS = 256;
    private static final int MAX_DEPTH = 32;

    /** Resolves a license id ({@code +} included when written) to its canonical expression, or empty. */
    private final Function<String, Optional<String>> licenses;
    /** Resolves an exception id to its canonical id, or empty. */
    private final Function<String, Optional<String>> exceptions;

    SpdxExpressionParser(Function<String, Optional<String>> licenses,
                         Function<String, Optional<String>> exceptions) {
        this.licenses = licenses;
        this.exceptions = exceptions;
    }

    /** The canonical form of {@code text}, or empty when it is not a valid expression over known ids. */
    Optional<String> canonical(String text) {
        List<String> tokens = tokens(text);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        Cursor cursor = new Cursor(tokens);
        Node node = or(cursor, 0);
        if (node == null || cursor.position != tokens.size()) {
            return Optional.empty();
        }
        return Optional.of(node.render(Precedence.OR));
    }

    private Node or(Cursor cursor, int depth) {
        List<Node> parts = new ArrayList<>();
        Node first = and(cursor, depth);
        if (first == null) {
            return null;
        }
        parts.add(first);
        while (cursor.accept("OR")) {
            Node next = and(cursor, depth);
            if (next == null) {
                return null;
            }
            parts.add(next);
        }
        return parts.size() == 1 ? first : new Compound(Precedence.OR, parts);
    }

    private Node and(Cursor cursor, int depth) {
        List<Node> parts = new ArrayList<>();
        Node first = with(cursor, depth);
        if (first == null) {
            return null;
        }
        parts.add(first);
        while (cursor.accept("AND")) {
            Node next = with(cursor, depth);
            if (next == null) {
                return null;
            }
            parts.add(next);
        }
        return parts.size() == 1 ? first : new Compound(Precedence.AND, parts);
    }

    private Node with(Cursor cursor, int depth) {
        Node primary = primary(cursor, depth);
        if (primary == null || !cursor.accept("WITH")) {
            return primary;
        }
        if (!(primary instanceof Term term) || term.text.contains(" WITH ")) {
            return null;
        }
        String exception = cursor.next();
        if (exception == null) {
            return null;
        }
        Optional<String> canonical = exception.startsWith("AdditionRef-") || exception.contains(":AdditionRef-")
                ? Optional.of(exception) : exceptions.apply(exception);
        return canonical.<Node>map(e -> new Term(term.text + " WITH " + e)).orElse(null);
    }

    private Node primary(Cursor cursor, int depth) {
        String token = cursor.next();
        if (token == null || isOperator(token) || token.equals(")")) {
            return null;
        }
        if (token.equals("(")) {
            if (depth >= MAX_DEPTH) {
                return null;
            }
            Node inner = or(cursor, depth + 1);
            return inner != null && cursor.accept(")") ? inner : null;
        }
        if (token.startsWith("LicenseRef-") || token.startsWith("DocumentRef-")) {
            return isRef(token) ? new Term(token) : null;
        }
        return licenses.apply(token).<Node>map(Term::new).orElse(null);
    }

    private static boolean isRef(String token) {
        int colon = token.indexOf(':');
        if (token.startsWith("DocumentRef-")) {
            return colon > "DocumentRef-".length() && token.startsWith("LicenseRef-", colon + 1)
                    && token.length() > colon + 1 + "LicenseRef-".length();
        }
        return colon < 0 && token.length() > "LicenseRef-".length() && !token.endsWith("+");
    }

    private static boolean isOperator(String token) {
        return token.equals("AND") || token.equals("OR") || token.equals("WITH");
    }

    /** Tokens: parentheses, operators (upper-cased), and ids ({@code +} kept on the id); null when malformed. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (isIdChar(c)) {
                int start = i;
                while (i < n && (isIdChar(text.charAt(i)) || text.charAt(i) == ':')) {
                    i++;
                }
                if (i < n && text.charAt(i) == '+') {
                    i++;
                }
                String word = text.substring(start, i);
                String upper = word.toUpperCase(Locale.ROOT);
                tokens.add(isOperator(upper) && (word.equals(upper) || word.equals(word.toLowerCase(Locale.ROOT)))
                        ? upper : word);
            } else {
                return null;
            }
            if (tokens.size() > MAX_TOKENS) {
                return null;
            }
        }
        return tokens;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private enum Precedence { OR, AND, WITH }

    private sealed interface Node permits Term, Compound {
        String render(Precedence context);
    }

    private record Term(String text) implements Node {
        @Override
        public String render(Precedence context) {
            return text;
        }
    }

    private record Compound(Precedence operator, List<Node> parts) implements Node {
        @Override
        public String render(Precedence context) {
            StringBuilder out = new StringBuilder();
            for (Node part : parts) {
                if (out.length() > 0) {
                    out.append(' ').append(operator.name()).append(' ');
                }
                out.append(part.render(operator));
            }
            return context.compareTo(operator) > 0 ? "(" + out + ")" : out.toString();
        }
    }

    private static final class Cursor {
        private final List<String> tokens;
        private int position;

        Cursor(List<String> tokens) {
            this.tokens = tokens;
        }

        String next() {
            return position < tokens.size() ? tokens.get(position++) : null;
        }

        boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }
    }
}
