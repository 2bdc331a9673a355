package dev.provenance.attribution;

import dev.provenance.match.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a copy's credit meets what its origin's license asks, and what is missing when it does not.
 */
public final class AttributionDuties {
    /** Judges every copy by the strictest common duty: the copying file keeps the upstream's copyright lines. */
    public AttributionDuties() {
    }

    Attribution judge(AttributionStatus status, String path, CopiedSnippet snippet, List<String> holders,
                      List<Evidence> evidence) {
        if (status == AttributionStatus.ATTRIBUTED) {
            return new Attribution(status, true, evidence, List.of());
        }
        List<String> missing = new ArrayList<>();
        missing.add(keepHeader(path, snippet, holders));
        return new Attribution(status, false, evidence, missing);
    }

    /** "keep 'Copyright …' in the header of path" — the upstream's own lines when known. */
    static String keepHeader(String path, CopiedSnippet snippet, List<String> holders) {
        Origin origin = snippet.match().origin();
        if (!snippet.upstreamHeader().isEmpty()) {
            StringBuilder lines = new StringBuilder();
            snippet.upstreamHeader().forEach(s -> lines.append(lines.isEmpty() ? "" : "', '").append(s.statement()));
            return "keep '" + lines + "' from " + origin.path() + " in the header of " + path;
        }
        String who = holders.isEmpty() ? origin.coordinates() : String.join(", ", holders);
        return "credit " + who + " (" + origin.coordinates() + ", " + origin.path() + ") in the header of " + path;
    }
}
