package dev.provenance.policy;

import dev.provenance.scan.ScanResult;
import java.util.List;

/** The repository declares no license anywhere at its root: no LICENSE text, manifest entry or model card field. */
final class LicenseUndeclaredRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-undeclared", Severity.ERROR,
            "The repository declares no license",
            "Add a LICENSE file with the full text of the repository's license at the root, and declare the same "
                    + "license in the build manifest (pom.xml <licenses>, package.json \"license\", pyproject.toml "
                    + "[project] license) or the model card's front matter.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        if (!scan.declared().isEmpty()) {
            return List.of();
        }
        return List.of(Violation.of(DESCRIPTOR, ".", null,
                "no repository-level license: no LICENSE, LICENCE or COPYING file at the root, and no license in a "
                        + "root manifest or model card"));
    }
}
