package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionDuties;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Excerpt;
import dev.provenance.attribution.Marker;
import dev.provenance.attribution.UnconfirmedClaim;
import dev.provenance.inventory.FileKind;
import dev.provenance.license.LicenseCompatibility;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SnippetRulesTest {
    private static final Rule UNATTRIBUTED = new SnippetUnattributedRule();
    private static final Rule REPLACED = new HeaderReplacedRule();
    private static final Rule PARTIAL = new AttributionPartialRule();
    private static final Rule MISMATCH = new CopiedFromMismatchRule();
    private static final Rule TEXT = new LicenseTextMissingRule(AttributionDuties.standard());
    private static final Rule INCOMPATIBLE = new LicenseIncompatibleRule(LicenseCompatibility.standard());

    @ParameterizedTest
    @EnumSource(value = AttributionStatus.class, names = {"STRIPPED", "NOTICE_ONLY", "PROSE_ONLY"})
    void anUnsatisfiedCopyWithoutCreditInTheFileIsUnattributed(AttributionStatus status) {
        ScanResult scan = Scans.scan().snippet(copy("Apache-2.0", status, false, List.of())).build();

        assertThat(UNATTRIBUTED.evaluate(scan)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("snippet-unattributed");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("src/Tally.java");
            assertThat(v.lines()).isEqualTo(new LineRange(3, 65));
            assertThat(v.origin()).isEqualTo("tally-kit@1.0.0");
            assertThat(v.message()).startsWith("lines 3-65 copy tally-kit@1.0.0 org/tallykit/WordTally.java:18-80 "
                    + "(Apache-2.0; The Tally Kit Authors)");
            assertThat(v.howToFix()).isEqualTo("Keep the header.");
        });
        assertThat(REPLACED.evaluate(scan)).isEmpty();
        assertThat(PARTIAL.evaluate(scan)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AttributionStatus.class)
    void aSatisfiedCopyBreaksNoAttributionRule(AttributionStatus status) {
        ScanResult scan = Scans.scan().snippet(copy("MIT", status, true, List.of())).build();

        assertThat(UNATTRIBUTED.evaluate(scan)).isEmpty();
        assertThat(REPLACED.evaluate(scan)).isEmpty();
        assertThat(PARTIAL.evaluate(scan)).isEmpty();
    }

    @Test
    void aReplacedHeaderIsNamedInTheMessage() {
        ScanResult scan = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.REPLACED, false,
                List.of(new Evidence(EvidenceKind.OTHER_HOLDER, "src/Tally.java", LineRange.of(2),
                        "Copyright 2026 Example Corp")))).build();

        assertThat(REPLACED.evaluate(scan)).singleElement().satisfies(v -> assertThat(v.message())
                .endsWith("but the header names only 'Copyright 2026 Example Corp'"));
        assertThat(UNATTRIBUTED.evaluate(scan)).isEmpty();
    }

    @Test
    void aPartialCopyIsAttributionPartial() {
        ScanResult scan = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.PARTIAL, false, List.of()))
                .build();

        assertThat(PARTIAL.evaluate(scan)).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("attribution-partial"));
    }

    @Test
    void aMarkerMismatchIsReportedAtTheMarker() {
        ScanResult scan = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true,
                List.of(new Evidence(EvidenceKind.MARKER_MISMATCH, "src/Tally.java", LineRange.of(10),
                        "Copied from mini-ring")))).build();

        assertThat(MISMATCH.evaluate(scan)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.lines()).isEqualTo(LineRange.of(10));
            assertThat(v.message()).startsWith("'Copied from mini-ring' but lines 3-65 copy tally-kit@1.0.0");
        });
    }

    @Test
    void aClaimNothingInTheKnowledgeBaseConfirmsIsAMismatchToo() {
        ScanResult base = Scans.scan().build();
        ScanResult scan = new ScanResult(base.schemaVersion(), base.tool(), base.root(), base.files(),
                base.excluded(), base.declared(), base.ownHolders(), base.thirdParty(), base.snippets(),
                base.violations(), base.waivers(), base.issues(), List.of(new UnconfirmedClaim("src/norm.py",
                        new Marker(Marker.Kind.COPIED_FROM, 7, "rope_kit.modeling_rope.KitNorm"), "rope-kit")));

        assertThat(MISMATCH.evaluate(scan)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("src/norm.py");
            assertThat(v.lines()).isEqualTo(LineRange.of(7));
            assertThat(v.message()).isEqualTo("'Copied from rope_kit.modeling_rope.KitNorm' but nothing in the "
                    + "knowledge base matches this file's code, though rope-kit is indexed");
        });
    }

    @Test
    void aLicenseWhoseTextMustShipIsMissingWithoutAnyCopyOfIt() {
        ScanResult scan = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true, List.of()))
                .snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true, List.of(), "src/Other.java"))
                .build();

        assertThat(TEXT.evaluate(scan)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("license-text-missing");
            assertThat(v.origin()).isEqualTo("tally-kit@1.0.0");
            assertThat(v.message()).contains("tally-kit@1.0.0 is under Apache-2.0").endsWith("copied into 2 files");
            assertThat(v.howToFix()).startsWith("Add the Apache-2.0 text as LICENSES/Apache-2.0.txt");
        });
    }

    @Test
    void aShippedTextOrAFullShortNoticeInTheHeaderIsEnough() {
        ScanResult shipped = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true,
                List.of(new Evidence(EvidenceKind.LICENSE_TEXT, "LICENSE", new LineRange(1, 201), "Apache-2.0"))))
                .build();
        ScanResult bsdHeader = Scans.scan().snippet(copy("BSD-3-Clause", AttributionStatus.ATTRIBUTED, true,
                List.of(new Evidence(EvidenceKind.HEADER_LICENSE, "src/Tally.java", new LineRange(5, 27),
                        "Redistribution and use in source and binary forms")))).build();
        ScanResult apacheHeader = Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true,
                List.of(new Evidence(EvidenceKind.HEADER_LICENSE, "src/Tally.java", new LineRange(3, 13),
                        "Licensed under the Apache License, Version 2.0")))).build();

        assertThat(TEXT.evaluate(shipped)).isEmpty();
        assertThat(TEXT.evaluate(bsdHeader)).isEmpty();
        assertThat(TEXT.evaluate(apacheHeader)).hasSize(1);
    }

    @Test
    void anApacheUpstreamsNoticeNotCarriedOnIsReportedOncePerComponent() {
        Rule rule = new NoticeNotPropagatedRule(AttributionDuties.standard());
        AttributedSnippet first = withNotice(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true, List.of()));
        AttributedSnippet second = withNotice(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true, List.of(),
                "src/Other.java"));
        AttributedSnippet carried = withNotice(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true,
                List.of(new Evidence(EvidenceKind.NOTICE_PROPAGATED, "NOTICE", null,
                        "carries the NOTICE of The Tally Kit Authors"))));
        AttributedSnippet mit = withNotice(copy("MIT", AttributionStatus.ATTRIBUTED, true, List.of()));

        assertThat(rule.evaluate(Scans.scan().snippet(first).snippet(second).build())).singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("notice-not-propagated");
                    assertThat(v.origin()).isEqualTo("tally-kit@1.0.0");
                    assertThat(v.message()).isEqualTo("tally-kit@1.0.0 ships a NOTICE file (\"Tally Kit / Copyright "
                            + "2024 The Tally Kit Authors\") that copies under Apache-2.0 must carry on, and no "
                            + "notice file of the repository does");
                });
        assertThat(rule.evaluate(Scans.scan().snippet(carried).build())).isEmpty();
        assertThat(rule.evaluate(Scans.scan().snippet(mit).build())).isEmpty();
        assertThat(rule.evaluate(Scans.scan().snippet(copy("Apache-2.0", AttributionStatus.ATTRIBUTED, true,
                List.of())).build())).isEmpty();
    }

    private static AttributedSnippet withNotice(AttributedSnippet s) {
        return new AttributedSnippet(s.match(), s.attribution(), s.excerpt(), List.of(),
                "Tally Kit\nCopyright 2024 The Tally Kit Authors\n");
    }

    @Test
    void gplCodeInAnApacheRepositoryIsIncompatibleAndMitCodeIsNot() {
        ScanResult gpl = Scans.scan().declared("Apache-2.0", "LICENSE", LicenseSource.LICENSE_TEXT)
                .snippet(copy("GPL-2.0-only", AttributionStatus.ATTRIBUTED, true, List.of())).build();
        ScanResult mit = Scans.scan().declared("Apache-2.0", "LICENSE", LicenseSource.LICENSE_TEXT)
                .snippet(copy("MIT", AttributionStatus.ATTRIBUTED, true, List.of())).build();

        assertThat(INCOMPATIBLE.evaluate(gpl)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.origin()).isEqualTo("tally-kit@1.0.0");
            assertThat(v.message()).contains("incompatible with the repository's Apache-2.0: GPL-2.0-only");
        });
        assertThat(INCOMPATIBLE.evaluate(mit)).isEmpty();
    }

    @Test
    void aGplHeaderInAnApacheRepositoryIsIncompatibleWithoutAnySnippet() {
        ScanResult scan = Scans.scan().declared("Apache-2.0", "LICENSE", LicenseSource.LICENSE_TEXT)
                .file("src/Matrix.java", FileKind.SOURCE, Scans.license("GPL-2.0-only", LicenseSource.HEADER_NOTICE,
                        3, true))
                .file("src/Ok.java", FileKind.SOURCE, Scans.license("MIT", LicenseSource.SPDX_TAG, 2, true))
                .build();

        assertThat(INCOMPATIBLE.evaluate(scan)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("src/Matrix.java");
            assertThat(v.origin()).isEmpty();
            assertThat(v.message()).startsWith("the header states GPL-2.0-only, incompatible with the repository's "
                    + "Apache-2.0");
        });
    }

    @Test
    void withoutADeclaredLicenseThereIsNothingToBeIncompatibleWith() {
        ScanResult scan = Scans.scan().snippet(copy("GPL-3.0-only", AttributionStatus.ATTRIBUTED, true, List.of()))
                .build();

        assertThat(INCOMPATIBLE.evaluate(scan)).isEmpty();
    }

    private static AttributedSnippet copy(String license, AttributionStatus status, boolean satisfied,
                                          List<Evidence> evidence) {
        return copy(license, status, satisfied, evidence, "src/Tally.java");
    }

    private static AttributedSnippet copy(String license, AttributionStatus status, boolean satisfied,
                                          List<Evidence> evidence, String path) {
        Origin origin = new Origin("tally-kit", "1.0.0", "", "org/tallykit/WordTally.java", new LineRange(18, 80),
                license, List.of("The Tally Kit Authors"));
        SnippetMatch match = SnippetMatch.of(path, new LineRange(3, 65), origin, 1.0, CloneType.EXACT, 300, false);
        return new AttributedSnippet(match, new Attribution(status, satisfied, evidence,
                satisfied ? List.of() : List.of("keep the header")), Excerpt.NONE);
    }
}
