package dev.provenance.attribution;

import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;

/**
 * A snippet with its attribution verdict and its text on both sides.
 *
 * @param match       what was matched
 * @param attribution how it is credited
 * @param excerpt     the copying and upstream lines, for side-by-side reports
 * @param upstreamCopyrights the copyright statements of the upstream file's header as written ("Copyright 2024 The
 *                    Rope Kit Authors"): what a notice for this copy reproduces; empty when the upstream file has none
 * @param upstreamNotice the text of the upstream component's NOTICE file, whose attribution notices a copy under
 *                    Apache-2.0 must carry on (§4(d)); empty when it has none
 */
public record AttributedSnippet(SnippetMatch match, Attribution attribution, Excerpt excerpt,
                                List<String> upstreamCopyrights, String upstreamNotice)
        implements Comparable<AttributedSnippet> {
    public AttributedSnippet {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(excerpt, "excerpt");
        upstreamCopyrights = List.copyOf(upstreamCopyrights);
        Objects.requireNonNull(upstreamNotice, "upstreamNotice");
    }

    /** A snippet whose upstream component has no NOTICE file. */
    public AttributedSnippet(SnippetMatch match, Attribution attribution, Excerpt excerpt,
                             List<String> upstreamCopyrights) {
        this(match, attribution, excerpt, upstreamCopyrights, "");
    }

    /** A snippet whose upstream file's copyright statements are unknown. */
    public AttributedSnippet(SnippetMatch match, Attribution attribution, Excerpt excerpt) {
        this(match, attribution, excerpt, List.of(), "");
    }

    /** The copying file, relative to the scanned root. */
    public String path() {
        return match.path();
    }

    /** The copying lines. */
    public LineRange lines() {
        return match.lines();
    }

    /** The upstream file and lines. */
    public Origin origin() {
        return match.origin();
    }

    @Override
    public int compareTo(AttributedSnippet o) {
        return match.compareTo(o.match);
    }
}
