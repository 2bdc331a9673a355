package dev.provenance.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Hands out the SPDX identifiers of one document: {@code SPDXRef-<kind>-<key>} with the key reduced to the letters,
 * digits, dots and hyphens an {@code idstring} may hold. Equal inputs give equal identifiers, so a report names the
 * same file the same way in every run. When two keys reduce to the same text ({@code a_b.py}, {@code a-b.py}), the
 * first one asked for keeps the plain identifier and the other gets a short hash of its own key appended; keys longer
 * than {@value #MAX_KEY} characters are cut and hashed the same way. A key asked for twice gets its first identifier
 * again.
 */
final class SpdxIds {
    /** Longest reduced key kept before the hash suffix: identifiers stay readable in long trees. */
    private static final int MAX_KEY = 120;

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    /** The identifier of {@code key} among elements of {@code kind} ({@code File}, {@code Snippet} …). */
    String id(String kind, String key) {
        String qualified = kind + '\u0000' + key;
        String known = byKey.get(qualified);
        if (known != null) {
            return known;
        }
        String reduced = reduce(key);
        boolean shortened = reduced.length() > MAX_KEY;
        if (shortened) {
            reduced = reduced.substring(0, MAX_KEY);
        }
        String id = "SPDXRef-" + kind + "-" + reduced;
        if (shortened || owners.containsKey(id)) {
            id = id + "-" + shortHash(key);
        }
        if (owners.containsKey(id)) {
            throw new IllegalStateException("SPDX identifier " + id + " given twice (" + owners.get(id) + ", " + key
                    + ")");
        }
        owners.put(id, key);
        byKey.put(qualified, id);
        return id;
    }

    /** {@code text} with every run of characters outside {@code [A-Za-z0-9.-]} turned into one hyphen. */
    static String reduce(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-';
            if (allowed) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    /** The first 8 hex digits of the SHA-256 of {@code key}. */
    static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
