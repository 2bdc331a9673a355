package dev.provenance.inventory;

import dev.provenance.scan.ScanIssue;
import dev.provenance.text.TextFile;
import java.util.List;
import java.util.Objects;

/**
 * The decoded text of one file and what went wrong while decoding it.
 *
 * @param text   the text, without a byte order mark
 * @param issues e.g. {@code INVALID_ENCODING} when a file taken for UTF-8 was not, and was decoded as windows-1252
 */
public record LoadedText(TextFile text, List<ScanIssue> issues) {
    public LoadedText {
        Objects.requireNonNull(text, "text");
        issues = List.copyOf(issues);
    }
}
