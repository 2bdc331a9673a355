package dev.provenance.kb;

import java.util.List;
import java.util.Objects;

/**
 * One indexed release of an open-source project. {@code name} and {@code version} identify it: indexing the same
 * name and version again replaces it.
 *
 * @param name              e.g. {@code org.ow2.asm:asm} or {@code transformers}; not blank
 * @param version           e.g. {@code 9.7}; not blank ({@code unknown} when there is none)
 * @param purl              its package URL, e.g. {@code pkg:maven/org.ow2.asm/asm@9.7}; null when unknown
 * @param licenseExpression its declared SPDX license expression; null when unknown
 * @param holders           its copyright holders, in the order found (may be empty)
 * @param url               its home or source URL; null when unknown
 * @param notice            the text of its NOTICE file (Apache-2.0 §4(d): the attribution notices a copy must carry
 *                          on), cut at {@link #MAX_FIELD_CHARS}; null when it has none
 */
public record Component(String name, String version, String purl, String licenseExpression, List<String> holders,
                        String url, String notice) {
    /** Longest string a component field may hold (a segment stores them with a varint length). */
    static final int MAX_FIELD_CHARS = 64 * 1024;

    public Component {
        name = required(name, "name");
        version = required(version, "version");
        purl = optional(purl, "purl");
        licenseExpression = optional(licenseExpression, "licenseExpression");
        url = optional(url, "url");
        notice = notice == null || notice.isBlank() ? null
                : notice.length() > MAX_FIELD_CHARS ? notice.substring(0, MAX_FIELD_CHARS) : notice;
        holders = List.copyOf(holders);
        for (String holder : holders) {
            if (holder.isBlank() || holder.length() > MAX_FIELD_CHARS) {
                throw new IllegalArgumentException("blank or overlong copyright holder in " + name);
            }
        }
    }

    /** A component without a NOTICE file. */
    public Component(String name, String version, String purl, String licenseExpression, List<String> holders,
                     String url) {
        this(name, version, purl, licenseExpression, holders, url, null);
    }

    /** A component with only a name and version. */
    public static Component of(String name, String version) {
        return new Component(name, version, null, null, List.of(), null);
    }

    /** {@code name@version}, as shown in reports. */
    public String coordinates() {
        return name + "@" + version;
    }

    private static String required(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.length() > MAX_FIELD_CHARS) {
            throw new IllegalArgumentException("component " + field + " must be non-blank and at most "
                    + MAX_FIELD_CHARS + " characters");
        }
        return value;
    }

    private static String optional(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_FIELD_CHARS) {
            throw new IllegalArgumentException("component " + field + " longer than " + MAX_FIELD_CHARS
                    + " characters");
        }
        return value;
    }

    @Override
    public String toString() {
        return coordinates();
    }
}
