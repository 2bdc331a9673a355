package dev.provenance.attribution;

import java.util.Locale;
import java.util.Objects;

/**
 * A line in which a file says where some of its code came from ("# Copied from transformers.models.llama…",
 * "// Adapted from https://…", "based on rope_kit/modeling_rope.py"). A claim to verify against the match, not proof.
 *
 * @param kind  the phrase used
 * @param line  the 1-based line it is on
 * @param claim what follows the phrase, as written (capped), naming the claimed origin
 */
public record Marker(Kind kind, int line, String claim) implements Comparable<Marker> {
    /** Longest claim kept. */
    static final int MAX_CLAIM = 200;

    /** The phrases recognised, each in its usual spelling. */
    public enum Kind {
        COPIED_FROM("copied from"),
        ADAPTED_FROM("adapted from"),
        BASED_ON("based on"),
        MERGED_FROM("merged from"),
        DERIVED_FROM("derived from"),
        TAKEN_FROM("taken from"),
        PORTED_FROM("ported from"),
        MODIFIED_FROM("modified from");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** The phrase in lower case ("copied from"). */
        public String phrase() {
            return phrase;
        }
    }

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claim, "claim");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        claim = claim.strip();
        if (claim.length() > MAX_CLAIM) {
            claim = claim.substring(0, MAX_CLAIM);
        }
    }

    /** The marker as a reader would quote it: "Copied from x". */
    public String text() {
        String phrase = kind.phrase();
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + " " + claim;
    }

    /** The claim in lower case, for comparisons. */
    String folded() {
        return claim.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Marker o) {
        int byLine = Integer.compare(line, o.line);
        return byLine != 0 ? byLine : text().compareTo(o.text());
    }
}
