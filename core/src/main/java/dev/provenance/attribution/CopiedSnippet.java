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
 * @param upstreamNotice   the text of the upstream component's NOTICE file; empty when it has none
 */
public record CopiedSnippet(SnippetMatch match, List<CopyrightStatement> upstreamHeader, Excerpt excerpt,
                            String upstreamNotice) {
    public CopiedSnippet {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(upstreamNotice, "upstreamNotice");
        upstreamHeader = List.copyOf(upstreamHeader);
    }

    /** A snippet whose upstream component has no NOTICE file. */
    public CopiedSnippet(SnippetMatch match, List<CopyrightStatement> upstreamHeader, Excerpt excerpt) {
        this(match, upstreamHeader, excerpt, "");
    }
}
