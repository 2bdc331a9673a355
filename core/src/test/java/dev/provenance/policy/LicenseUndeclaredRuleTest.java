package dev.provenance.policy;

import static dev.provenance.license.LicenseSource.LICENSE_TEXT;
import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseUndeclaredRuleTest {
    private final Rule rule = new LicenseUndeclaredRule();

    @Test
    void repositoryWithoutDeclarationIsReportedOnce() {
        var violations = rule.evaluate(scan().build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("license-undeclared");
            assertThat(v.path()).isEqualTo(".");
            assertThat(v.lines()).isNull();
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void anyDeclarationSatisfiesIt() {
        assertThat(rule.evaluate(scan().declared("MIT", "LICENSE", LICENSE_TEXT).build())).isEmpty();
    }
}
