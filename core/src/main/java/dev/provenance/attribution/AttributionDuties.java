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

    Attribution judge(AttributionStatus status, CopiedFile file, CopiedSnippet snippet, List<String> holders,
                      List<Evidence> evidence) {
        if (status == AttributionStatus.ATTRIBUTED) {
            return new Attribution(status, true, evidence, List.of());
        }
        List<String> missing = new ArrayList<>();
        missing.add(file.headerPossible() ? keepHeader(file.path(), snippet, holders)
                : creditInNotice(file.path(), snippet, holders));
        return new Attribution(status, false, evidence, missing);
    }

    /** For a file that cannot carry a header: "credit … in a third-party notice file". */
    static String creditInNotice(String path, CopiedSnippet snippet, List<String> holders) {
        Origin origin = snippet.match().origin();
        String who = holders.isEmpty() ? "" : " with the copyright of " + String.join(", ", holders);
        String license = origin.license().isEmpty() ? "" : " and its license (" + origin.license() + ")";
        return "credit " + origin.coordinates() + " (" + origin.path() + ")" + who + license
                + " in a third-party notice file: " + path + " cannot carry a header";
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
