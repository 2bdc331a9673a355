package dev.provenance.attribution;

import dev.provenance.license.LicenseFinding;
import dev.provenance.notice.CopyrightStatement;
import java.util.List;
import java.util.Objects;

/**
 * A scanned file with at least one snippet, and what its text says about credit.
 *
 * @param path             relative to the scanned root
 * @param headerPossible   whether its format can carry a header at all (JSON has no comments: a copied
 *                         {@code config.json} can only be credited in a notice file)
 * @param headerCopyrights the copyright statements of its header
 * @param licenses         the licenses stated in it (header notices, SPDX tags, full texts)
 * @param markers          its "Copied from"-style markers
 * @param snippets         its snippets, each with the upstream file's facts and the text on both sides
 */
public record CopiedFile(String path, boolean headerPossible, List<CopyrightStatement> headerCopyrights,
                         List<LicenseFinding> licenses,
                         List<Marker> markers, List<CopiedSnippet> snippets) {
    public CopiedFile {
        Objects.requireNonNull(path, "path");
        headerCopyrights = List.copyOf(headerCopyrights);
        licenses = List.copyOf(licenses);
        markers = List.copyOf(markers);
        snippets = List.copyOf(snippets);
    }
}
