package dev.provenance.attribution;

import dev.provenance.text.LineRange;
import java.util.Comparator;
import java.util.Objects;

/**
 * One piece of evidence about how a copy is credited.
 *
 * @param kind  what it is
 * @param path  the file it is in, relative to the scanned root
 * @param lines the lines it covers; {@code null} when it is a fact about the whole file
 * @param text  the evidence as written (one line, capped), for reports
 */
public record Evidence(EvidenceKind kind, String path, LineRange lines, String text) implements Comparable<Evidence> {
    /** Longest evidence text kept; the reports show the line, not the whole file. */
    static final int MAX_TEXT = 300;

    private static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::kind)
            .thenComparing(Evidence::path)
            .thenComparingInt(e -> e.lines() == null ? 0 : e.lines().first())
            .thenComparing(Evidence::text);

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
    }

    @Override
    public int compareTo(Evidence o) {
        return ORDER.compare(this, o);
    }
}
