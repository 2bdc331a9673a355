package dev.provenance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One spelling for each SPDX license expression: operands of {@code AND} and {@code OR} flattened and sorted,
 * operators upper-cased, parentheses only where precedence needs them ({@code AND} binds tighter than {@code OR}).
 * spdx-java-library keeps the members of a license set in no fixed order, so its text for
 * {@code MIT AND LicenseRef-x} may differ from run to run; the report spells every expression this way instead.
 * {@code WITH} keeps its license and exception in place.
 */
final class LicenseExpressionOrder {
    /** Longest expression read; longer text is kept as it is. */
    static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses read; deeper text is kept as it is (it is no real expression). */
    private static final int MAX_DEPTH = 100;

    private LicenseExpressionOrder() {
    }

    /** {@code expression} in its one spelling, or unchanged when it is not a well-formed expression. */
    static String canonical(String expression) {
        if (expression == null || expression.length() > MAX_LENGTH) {
            return expression;
        }
        List<String> tokens = tokens(expression);
        Parser parser = new Parser(tokens);
        Node node = parser.parse();
        return node == null ? expression : node.text(null);
    }

    /** Whether {@code tokens} (operators already upper-case) form an expression. */
    static boolean wellFormed(List<String> tokens) {
        return new Parser(tokens).parse() != null;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                if (word.length() > 0) {
                    tokens.add(operator(word.toString()));
                    word.setLength(0);
                }
                if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            tokens.add(operator(word.toString()));
        }
        return tokens;
    }

    private static String operator(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH") ? upper : word;
    }

    private sealed interface Node permits Leaf, Group {
        /** The text of this node inside a group joined by {@code parent} ({@code null} at the top). */
        String text(String parent);
    }

    private record Leaf(String text) implements Node {
        @Override
        public String text(String parent) {
            return text;
        }
    }

    private record Group(String operator, List<Node> members) implements Node {
        @Override
        public String text(String parent) {
            List<String> parts = new ArrayList<>(members.size());
            for (Node member : members) {
                parts.add(member.text(operator));
            }
            parts.sort(null);
            String joined = String.join(" " + operator + " ", parts);
            return parent == null ? joined : "(" + joined + ")";
        }
    }

    /** {@code or := and (OR and)*}, {@code and := term (AND term)*}, {@code term := ( or ) | id [WITH id]}. */
    private static final class Parser {
        private final List<String> tokens;
        private int at;
        private int depth;

        Parser(List<String> tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
        }

        Node parse() {
            if (tokens.isEmpty()) {
                return null;
            }
            Node node = group("OR");
            return node != null && at == tokens.size() ? node : null;
        }

        /** A chain joined by {@code operator} (OR: of AND chains; AND: of terms), same-operator groups merged. */
        private Node group(String operator) {
            List<Node> members = new ArrayList<>();
            do {
                Node member = operator.equals("OR") ? group("AND") : term();
                if (member == null) {
                    return null;
                }
                if (member instanceof Group g && g.operator().equals(operator)) {
                    members.addAll(g.members());
                } else {
                    members.add(member);
                }
            } while (accept(operator));
            return members.size() == 1 ? members.get(0) : new Group(operator, List.copyOf(members));
        }

        private Node term() {
            if (at >= tokens.size()) {
                return null;
            }
            String token = tokens.get(at);
            if (token.equals("(")) {
                if (++depth > MAX_DEPTH) {
                    return null;
                }
                at++;
                Node inner = group("OR");
                depth--;
                return inner != null && accept(")") ? inner : null;
            }
            if (!isId(token)) {
                return null;
            }
            at++;
            if (accept("WITH")) {
                if (at >= tokens.size() || !isId(tokens.get(at))) {
                    return null;
                }
                return new Leaf(token + " WITH " + tokens.get(at++));
            }
            return new Leaf(token);
        }

        private boolean accept(String token) {
            if (at < tokens.size() && tokens.get(at).equals(token)) {
                at++;
                return true;
            }
            return false;
        }

        private static boolean isId(String token) {
            return !token.equals("(") && !token.equals(")") && !token.equals("AND") && !token.equals("OR")
                    && !token.equals("WITH");
        }
    }
}
