package dev.provenance.attribution;

import dev.provenance.license.LicenseObligations;
import dev.provenance.license.NoticePlacement;
import dev.provenance.license.Obligations;
import dev.provenance.match.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a copy's credit meets what its origin's license asks — read from the obligations table — and what is
 * missing when it does not.
 *
 * <p>The credit found is placed where it was found: the copying file's header ({@code ATTRIBUTED}) is
 * {@link NoticePlacement#SOURCE_FILE}; a notice-file entry is {@link NoticePlacement#DISTRIBUTION}; prose, a marker
 * or nothing is no notice at all. The license's placement decides: MIT is satisfied by a notice anywhere in the
 * distribution, Apache-2.0 and the BSD licenses only by the notice kept in the source file. A file whose format
 * cannot carry a header (JSON) is satisfied by a notice-file entry whatever the license asks. An origin whose license
 * is unknown or missing from the table is held to the strictest duty (the source file keeps the notice).
 */
public final class AttributionDuties {
    private final LicenseObligations obligations;

    public AttributionDuties(LicenseObligations obligations) {
        this.obligations = Objects.requireNonNull(obligations, "obligations");
    }

    /** Duties from the standard obligations table. */
    public static AttributionDuties standard() {
        return new AttributionDuties(LicenseObligations.standard());
    }

    /** The obligations of {@code origin}'s license; an origin without one gets the table's unknown default. */
    public Obligations of(Origin origin) {
        return obligations.forExpression(origin.license().isBlank() ? "NOASSERTION" : origin.license());
    }

    Attribution judge(AttributionStatus status, CopiedFile file, CopiedSnippet snippet, List<String> holders,
                      List<Evidence> evidence) {
        Obligations duties = of(snippet.match().origin());
        NoticePlacement found = found(status, evidence);
        boolean satisfied = duties.noticeSatisfiedBy(found)
                || (!file.headerPossible() && found == NoticePlacement.DISTRIBUTION);
        if (satisfied) {
            return new Attribution(status, true, evidence, List.of());
        }
        List<String> missing = new ArrayList<>();
        if (!file.headerPossible()) {
            missing.add(creditInNotice(file.path(), snippet, holders));
        } else if (duties.placement() == NoticePlacement.DISTRIBUTION) {
            missing.add(keepHeader(file.path(), snippet, holders) + ", or " + noticeEntry(snippet, holders));
        } else {
            missing.add(keepHeader(file.path(), snippet, holders) + " (" + duties.summary() + ")");
        }
        return new Attribution(status, false, evidence, missing);
    }

    /** Where the credit that was found sits. */
    static NoticePlacement found(AttributionStatus status, List<Evidence> evidence) {
        if (status == AttributionStatus.ATTRIBUTED) {
            return NoticePlacement.SOURCE_FILE;
        }
        boolean inNotice = evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.NOTICE_ENTRY);
        return inNotice ? NoticePlacement.DISTRIBUTION : NoticePlacement.NONE;
    }

    /** For a file that cannot carry a header: "credit … in a third-party notice file". */
    static String creditInNotice(String path, CopiedSnippet snippet, List<String> holders) {
        return noticeEntry(snippet, holders) + ": " + path + " cannot carry a header";
    }

    /** "credit component@version (path) with the copyright of H and its license (L) in a third-party notice file". */
    static String noticeEntry(CopiedSnippet snippet, List<String> holders) {
        Origin origin = snippet.match().origin();
        String who = holders.isEmpty() ? "" : " with the copyright of " + String.join(", ", holders);
        String license = origin.license().isEmpty() ? "" : " and its license (" + origin.license() + ")";
        return "credit " + origin.coordinates() + " (" + origin.path() + ")" + who + license
                + " in a third-party notice file";
    }

    /** "keep 'Copyright …' from upstream/path in the header of path" — the upstream's own lines when known. */
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
