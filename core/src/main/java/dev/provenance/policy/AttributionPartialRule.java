package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.scan.ScanResult;
import java.util.List;
import java.util.stream.Collectors;

/** A file that credits one of its upstreams but also holds code of another that it does not credit. */
final class AttributionPartialRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "attribution-partial", Severity.ERROR,
            "A file credits one upstream but holds uncredited code of another",
            "Credit every upstream the file copies from: add the missing upstream's copyright lines and license "
                    + "notice to the header next to the credit already there.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        return scan.snippets().stream()
                .filter(s -> !s.attribution().satisfied() && s.attribution().status() == AttributionStatus.PARTIAL)
                .map(s -> Violation.about(DESCRIPTOR, s.origin().coordinates(), s.path(), s.lines(),
                        message(s, scan), SnippetWords.fix(s, DESCRIPTOR.howToFix())))
                .toList();
    }

    private static String message(AttributedSnippet s, ScanResult scan) {
        String credited = scan.snippets().stream()
                .filter(o -> o.path().equals(s.path()) && !o.origin().component().equals(s.origin().component()))
                .filter(o -> o.attribution().status() == AttributionStatus.ATTRIBUTED)
                .map(o -> o.origin().coordinates())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return SnippetWords.copies(s) + " uncredited, while the file credits "
                + (credited.isEmpty() ? "another upstream" : credited);
    }
}
