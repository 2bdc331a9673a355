package dev.provenance.attribution;

import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import java.util.List;
import java.util.Objects;

/**
 * One snippet of a {@link CopiedFile} with what the upstream file itself said.
 *
 * @param match            the snippet
 * @param upstreamHeader   the copyright statements of the upstream file's header (as indexed); empty when it had none
 *                         or its text is not in the KB
 * @param excerpt          the text on both sides
 */
public record CopiedSnippet(SnippetMatch match, List<CopyrightStatement> upstreamHeader, Excerpt excerpt) {
    public CopiedSnippet {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(excerpt, "excerpt");
        upstreamHeader = List.copyOf(upstreamHeader);
    }
}
