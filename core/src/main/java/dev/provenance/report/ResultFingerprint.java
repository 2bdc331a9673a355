package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.policy.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code provenance/v1} partial fingerprint of a SARIF result: what makes a result the same finding in the next
 * run, so that code scanning keeps one alert for it instead of closing one and opening another.
 *
 * <p>It hashes (SHA-256, first 128 bits, hex) the rule id, the path and the origin ({@code component@version}), and
 * then what the finding is about, never where in the file it sits:
 * <ul>
 *   <li>a violation about a snippet: the upstream file and lines the snippet matches and the copied text, each line
 *       with its whitespace collapsed and blank lines dropped. Adding or removing lines above the copy, re-indenting
 *       it or moving it within the file keeps the fingerprint; editing the copied code, matching other upstream
 *       lines or another upstream version changes it (a different copy is a different finding);</li>
 *   <li>any other violation: its message with every run of digits replaced by one {@code 0}, so that line numbers
 *       and counts quoted in the message do not make a new finding.</li>
 * </ul>
 * Results whose hashes are equal (the same upstream lines copied twice into one file) are told apart by their
 * occurrence, in report order: {@code hash:1}, {@code hash:2}.
 */
final class ResultFingerprint {
    /** The key in {@code partialFingerprints}; a new key (v2) when what is hashed changes. */
    static final String KEY = "provenance/v1";

    private ResultFingerprint() {
    }

    /** The hash of a violation, with the snippet it is about or {@code null}; without its occurrence suffix. */
    static String hash(Violation violation, AttributedSnippet snippet) {
        return hash(violation, violation.path(), snippet);
    }

    /**
     * The hash of a violation whose path, as the report names it, is {@code path} (the scanned path with the
     * prefix of the scanned directory when URIs are relative to a directory above it).
     */
    static String hash(Violation violation, String path, AttributedSnippet snippet) {
        StringBuilder identity = new StringBuilder(256)
                .append(violation.rule()).append('\0')
                .append(path).append('\0')
                .append(violation.origin()).append('\0');
        if (snippet != null) {
            identity.append("snippet").append('\0')
                    .append(snippet.origin().path()).append('\0')
                    .append(snippet.origin().lines().first()).append('-').append(snippet.origin().lines().last())
                    .append('\0')
                    .append(normalised(snippet.excerpt().copy()));
        } else {
            identity.append("message").append('\0').append(withoutNumbers(violation.message()));
        }
        return HexFormat.of().formatHex(sha256(identity.toString()), 0, 16);
    }

    /** The lines with each whitespace run as one space, trimmed, blank lines dropped, joined by {@code \n}. */
    static String normalised(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int start = text.length();
            if (start > 0) {
                text.append('\n');
            }
            int mark = text.length();
            boolean space = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = text.length() > mark;
                } else {
                    if (space) {
                        text.append(' ');
                        space = false;
                    }
                    text.append(c);
                }
            }
            if (text.length() == mark) {
                text.setLength(start);
            }
        }
        return text.toString();
    }

    /** The text with every run of ASCII digits replaced by one {@code 0}. */
    static String withoutNumbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                out.append(c);
            } else if (!inNumber) {
                out.append('0');
            }
            inNumber = digit;
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
