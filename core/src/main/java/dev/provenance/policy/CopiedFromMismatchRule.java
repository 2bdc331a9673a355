package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Marker;
import dev.provenance.attribution.UnconfirmedClaim;
import dev.provenance.text.LineRange;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A "Copied from" / "Adapted from" marker that names another origin than the one the code matches — the credit goes
 * to the wrong project while the real upstream goes uncredited — or that names an indexed component nothing in the
 * file matches.
 */
final class CopiedFromMismatchRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "copied-from-mismatch", Severity.WARNING,
            "A 'Copied from' marker names another origin than the code's",
            "Correct the marker to name the upstream the code comes from (component, file and version), and credit "
                    + "that upstream as its license requires.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        List<Violation> violations = new ArrayList<>();
        for (AttributedSnippet s : scan.snippets()) {
            for (Evidence marker : s.attribution().evidence(EvidenceKind.MARKER_MISMATCH)) {
                violations.add(Violation.about(DESCRIPTOR, s.origin().coordinates(), s.path(), marker.lines(),
                        "'" + marker.text() + "' but " + SnippetWords.copies(s), DESCRIPTOR.howToFix()));
            }
        }
        for (UnconfirmedClaim claim : scan.claims()) {
            Marker marker = claim.marker();
            violations.add(new Violation(DESCRIPTOR.id(), DESCRIPTOR.severity(), claim.path(),
                    LineRange.of(marker.line()), "'" + marker.text() + "' but nothing in the knowledge base matches "
                    + "this file's code, though " + claim.component() + " is indexed",
                    "Check where the code comes from: correct the marker, or remove it if the code is original.",
                    ""));
        }
        return violations;
    }
}
