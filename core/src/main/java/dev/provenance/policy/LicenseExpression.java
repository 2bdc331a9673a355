package dev.provenance.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An SPDX license expression as a tree, for deciding whether a policy accepts it: {@code A OR B} offers a choice,
 * {@code A AND B} imposes both, {@code A WITH E} is one license with an exception. Parsing is linear and bounded
 * ({@value #MAX_TOKENS} tokens, nesting {@value #MAX_DEPTH}); ids are kept as written.
 */
sealed interface LicenseExpression permits LicenseExpression.Term, LicenseExpression.AnyOf,
        LicenseExpression.AllOf {
    int MAX_TOKENS = 256;
    int MAX_DEPTH = 32;

    /** One license, optionally with an exception ({@code null} when none). */
    record Term(String id, String exception) implements LicenseExpression {
        @Override
        public String toString() {
            return exception == null ? id : id + " WITH " + exception;
        }
    }

    /** A choice: acceptable when one alternative is. */
    record AnyOf(List<LicenseExpression> alternatives) implements LicenseExpression {
        public AnyOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A conjunction: acceptable when every part is. */
    record AllOf(List<LicenseExpression> parts) implements LicenseExpression {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    /** The expression as a tree; empty when it is no well-formed SPDX expression. */
    static Optional<LicenseExpression> parse(String text) {
        List<String> tokens = tokens(text);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        Parser parser = new Parser(tokens);
        LicenseExpression expression = parser.or(0);
        return expression != null && parser.position == tokens.size() ? Optional.of(expression) : Optional.empty();
    }

    /** A license as a single term: a parsed expression that is one term, or the whole text as an opaque id. */
    static LicenseExpression parseOrOpaque(String text) {
        return parse(text).orElseGet(() -> new Term(text.strip(), null));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (isIdChar(c)) {
                int start = i;
                while (i < n && (isIdChar(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == '+')) {
                    i++;
                }
                String word = text.substring(start, i);
                String upper = word.toUpperCase(Locale.ROOT);
                boolean operator = upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
                tokens.add(operator && (word.equals(upper) || word.equals(word.toLowerCase(Locale.ROOT)))
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

    /** Recursive descent over the token list; {@code null} marks a malformed expression. */
    final class Parser {
        private final List<String> tokens;
        private int position;

        private Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        private LicenseExpression or(int depth) {
            List<LicenseExpression> parts = new ArrayList<>();
            do {
                LicenseExpression part = and(depth);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            } while (accept("OR"));
            return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
        }

        private LicenseExpression and(int depth) {
            List<LicenseExpression> parts = new ArrayList<>();
            do {
                LicenseExpression part = primary(depth);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            } while (accept("AND"));
            return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
        }

        private LicenseExpression primary(int depth) {
            if (position >= tokens.size()) {
                return null;
            }
            String token = tokens.get(position++);
            if (token.equals("(")) {
                if (depth >= MAX_DEPTH) {
                    return null;
                }
                LicenseExpression inner = or(depth + 1);
                return inner != null && accept(")") ? inner : null;
            }
            if (isOperatorOrParen(token)) {
                return null;
            }
            if (accept("WITH")) {
                if (position >= tokens.size() || isOperatorOrParen(tokens.get(position))) {
                    return null;
                }
                return new Term(token, tokens.get(position++));
            }
            return new Term(token, null);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private static boolean isOperatorOrParen(String token) {
            return token.equals("AND") || token.equals("OR") || token.equals("WITH") || token.equals("(")
                    || token.equals(")");
        }
    }
}
