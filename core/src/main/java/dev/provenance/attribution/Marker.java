package dev.provenance.attribution;

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

    /** Words of the claim looked at for a reference. */
    static final int REFERENCE_WORDS = 8;

    /**
     * Whether the claim reads as a reference to an origin rather than as prose: among its first words there is an
     * address ({@code https://…}), a path ({@code a/b.py}), a dotted or namespaced name ({@code transformers.models},
     * {@code org.acme:lib}, {@code std::vector}), an identifier ({@code rope_kit}, {@code RingBuffer}, {@code v1.2}) or
     * a proper name ({@code ASM}, {@code Hugging Face}). "Based on frequencies observed on" and "Copied from an
     * existing one" are prose; a claim that is prose cannot name a wrong origin.
     */
    public boolean namesAReference() {
        String[] words = claim.split("\\s+", REFERENCE_WORDS + 1);
        for (int w = 0; w < Math.min(words.length, REFERENCE_WORDS); w++) {
            String word = stripPunctuation(words[w]);
            if (word.isEmpty()) {
                continue;
            }
            if (word.contains("://") || word.startsWith("www.") || word.indexOf('/') > 0 || word.indexOf('_') >= 0
                    || word.indexOf(':') > 0 || word.indexOf('#') > 0 || word.indexOf('@') > 0) {
                return true;
            }
            boolean upperFirst = Character.isUpperCase(word.charAt(0));
            boolean article = word.equals("The") || word.equals("A") || word.equals("An") || word.equals("This")
                    || word.equals("That") || word.equals("It");
            if (upperFirst && !article) {
                return true;
            }
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                char before = word.charAt(i - 1);
                boolean camel = Character.isUpperCase(c) && Character.isLowerCase(before);
                boolean dotted = before == '.' && Character.isLetter(c) && i >= 2
                        && Character.isLetterOrDigit(word.charAt(i - 2));
                boolean digitInName = Character.isDigit(c) && Character.isLetter(word.charAt(0));
                if (camel || dotted || digitInName) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "([{'\"`<".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ")]}'\",.;:!?`>".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }

    @Override
    public int compareTo(Marker o) {
        int byLine = Integer.compare(line, o.line);
        return byLine != 0 ? byLine : text().compareTo(o.text());
    }
}
