package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionDuties;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Code copied from a component that ships a NOTICE file, under a license that asks copies to carry that file's
 * attribution notices on (Apache-2.0 §4(d)), in a repository whose notice files do not. Reported once per upstream
 * component, at its first snippet.
 */
final class NoticeNotPropagatedRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "notice-not-propagated", Severity.ERROR,
            "The upstream's NOTICE file is not carried on in the repository's notice",
            "Copy the attribution notices of the upstream's NOTICE file into the repository's NOTICE file.");

    private final AttributionDuties duties;

    NoticeNotPropagatedRule(AttributionDuties duties) {
        this.duties = duties;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        Map<String, List<AttributedSnippet>> byComponent = new LinkedHashMap<>();
        for (AttributedSnippet s : scan.snippets()) {
            if (!s.upstreamNotice().isBlank()) {
                byComponent.computeIfAbsent(s.origin().coordinates(), c -> new ArrayList<>()).add(s);
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, List<AttributedSnippet>> e : byComponent.entrySet()) {
            List<AttributedSnippet> copies = e.getValue();
            AttributedSnippet first = copies.get(0);
            if (!duties.of(first.origin()).noticePropagation()
                    || copies.stream().anyMatch(s -> !s.attribution().evidence(EvidenceKind.NOTICE_PROPAGATED)
                    .isEmpty())) {
                continue;
            }
            String notice = first.upstreamNotice().strip();
            String quoted = notice.lines().limit(4).map(String::strip).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> a + " / " + b).orElse("");
            violations.add(Violation.about(DESCRIPTOR, e.getKey(), first.path(), first.lines(),
                    e.getKey() + " ships a NOTICE file (\"" + quoted + "\") that copies under "
                            + first.origin().license() + " must carry on, and no notice file of the repository does",
                    "Add the attribution notices of " + e.getKey() + "'s NOTICE file to the repository's NOTICE "
                            + "(create one at the root if there is none)."));
        }
        return violations;
    }
}
