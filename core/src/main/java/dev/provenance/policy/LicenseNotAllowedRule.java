package dev.provenance.policy;

import dev.provenance.license.LicenseExpression;

import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.Origin;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A license the policy file's {@code licenses} section does not accept: denied, or outside a non-empty allow-list.
 * Checked wherever the scan saw a license: the repository's declarations, every license statement in a file
 * (headers of third-party code, SPDX tags, vendored license texts and manifests) and the license of every upstream
 * that snippets were copied from. Without a {@code licenses} section the rule finds nothing.
 */
final class LicenseNotAllowedRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-not-allowed", Severity.ERROR,
            "Material under a license the policy does not allow",
            "Remove or replace the material under that license (or change the repository's declaration); if its "
                    + "use has been approved, allow the license in the policy file or add a waiver with a reason.");

    private final LicenseRestrictions restrictions;

    LicenseNotAllowedRule(LicenseRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        if (restrictions.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> judged = new HashMap<>();
        for (Declaration d : scan.declared()) {
            seen.add(key(d.source(), d.lines(), d.expression()));
            List<String> objections = objections(d.expression(), d.known(), judged);
            if (!objections.isEmpty()) {
                violations.add(Violation.of(DESCRIPTOR, d.source(), d.lines(), "the repository declares "
                        + d.expression() + " (" + describe(d.kind()) + "): " + String.join("; ", objections)));
            }
        }
        for (FileReport file : scan.files()) {
            for (LicenseFinding license : file.licenses()) {
                if (!seen.add(key(file.path(), license.lines(), license.expression()))) {
                    continue;
                }
                List<String> objections = objections(license.expression(), license.known(), judged);
                if (!objections.isEmpty()) {
                    violations.add(Violation.of(DESCRIPTOR, file.path(), license.lines(), describe(license.source())
                            + " states " + license.expression() + ": " + String.join("; ", objections)));
                }
            }
        }
        for (AttributedSnippet snippet : scan.snippets()) {
            Origin origin = snippet.origin();
            if (origin.license().isBlank()) {
                continue;
            }
            List<String> objections = objections(origin.license(), true, judged);
            if (!objections.isEmpty()) {
                violations.add(Violation.about(DESCRIPTOR, origin.coordinates(), snippet.path(), snippet.lines(),
                        "lines " + range(snippet.lines()) + " copy " + origin.coordinates() + " (" + origin.path()
                                + ":" + range(origin.lines()) + "), which is under " + origin.license() + ": "
                                + String.join("; ", objections),
                        DESCRIPTOR.howToFix()));
            }
        }
        return violations;
    }

    /** The objections to a license, judged once per distinct expression of a scan. */
    private List<String> objections(String expression, boolean known, Map<String, List<String>> judged) {
        return judged.computeIfAbsent((known ? "+" : "-") + expression, k -> restrictions.objections(known
                ? LicenseExpression.parseOrTerm(expression) : new LicenseExpression.Term(expression.strip(), "")));
    }

    private static String key(String path, LineRange lines, String expression) {
        return path + '\0' + (lines == null ? 0 : lines.first()) + '\0' + expression;
    }

    private static String range(LineRange lines) {
        return lines.first() == lines.last() ? String.valueOf(lines.first()) : lines.first() + "-" + lines.last();
    }

    private static String describe(LicenseSource kind) {
        return switch (kind) {
            case LICENSE_TEXT -> "license text";
            case MANIFEST -> "manifest";
            case MODEL_CARD -> "model card front matter";
            case SPDX_TAG -> "SPDX-License-Identifier";
            case HEADER_NOTICE -> "license notice";
            case REUSE -> "REUSE annotation";
        };
    }
}
