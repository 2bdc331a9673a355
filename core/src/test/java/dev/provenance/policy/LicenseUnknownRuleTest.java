package dev.provenance.policy;

import static dev.provenance.policy.Scans.license;
import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.LicenseSource;
import org.junit.jupiter.api.Test;

class LicenseUnknownRuleTest {
    private final Rule rule = new LicenseUnknownRule();

    @Test
    void customModelLicenseIsReportedWhereFound() {
        var scan = scan().file("README.md", FileKind.MODEL_CARD, license("qwen-research", LicenseSource.MODEL_CARD, 3, false));

        assertThat(rule.evaluate(scan.build())).singleElement().satisfies(v -> {
            assertThat(v.location()).isEqualTo("README.md:3");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message()).isEqualTo(
                    "model card license 'qwen-research' matches no license on the SPDX list");
        });
    }

    @Test
    void knownLicensesPass() {
        var scan = scan().file("pom.xml", FileKind.MANIFEST, license("Apache-2.0", LicenseSource.MANIFEST, 12, true));

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }
}
