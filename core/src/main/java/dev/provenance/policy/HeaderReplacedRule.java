package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.scan.ScanResult;
import java.util.List;

/**
 * A copy whose upstream copyright lines are gone and another holder's header stands in their place: the file names
 * only its copier.
 */
final class HeaderReplacedRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "header-replaced", Severity.ERROR,
            "Copied code carries a different copyright holder than its upstream",
            "Restore the upstream's copyright lines and license notice in the file header, above your own.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        return scan.snippets().stream()
                .filter(s -> !s.attribution().satisfied() && s.attribution().status() == AttributionStatus.REPLACED)
                .map(s -> Violation.about(DESCRIPTOR, s.origin().coordinates(), s.path(), s.lines(), message(s),
                        SnippetWords.fix(s, DESCRIPTOR.howToFix())))
                .toList();
    }

    private static String message(AttributedSnippet s) {
        return SnippetWords.copies(s) + " but the header names only " + SnippetWords.otherHolders(s);
    }
}
