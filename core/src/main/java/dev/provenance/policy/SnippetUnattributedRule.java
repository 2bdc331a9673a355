package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.scan.ScanResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Copied code whose file credits nothing of its upstream — no header at all, or credit only in a notice file or in
 * prose — where the upstream's license asks for more.
 */
final class SnippetUnattributedRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "snippet-unattributed", Severity.ERROR,
            "Copied code does not credit its upstream as its license requires",
            "Keep the upstream's copyright lines and license notice in the header of the copying file, or add the "
                    + "credit its license accepts (a third-party notice entry naming the component, its copyright "
                    + "lines and its license).");

    private static final Set<AttributionStatus> STATUSES = EnumSet.of(AttributionStatus.STRIPPED,
            AttributionStatus.NOTICE_ONLY, AttributionStatus.PROSE_ONLY);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        return scan.snippets().stream()
                .filter(s -> !s.attribution().satisfied() && STATUSES.contains(s.attribution().status()))
                .map(s -> Violation.about(DESCRIPTOR, s.origin().coordinates(), s.path(), s.lines(), message(s),
                        SnippetWords.fix(s, DESCRIPTOR.howToFix())))
                .toList();
    }

    private static String message(AttributedSnippet s) {
        String elsewhere = SnippetWords.creditedElsewhere(s);
        String credit = switch (s.attribution().status()) {
            case NOTICE_ONLY -> "credited only in " + elsewhere + ", not in the file";
            case PROSE_ONLY -> "credited only in prose (" + elsewhere + ")";
            default -> "credited nowhere";
        };
        return SnippetWords.copies(s) + " " + credit;
    }
}
