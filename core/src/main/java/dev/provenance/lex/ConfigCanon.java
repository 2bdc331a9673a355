package dev.provenance.lex;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The canonical texts shared by the JSON and YAML lexers, so that the same configuration seeds alike in either
 * format: numbers by value ({@code 1.0}, {@code 1}, {@code 1e0} and {@code 1.000} are {@code 1}; {@code 1e3} is
 * {@code 1000}; {@code 1e-05} and {@code 0.00001} are {@code 0.00001}), strings JSON-quoted with the minimal escapes,
 * booleans {@code true}/{@code false}, null {@code null}, non-finite numbers {@code NaN}, {@code Infinity},
 * {@code -Infinity} (as Python's {@code json} writes them).
 */
final class ConfigCanon {
    /** Longest number literal normalised; longer ones seed as written. */
    private static final int MAX_NUMBER_CHARS = 400;
    /** Digits beyond which a number is written in scientific notation rather than in full. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private ConfigCanon() {
    }

    /** The canonical form of a decimal number literal, or {@code raw} when it is not one. */
    static String number(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_NUMBER_CHARS) {
            return raw;
        }
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        text = text.replace("_", "");
        if (!JsonConfigLexer.isDecimal(text)) {
            return raw;
        }
        try {
            return canonical(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException e) {
            return raw;
        }
    }

    /** The canonical form of an integer. */
    static String integer(BigInteger value) {
        return value.toString();
    }

    static String canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        int scale = v.scale();
        int integerDigits = v.precision() - scale;
        if ((scale <= 0 && integerDigits <= MAX_PLAIN_DIGITS) || (scale > 0 && scale <= MAX_PLAIN_DIGITS)) {
            return v.toPlainString();
        }
        return v.toString();
    }

    /** {@code value} as a JSON string literal: quotes, backslash and control characters escaped, nothing else. */
    static String quoted(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
