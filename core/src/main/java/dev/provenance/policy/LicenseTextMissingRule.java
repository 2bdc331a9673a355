package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionDuties;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.license.Obligations;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Code copied from an upstream whose license must ship with every copy (MIT, BSD, Apache-2.0, the GPL family…), in
 * a repository that holds that license's text nowhere: no LICENSE or LICENSES/ file of that license, no third-party
 * license file, and — for the short licenses whose notice is the whole text — no copy of the text in the copying
 * file's header. Reported once per upstream component, at its first snippet.
 */
final class LicenseTextMissingRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-text-missing", Severity.ERROR,
            "The license of copied code must ship with it, and the repository does not hold its text",
            "Add the upstream license's full text to the repository: LICENSES/<id>.txt (the REUSE layout) or a "
                    + "third-party license file next to the notice.");

    /**
     * Licenses whose notice is their whole text: a header that states them in full ships the text (the BSD
     * licenses' "this list of conditions", MIT's "this permission notice").
     */
    private static final Set<String> NOTICE_IS_TEXT = Set.of("MIT", "BSD-2-CLAUSE", "BSD-3-CLAUSE", "ISC", "ZLIB",
            "X11", "0BSD");

    private final AttributionDuties duties;

    LicenseTextMissingRule(AttributionDuties duties) {
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
            byComponent.computeIfAbsent(s.origin().coordinates(), c -> new ArrayList<>()).add(s);
        }
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, List<AttributedSnippet>> e : byComponent.entrySet()) {
            List<AttributedSnippet> copies = e.getValue();
            AttributedSnippet first = copies.get(0);
            if (first.origin().license().isBlank()) {
                continue;
            }
            Obligations obligations = duties.of(first.origin());
            if (!obligations.licenseText() || copies.stream().anyMatch(LicenseTextMissingRule::shipsText)) {
                continue;
            }
            String files = copies.stream().map(AttributedSnippet::path).distinct().count() + " file"
                    + (copies.stream().map(AttributedSnippet::path).distinct().count() == 1 ? "" : "s");
            violations.add(Violation.about(DESCRIPTOR, e.getKey(), first.path(), first.lines(),
                    e.getKey() + " is under " + first.origin().license() + ", whose text must ship with copies ("
                            + obligations.summary() + "), but no file of the repository holds that text; copied into "
                            + files,
                    "Add the " + first.origin().license() + " text as LICENSES/" + licenseFile(first) + " or in a "
                            + "third-party license file next to the notice, naming " + e.getKey() + "."));
        }
        return violations;
    }

    private static boolean shipsText(AttributedSnippet s) {
        if (!s.attribution().evidence(EvidenceKind.LICENSE_TEXT).isEmpty()) {
            return true;
        }
        boolean fullNotice = LicenseExpressionIds.families(s.origin().license()).stream()
                .anyMatch(NOTICE_IS_TEXT::contains);
        return fullNotice && !s.attribution().evidence(EvidenceKind.HEADER_LICENSE).isEmpty();
    }

    private static String licenseFile(AttributedSnippet s) {
        String license = s.origin().license();
        return (license.matches("[A-Za-z0-9.+-]+") ? license : "<id>") + ".txt";
    }
}
