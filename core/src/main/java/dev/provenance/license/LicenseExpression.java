package dev.provenance.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An SPDX license expression as a tree — for the obligations and compatibility tables and the policy file's
 * allowed and denied licenses: {@code OR} is a choice, {@code AND} a conjunction, {@code WITH} an exception on one
 * license. Parsed against the license catalog, listed ids come out canonical (any case in, deprecated ids replaced:
 * {@code GPL-2.0+} → {@code GPL-2.0-or-later}) and ids that are not listed are kept as written, so that the tables
 * can say they do not know them; parsed {@linkplain #parse(String) as written}, every id is kept as it is.
 */
public sealed interface LicenseExpression
        permits LicenseExpression.Term, LicenseExpression.All, LicenseExpression.AnyOf {
    int MAX_CHARS = 1_000;
    int MAX_TOKENS = 256;
    int MAX_DEPTH = 32;

    /** The expression in SPDX syntax (canonical spelling, minimal parentheses). */
    String render();

    /**
     * One license, with an optional exception.
     *
     * @param license   the license id (canonical when listed; {@code +} kept on unlisted-later forms such as
     *                  {@code Apache-2.0+})
     * @param exception the exception id, or empty
     */
    record Term(String license, String exception) implements LicenseExpression {
        public Term {
            Objects.requireNonNull(license, "license");
            Objects.requireNonNull(exception, "exception");
        }

        /** The license without its exception. */
        Term base() {
            return new Term(license, "");
        }

        /** Whether it carries an exception ({@code WITH}). */
        public boolean hasException() {
            return !exception.isEmpty();
        }

        @Override
        public String render() {
            return exception.isEmpty() ? license : license + " WITH " + exception;
        }
    }

    /** {@code AND}: every part applies. */
    record All(List<LicenseExpression> parts) implements LicenseExpression {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public String render() {
            return join(parts, " AND ", true);
        }
    }

    /** {@code OR}: the licensee chooses one option. */
    record AnyOf(List<LicenseExpression> options) implements LicenseExpression {
        public AnyOf {
            options = List.copyOf(options);
        }

        @Override
        public String render() {
            return join(options, " OR ", false);
        }
    }

    private static String join(List<LicenseExpression> parts, String operator, boolean parenthesiseOr) {
        StringBuilder out = new StringBuilder();
        for (LicenseExpression part : parts) {
            if (out.length() > 0) {
                out.append(operator);
            }
            boolean wrap = part instanceof AnyOf && parenthesiseOr;
            out.append(wrap ? "(" : "").append(part.render()).append(wrap ? ")" : "");
        }
        return out.toString();
    }

    /** {@code text} as a tree with its ids as written, or empty when it is not a well-formed expression. */
    static Optional<LicenseExpression> parse(String text) {
        return parse(text, null);
    }

    /** {@code text} as a tree; when it is no well-formed expression, the whole text as one opaque license. */
    static LicenseExpression parseOrTerm(String text) {
        return parse(text).orElseGet(() -> new Term(text.strip(), ""));
    }

    /**
     * {@code text} as a tree, or empty when it is not a well-formed expression (or longer than the limits).
     *
     * @param catalog makes listed ids canonical; {@code null} keeps every id as written
     */
    static Optional<LicenseExpression> parse(String text, LicenseCatalog catalog) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<String> tokens = tokens(text);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        Parser parser = new Parser(tokens, catalog);
        LicenseExpression tree = parser.or(0);
        return tree != null && parser.position == tokens.size() ? Optional.of(tree) : Optional.empty();
    }

    /** Tokens: parentheses, operators (upper-cased when written all upper or all lower), ids; null when malformed. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
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

    private static boolean isOperator(String token) {
        return token.equals("AND") || token.equals("OR") || token.equals("WITH");
    }

    /** A recursive-descent parser over the tokens; every method returns null on malformed input. */
    final class Parser {
        private final List<String> tokens;
        private final LicenseCatalog catalog;
        private int position;

        private Parser(List<String> tokens, LicenseCatalog catalog) {
            this.tokens = tokens;
            this.catalog = catalog;
        }

        private LicenseExpression or(int depth) {
            List<LicenseExpression> options = new ArrayList<>();
            do {
                LicenseExpression next = and(depth);
                if (next == null) {
                    return null;
                }
                if (next instanceof AnyOf nested) {
                    options.addAll(nested.options());
                } else {
                    options.add(next);
                }
            } while (accept("OR"));
            return options.size() == 1 ? options.get(0) : new AnyOf(options);
        }

        private LicenseExpression and(int depth) {
            List<LicenseExpression> parts = new ArrayList<>();
            do {
                LicenseExpression next = with(depth);
                if (next == null) {
                    return null;
                }
                if (next instanceof All nested) {
                    parts.addAll(nested.parts());
                } else {
                    parts.add(next);
                }
            } while (accept("AND"));
            return parts.size() == 1 ? parts.get(0) : new All(parts);
        }

        private LicenseExpression with(int depth) {
            LicenseExpression primary = primary(depth);
            if (primary == null || !accept("WITH")) {
                return primary;
            }
            if (!(primary instanceof Term term) || term.hasException()) {
                return null;
            }
            String exception = next();
            if (exception == null || isOperator(exception) || exception.equals("(") || exception.equals(")")) {
                return null;
            }
            return new Term(term.license(), catalog == null ? exception
                    : catalog.canonicalExceptionId(exception).orElse(exception));
        }

        private LicenseExpression primary(int depth) {
            String token = next();
            if (token == null || isOperator(token) || token.equals(")")) {
                return null;
            }
            if (token.equals("(")) {
                if (depth >= MAX_DEPTH) {
                    return null;
                }
                LicenseExpression inner = or(depth + 1);
                return inner != null && accept(")") ? inner : null;
            }
            if (token.startsWith("LicenseRef-") || token.startsWith("DocumentRef-")) {
                return new Term(token, "");
            }
            Optional<String> canonical = catalog == null ? Optional.empty() : catalog.resolveLicenseToken(token);
            if (canonical.isEmpty()) {
                return new Term(token, "");
            }
            String expression = canonical.get();
            int with = expression.indexOf(" WITH ");
            return with < 0 ? new Term(expression, "")
                    : new Term(expression.substring(0, with), expression.substring(with + " WITH ".length()));
        }

        private String next() {
            return position < tokens.size() ? tokens.get(position++) : null;
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }
    }
}
