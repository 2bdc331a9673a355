package dev.provenance.policy;

import static dev.provenance.license.LicenseSource.LICENSE_TEXT;
import static dev.provenance.license.LicenseSource.MANIFEST;
import static dev.provenance.license.LicenseSource.MODEL_CARD;
import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseDeclarationConflictRuleTest {
    private final Rule rule = new LicenseDeclarationConflictRule();

    @Test
    void modelCardApacheAgainstMitLicenseConflicts() {
        var scan = scan().declared("MIT", "LICENSE", LICENSE_TEXT).declared("Apache-2.0", "README.md", MODEL_CARD);

        List<Violation> violations = rule.evaluate(scan.build());

        assertThat(violations).extracting(Violation::message).containsExactly(
                "declares Apache-2.0 (model card front matter) but LICENSE:1 holds MIT");
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo("license-declaration-conflict");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void pomAgainstLicenseTextConflicts() {
        var scan = scan().declared("Apache-2.0", "LICENSE", LICENSE_TEXT).declared("GPL-3.0-only", "pom.xml", MANIFEST);

        assertThat(rule.evaluate(scan.build())).extracting(Violation::path).containsExactly("pom.xml");
    }

    @Test
    void licenseFileThatNoStatementDeclaresConflicts() {
        var scan = scan().declared("MIT", "LICENSE-MIT", LICENSE_TEXT).declared("Apache-2.0", "LICENSE-APACHE", LICENSE_TEXT)
                .declared("MIT", "Cargo.toml", MANIFEST);

        assertThat(rule.evaluate(scan.build())).extracting(Violation::message)
                .containsExactly("declares Apache-2.0 (license text) but Cargo.toml:1 declares MIT");
    }

    @Test
    void agreeingDeclarationsPass() {
        var scan = scan().declared("Apache-2.0", "LICENSE", LICENSE_TEXT).declared("Apache-2.0", "pom.xml", MANIFEST)
                .declared("Apache-2.0", "README.md", MODEL_CARD);

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void dualLicenseFilesAgreeWithAnOrExpression() {
        var scan = scan().declared("MIT", "LICENSE-MIT", LICENSE_TEXT).declared("Apache-2.0", "LICENSE-APACHE", LICENSE_TEXT)
                .declared("MIT OR Apache-2.0", "Cargo.toml", MANIFEST);

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void gplTextAgreesWithOrLaterDeclaration() {
        var scan = scan().declared("GPL-3.0-only", "COPYING", LICENSE_TEXT).declared("GPL-3.0-or-later", "pom.xml", MANIFEST);

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void twoManifestsNamingDisjointLicensesConflict() {
        var scan = scan().declared("MIT", "package.json", MANIFEST).declared("ISC", "pyproject.toml", MANIFEST);

        assertThat(rule.evaluate(scan.build())).extracting(Violation::message)
                .containsExactly("declares ISC (manifest) but package.json:1 declares MIT");
    }

    @Test
    void unknownDeclarationsAreLeftToLicenseUnknown() {
        var scan = scan().declaredUnknown("Tongyi Qianwen LICENSE AGREEMENT", "LICENSE", LICENSE_TEXT)
                .declared("Apache-2.0", "README.md", MODEL_CARD);

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void eachDepartingDeclarationIsReportedOnce() {
        var scan = scan().declared("MIT", "LICENSE", LICENSE_TEXT).declared("Apache-2.0", "pom.xml", MANIFEST)
                .declared("GPL-2.0-only", "README.md", MODEL_CARD);

        assertThat(rule.evaluate(scan.build())).extracting(Violation::path).containsExactly("pom.xml", "README.md");
    }
}
