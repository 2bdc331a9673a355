package dev.provenance.policy;

import static dev.provenance.policy.Scans.license;
import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.LicenseSource;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Policy policy(String text) throws PolicyFileException {
        return Policy.configured(PolicyFile.parse(text, PolicyFile.FILE_NAME, Policy.knownRuleIds()));
    }

    /** A repository with an MIT license, an unknown model license in its card and a BSD-3-Clause copy in src/rope.py. */
    private static ScanResult repository() {
        return scan().declared("MIT", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("LICENSE", FileKind.LEGAL, license("MIT", LicenseSource.LICENSE_TEXT, 1, true))
                .file("README.md", FileKind.MODEL_CARD, license("qwen-research", LicenseSource.MODEL_CARD, 3, false))
                .snippet("src/rope.py", 14, 40, "acme-rope", "1.4.0", "BSD-3-Clause")
                .build();
    }

    @Test
    void defaultsRunEveryRuleAtItsDefaultSeverityAndWaiveNothing() {
        ScanResult result = Policy.defaults().evaluate(repository(), TODAY);

        assertThat(result.violations()).extracting(Violation::rule, Violation::severity)
                .containsExactly(tuple("license-unknown", Severity.WARNING));
        assertThat(result.waivers()).isEmpty();
    }

    @Test
    void levelOverridesTheDefaultSeverity() throws PolicyFileException {
        ScanResult result = policy("rules:\n  license-unknown: ERROR\n").evaluate(repository(), TODAY);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("license-unknown");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void offDropsTheRule() throws PolicyFileException {
        ScanResult result = policy("rules:\n  license-unknown: OFF\n").evaluate(repository(), TODAY);

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void deniedLicenseOfACopiedUpstreamIsAViolation() throws PolicyFileException {
        ScanResult result = policy("licenses:\n  denied: [BSD-3-Clause]\nrules:\n  license-unknown: OFF\n")
                .evaluate(repository(), TODAY);

        assertThat(result.violations()).extracting(Violation::rule, Violation::location, Violation::origin)
                .containsExactly(tuple("license-not-allowed", "src/rope.py:14",
                        "acme-rope@1.4.0"));
    }

    @Test
    void matchingWaiverRemovesTheViolationAndIsListed() throws PolicyFileException {
        ScanResult result = policy("""
                licenses:
                  denied: [BSD-3-Clause]
                waivers:
                  - rule: license-not-allowed
                    origin: acme-rope
                    reason: ORIGINAL_WORK
                    comment: acme-rope was extracted from this repository
                  - rule: license-unknown
                    path: README.md
                    reason: LICENSE_PERMITS
                    comment: qwen research license reviewed
                    expires: 2026-11-29
                """).evaluate(repository(), TODAY);

        assertThat(result.violations()).isEmpty();
        assertThat(result.waivers()).hasSize(2);
        assertThat(result.waivers()).extracting(a -> a.violation().rule(), a -> a.waiver().line(),
                a -> a.waiver().reason()).containsExactly(
                tuple("license-not-allowed", 4, WaiverReason.ORIGINAL_WORK),
                tuple("license-unknown", 8, WaiverReason.LICENSE_PERMITS));
        assertThat(result.waivers().get(0).violation().location()).isEqualTo("src/rope.py:14");
    }

    @Test
    void expiredWaiverNoLongerAppliesAndIsReportedAtItsLine() throws PolicyFileException {
        ScanResult result = policy("""
                waivers:
                  - rule: license-unknown
                    path: README.md
                    reason: LICENSE_PERMITS
                    expires: 2026-11-28
                """).evaluate(repository(), TODAY);

        assertThat(result.waivers()).isEmpty();
        assertThat(result.violations()).extracting(Violation::rule, Violation::severity, Violation::location)
                .containsExactly(
                        tuple("waiver-expired", Severity.ERROR,
                                "provenance-policy.yaml:2"),
                        tuple("license-unknown", Severity.WARNING, "README.md:3"));
        Violation expired = result.violations().get(0);
        assertThat(expired.message()).isEqualTo("the waiver at provenance-policy.yaml:2 for license-unknown on "
                + "README.md expired on 2026-11-28 and no longer applies; the finding it covered is reported again");
        assertThat(expired.howToFix()).isEqualTo("Renew the waiver with a new date and reason, or fix the finding.");
        assertThat(expired.lines()).isEqualTo(LineRange.of(2));
    }

    @Test
    void waiverAppliesThroughItsExpiryDay() throws PolicyFileException {
        Policy policy = policy("""
                waivers:
                  - {rule: license-unknown, path: README.md, reason: TEST_DATA, expires: 2026-11-29}
                """);

        assertThat(policy.evaluate(repository(), TODAY).violations()).isEmpty();
        assertThat(policy.evaluate(repository(), TODAY.plusDays(1)).violations())
                .extracting(Violation::rule).containsExactly("waiver-expired", "license-unknown");
    }

    @Test
    void waiverThatMatchesNothingIsReportedAsUnused() throws PolicyFileException {
        ScanResult result = policy("""
                waivers:
                  - rule: license-unknown
                    path: README.md
                    reason: TEST_DATA
                  - rule: notice-incomplete
                    path: src/**
                    origin: acme-*
                    reason: NOT_COPIED
                """).evaluate(repository(), TODAY);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("waiver-unused");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.location()).isEqualTo("provenance-policy.yaml:5");
            assertThat(v.message()).isEqualTo(
                    "the waiver at provenance-policy.yaml:5 for notice-incomplete on src/** (origin acme-*) matches no "
                            + "finding");
        });
    }

    @Test
    void waiverOfARuleSetOffIsUnusedAndSaysWhy() throws PolicyFileException {
        ScanResult result = policy("""
                rules:
                  license-unknown: OFF
                waivers:
                  - {rule: license-unknown, path: README.md, reason: TEST_DATA}
                """).evaluate(repository(), TODAY);

        assertThat(result.violations()).extracting(Violation::message).containsExactly(
                "the waiver at provenance-policy.yaml:4 for license-unknown on README.md matches no finding (the rule "
                        + "license-unknown is OFF in the policy)");
    }

    @Test
    void waiverRulesHaveLevelsToo() throws PolicyFileException {
        String waivers = """
                waivers:
                  - {rule: license-unknown, path: docs/**, reason: TEST_DATA}
                  - {rule: license-unknown, path: README.md, reason: TEST_DATA, expires: 2020-01-01}
                """;

        assertThat(policy("rules: {waiver-unused: OFF, waiver-expired: WARNING}\n" + waivers)
                .evaluate(repository(), TODAY).violations())
                .extracting(Violation::rule, Violation::severity).containsExactly(
                        tuple("license-unknown", Severity.WARNING),
                        tuple("waiver-expired", Severity.WARNING));
    }

    @Test
    void waiverMustMatchRuleAndPathAndOrigin() throws PolicyFileException {
        ScanResult result = policy("""
                licenses: {denied: [BSD-3-Clause]}
                rules: {license-unknown: OFF}
                waivers:
                  - {rule: license-not-allowed, path: src/**, origin: other-lib, reason: NOT_COPIED}
                  - {rule: license-not-allowed, path: lib/**, origin: acme-rope, reason: NOT_COPIED}
                  - {rule: license-unknown, path: src/**, origin: acme-rope, reason: NOT_COPIED}
                """).evaluate(repository(), TODAY);

        assertThat(result.waivers()).isEmpty();
        assertThat(result.violations()).extracting(Violation::rule).containsExactly(
                "license-not-allowed", "waiver-unused", "waiver-unused", "waiver-unused");
    }

    @Test
    void firstMatchingWaiverIsRecordedAndALaterOneThatAlsoMatchesIsNotUnused() throws PolicyFileException {
        ScanResult result = policy("""
                waivers:
                  - {rule: license-unknown, path: '*.md', reason: TEST_DATA}
                  - {rule: license-unknown, path: README.md, reason: LICENSE_PERMITS}
                """).evaluate(repository(), TODAY);

        assertThat(result.violations()).isEmpty();
        assertThat(result.waivers()).singleElement().satisfies(a -> assertThat(a.waiver().line()).isEqualTo(2));
    }

    @Test
    void expiredWaiverCountsTheFindingsItCovered() throws PolicyFileException {
        ScanResult scan = scan().declared("MIT", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("a/README.md", FileKind.MODEL_CARD, license("x-license", LicenseSource.MODEL_CARD, 2, false))
                .file("b/README.md", FileKind.MODEL_CARD, license("y-license", LicenseSource.MODEL_CARD, 2, false))
                .build();

        ScanResult result = policy("waivers:\n  - {rule: license-unknown, path: README.md, reason: TEST_DATA, "
                + "expires: 2026-01-31}\n").evaluate(scan, TODAY);

        assertThat(result.violations()).filteredOn(v -> v.rule().equals("waiver-expired"))
                .extracting(Violation::message).containsExactly("the waiver at provenance-policy.yaml:2 for "
                        + "license-unknown on README.md expired on 2026-01-31 and no longer applies; the 2 findings it "
                        + "covered are reported again");
    }

    @Test
    void descriptorsShowConfiguredSeveritiesLeaveOffRulesOutAndNameTheWaiverRules() throws PolicyFileException {
        var descriptors = policy("rules: {license-unknown: ERROR, notice-incomplete: OFF}\n").descriptors();

        assertThat(descriptors).extracting(RuleDescriptor::id).doesNotContain("notice-incomplete")
                .contains("license-not-allowed", "waiver-expired", "waiver-unused");
        assertThat(descriptors).filteredOn(d -> d.id().equals("license-unknown"))
                .extracting(RuleDescriptor::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void knownRuleIdsAreEveryBuiltInRuleAndTheWaiverRules() {
        assertThat(Policy.knownRuleIds()).contains("license-undeclared", "license-declaration-conflict",
                "license-unknown", "notice-incomplete", "license-not-allowed", "waiver-expired", "waiver-unused");
    }

    @Test
    void evaluatingAgainKeepsTheResultSortedAndEqual() throws PolicyFileException {
        Policy policy = policy("waivers:\n  - {rule: license-unknown, path: README.md, reason: TEST_DATA}\n");

        assertThat(policy.evaluate(repository(), TODAY)).isEqualTo(policy.evaluate(repository(), TODAY));
    }
}
