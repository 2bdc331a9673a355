package dev.provenance.policy;

import dev.provenance.license.LicenseExpression;

import static dev.provenance.policy.Scans.license;
import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.LicenseSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseNotAllowedRuleTest {
    private static LicenseNotAllowedRule rule(String licenses) throws PolicyFileException {
        return new LicenseNotAllowedRule(PolicyFile.parse("licenses: " + licenses + "\n", PolicyFile.FILE_NAME,
                Policy.knownRuleIds()).licenses());
    }

    private static final String ALLOW = "{allowed: [MIT, Apache-2.0]}";
    private static final String DENY = "{denied: [GPL-3.0-only]}";
    private static final String ONLY_CLASSPATH =
            "{denied: [GPL-2.0-only], allowed: [GPL-2.0-only WITH Classpath-exception-2.0, MIT]}";
    private static final String NOT_ALLOWED = " is not among the allowed licenses (provenance-policy.yaml:1)";
    private static final String DENIED = " is denied (provenance-policy.yaml:1)";

    static Stream<Arguments> judgements() {
        return Stream.of(
                Arguments.of(ALLOW, "MIT", ""),
                Arguments.of(ALLOW, "mit", ""),
                Arguments.of(ALLOW, "GPL-3.0-only", "GPL-3.0-only" + NOT_ALLOWED),
                Arguments.of(ALLOW, "MIT OR GPL-3.0-only", ""),
                Arguments.of(ALLOW, "MIT AND GPL-3.0-only", "GPL-3.0-only" + NOT_ALLOWED),
                Arguments.of(ALLOW, "(MIT OR GPL-3.0-only) AND Apache-2.0", ""),
                Arguments.of(ALLOW, "Apache-2.0 WITH LLVM-exception", ""),
                Arguments.of(ALLOW, "GPL-2.0-only OR LGPL-2.1-only",
                        "GPL-2.0-only" + NOT_ALLOWED + "; LGPL-2.1-only" + NOT_ALLOWED),
                Arguments.of(DENY, "GPL-3.0-only", "GPL-3.0-only" + DENIED),
                Arguments.of(DENY, "GPL-3.0-only OR MIT", ""),
                Arguments.of(DENY, "MIT AND GPL-3.0-only", "GPL-3.0-only" + DENIED),
                Arguments.of(DENY, "LGPL-2.1-only", ""),
                Arguments.of(DENY, "GPL-3.0-or-later", ""),
                Arguments.of(ONLY_CLASSPATH, "GPL-2.0-only WITH Classpath-exception-2.0", ""),
                Arguments.of(ONLY_CLASSPATH, "GPL-2.0-only", "GPL-2.0-only" + DENIED),
                Arguments.of(ONLY_CLASSPATH, "GPL-2.0-only WITH LLVM-exception",
                        "GPL-2.0-only WITH LLVM-exception" + DENIED),
                Arguments.of("{denied: [GPL-2.0-only], allowed: [MIT]}", "GPL-2.0-only AND ISC",
                        "GPL-2.0-only" + DENIED + "; ISC" + NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("judgements")
    void expressionsAreJudgedAsAWhole(String licenses, String expression, String objection)
            throws PolicyFileException {
        LicenseRestrictions restrictions = PolicyFile.parse("licenses: " + licenses + "\n", PolicyFile.FILE_NAME,
                Policy.knownRuleIds()).licenses();

        List<String> objections = restrictions.objections(LicenseExpression.parseOrTerm(expression));

        assertThat(String.join("; ", objections)).isEqualTo(objection);
    }

    @Test
    void snippetFromADeniedUpstreamIsReportedAtTheCopyWithItsOrigin() throws PolicyFileException {
        var scan = scan().declared("MIT", "LICENSE", LicenseSource.LICENSE_TEXT)
                .snippet("src/rope.py", 14, 40, "acme-rope", "1.4.0", "GPL-3.0-only");

        List<Violation> violations = rule("\n  denied:\n    - AGPL-3.0-only\n    - GPL-3.0-only")
                .evaluate(scan.build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("license-not-allowed");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.location()).isEqualTo("src/rope.py:14");
            assertThat(v.origin()).isEqualTo("acme-rope@1.4.0");
            assertThat(v.message()).isEqualTo("lines 14-40 copy acme-rope@1.4.0 (acme-rope/core.py:24-50), which is "
                    + "under GPL-3.0-only: GPL-3.0-only is denied (provenance-policy.yaml:4)");
        });
    }

    @Test
    void headerLicenseOutsideTheAllowListIsReportedWhereItStands() throws PolicyFileException {
        var scan = scan().declared("MIT", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("vendor/lib.c", FileKind.SOURCE, license("LGPL-2.1-or-later", LicenseSource.SPDX_TAG, 2, true))
                .file("src/ok.py", FileKind.SOURCE, license("MIT", LicenseSource.HEADER_NOTICE, 1, true));

        List<Violation> violations = rule("{allowed: [MIT, Apache-2.0]}").evaluate(scan.build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.location()).isEqualTo("vendor/lib.c:2");
            assertThat(v.origin()).isEmpty();
            assertThat(v.message()).isEqualTo("SPDX-License-Identifier states LGPL-2.1-or-later: LGPL-2.1-or-later is "
                    + "not among the allowed licenses (provenance-policy.yaml:1)");
        });
    }

    @Test
    void repositoryDeclarationIsReportedOnceThoughItsLicenseFileIsAlsoAFinding() throws PolicyFileException {
        var scan = scan().declared("GPL-3.0-only", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("LICENSE", FileKind.LEGAL, license("GPL-3.0-only", LicenseSource.LICENSE_TEXT, 1, true));

        List<Violation> violations = rule("{denied: [GPL-3.0-only]}").evaluate(scan.build());

        assertThat(violations).extracting(Violation::message).containsExactly(
                "the repository declares GPL-3.0-only (license text): GPL-3.0-only is denied "
                        + "(provenance-policy.yaml:1)");
    }

    @Test
    void unknownLicenseIsComparedAsWritten() throws PolicyFileException {
        var scan = scan().declared("MIT", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("README.md", FileKind.MODEL_CARD, license("qwen-research", LicenseSource.MODEL_CARD, 3, false))
                .file("other/README.md", FileKind.MODEL_CARD, license("llama2", LicenseSource.MODEL_CARD, 3, false));

        List<Violation> violations = rule("{denied: [Qwen-Research]}").evaluate(scan.build());

        assertThat(violations).extracting(Violation::location).containsExactly("README.md:3");
    }

    @Test
    void unknownLicenseIsNotAllowedByAnAllowListThatDoesNotNameIt() throws PolicyFileException {
        var scan = scan().file("README.md", FileKind.MODEL_CARD,
                license("Tongyi Qianwen LICENSE AGREEMENT", LicenseSource.MODEL_CARD, 3, false));

        assertThat(rule("{allowed: [MIT]}").evaluate(scan.build())).extracting(Violation::message).containsExactly(
                "model card front matter states Tongyi Qianwen LICENSE AGREEMENT: Tongyi Qianwen LICENSE AGREEMENT is "
                        + "not among the allowed licenses (provenance-policy.yaml:1)");
    }

    @Test
    void withoutALicensesSectionNothingIsReported() {
        var scan = scan().declared("AGPL-3.0-only", "LICENSE", LicenseSource.LICENSE_TEXT)
                .snippet("src/rope.py", 14, 40, "acme-rope", "1.4.0", "GPL-3.0-only");

        assertThat(new LicenseNotAllowedRule(LicenseRestrictions.NONE).evaluate(scan.build())).isEmpty();
    }

    @Test
    void snippetOfAnUpstreamWithoutKnownLicenseIsLeftToOtherRules() throws PolicyFileException {
        var scan = scan().snippet("src/rope.py", 14, 40, "acme-rope", "1.4.0", "");

        assertThat(rule("{allowed: [MIT]}").evaluate(scan.build())).isEmpty();
    }
}
