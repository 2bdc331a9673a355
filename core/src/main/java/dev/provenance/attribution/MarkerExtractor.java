package dev.provenance.attribution;

import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds provenance markers ("Copied from …", "Adapted from …", "based on …", "merged from …") in a file. One
 * linear pass over each line (capped), no regular expression: a hostile file costs its length and no more. A phrase
 * counts only when a claim follows it on the same line (at least one letter or digit), so prose such as "based on"
 * at the end of a sentence's line does not.
 */
public final class MarkerExtractor {
    /** Longest line looked at; the rest of a longer line is ignored. */
    static final int MAX_LINE = 2_000;
    /** Most markers kept per file. */
    static final int MAX_MARKERS = 500;

    private static final Marker.Kind[] KINDS = Marker.Kind.values();

    /** The markers of {@code file}, in line order. */
    public List<Marker> extract(TextFile file) {
        List<Marker> markers = new ArrayList<>();
        int lines = file.lineCount();
        for (int n = 1; n <= lines && markers.size() < MAX_MARKERS; n++) {
            String line = file.line(n);
            if (line.length() > MAX_LINE) {
                line = line.substring(0, MAX_LINE);
            }
            Marker marker = markerIn(line, n);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** The first marker on {@code line}, or null. */
    static Marker markerIn(String line, int number) {
        int at = indexOfIgnoreCase(line, "from", 0);
        int on = indexOfIgnoreCase(line, "based on", 0);
        if (at < 0 && on < 0) {
            return null;
        }
        for (Marker.Kind kind : KINDS) {
            String phrase = kind.phrase();
            int from = 0;
            while (true) {
                int hit = indexOfIgnoreCase(line, phrase, from);
                if (hit < 0) {
                    break;
                }
                int end = hit + phrase.length();
                boolean wordStart = hit == 0 || !Character.isLetterOrDigit(line.charAt(hit - 1));
                boolean wordEnd = end == line.length() || !Character.isLetterOrDigit(line.charAt(end));
                if (wordStart && wordEnd) {
                    String claim = trimClaim(line.substring(end));
                    if (hasWord(claim)) {
                        return new Marker(kind, number, claim);
                    }
                }
                from = end;
            }
        }
        return null;
    }

    /** The claim without leading separators and without a trailing block-comment or HTML-comment closer. */
    private static String trimClaim(String rest) {
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == ':' || Character.isWhitespace(rest.charAt(start)))) {
            start++;
        }
        String claim = rest.substring(start).strip();
        if (claim.endsWith("*/")) {
            claim = claim.substring(0, claim.length() - 2).strip();
        }
        if (claim.endsWith("-->")) {
            claim = claim.substring(0, claim.length() - 3).strip();
        }
        return claim;
    }

    private static boolean hasWord(String claim) {
        for (int i = 0; i < claim.length(); i++) {
            if (Character.isLetterOrDigit(claim.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** ASCII case-insensitive search; the phrases are ASCII lower case. */
    static int indexOfIgnoreCase(String text, String lowerNeedle, int from) {
        int n = lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        for (int i = from, last = text.length() - n; i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) != first) {
                continue;
            }
            int j = 1;
            while (j < n && Character.toLowerCase(text.charAt(i + j)) == lowerNeedle.charAt(j)) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }
}
