package dev.provenance.policy;

import dev.provenance.license.LicenseFinding;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;

/** A license name or text that matches nothing on the SPDX list, such as a custom model license. */
final class LicenseUnknownRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-unknown", Severity.WARNING,
            "A license matches nothing on the SPDX license list",
            "Use the SPDX id of the license if it has one (https://spdx.org/licenses/); for a custom license, "
                    + "declare it as LicenseRef-<name>, ship its full text, and have it reviewed.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        List<Violation> violations = new ArrayList<>();
        for (FileReport file : scan.files()) {
            for (LicenseFinding license : file.licenses()) {
                if (!license.known()) {
                    violations.add(Violation.of(DESCRIPTOR, file.path(), license.lines(), message(license)));
                }
            }
        }
        return violations;
    }

    private static String message(LicenseFinding license) {
        String what = switch (license.source()) {
            case LICENSE_TEXT -> "license text";
            case SPDX_TAG -> "SPDX-License-Identifier";
            case HEADER_NOTICE -> "license notice";
            case MANIFEST -> "manifest license";
            case MODEL_CARD -> "model card license";
            case REUSE -> "REUSE license";
        };
        return what + " '" + license.declaredAs() + "' matches no license on the SPDX list";
    }
}
