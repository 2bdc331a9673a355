package dev.provenance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.NoticeFile;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionCheckerTest {
    private static final Origin KIT = new Origin("rope-kit", "1.2.0", "", "rope_kit/modeling_rope.py",
            new LineRange(16, 124), "Apache-2.0", List.of("The Rope Kit Authors"));
    private static final Origin ACME = new Origin("org.acme:acme-text", "2.0", "pkg:maven/org.acme/acme-text@2.0",
            "org/acme/text/Tally.java", new LineRange(1, 60), "MIT", List.of("Acme Corp"));

    private final AttributionChecker checker = new AttributionChecker(AttributionDuties.standard());

    @Test
    void aHeaderKeepingTheUpstreamHolderIsAttributed() {
        CopiedFile file = file("a.py", List.of(copyright("Copyright 2024 The Rope Kit Authors", "The Rope Kit Authors",
                1), copyright("Copyright 2026 Example AI Lab", "Example AI Lab", 2)), List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file, RepositoryCredits.NONE));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.ATTRIBUTED);
        assertThat(verdict.satisfied()).isTrue();
        assertThat(verdict.evidence(EvidenceKind.HEADER_COPYRIGHT)).extracting(Evidence::text)
                .containsExactly("Copyright 2024 The Rope Kit Authors");
    }

    @Test
    void holdersCompareByKeySoCorporateFormsAndCaseDoNotMatter() {
        CopiedFile file = file("T.java", List.of(copyright("(c) 2019 ACME Corporation", "ACME Corporation", 1)),
                List.of(), snippet(ACME, 3, 40));

        assertThat(only(checker.attribute(file, RepositoryCredits.NONE)).status())
                .isEqualTo(AttributionStatus.ATTRIBUTED);
    }

    @Test
    void theUpstreamFilesOwnHeaderHoldersAreWhatACopyMustKeep() {
        CopiedSnippet snippet = new CopiedSnippet(match(KIT, 4, 112),
                List.of(copyright("Copyright 2023 Jane Roe", "Jane Roe", 1)), Excerpt.NONE);
        CopiedFile keeps = new CopiedFile("a.py", true, List.of(copyright("Copyright 2023 Jane Roe", "Jane Roe", 1)),
                List.of(), List.of(), List.of(snippet));
        CopiedFile componentOnly = new CopiedFile("a.py", true,
                List.of(copyright("Copyright 2024 The Rope Kit Authors", "The Rope Kit Authors", 1)), List.of(),
                List.of(), List.of(snippet));

        assertThat(only(checker.attribute(keeps, RepositoryCredits.NONE)).status())
                .isEqualTo(AttributionStatus.ATTRIBUTED);
        assertThat(only(checker.attribute(componentOnly, RepositoryCredits.NONE)).status())
                .isEqualTo(AttributionStatus.REPLACED);
    }

    @Test
    void anotherHoldersHeaderInPlaceOfTheUpstreamsIsReplaced() {
        CopiedFile file = file("modeling_example.py",
                List.of(copyright("Copyright 2026 Example AI Lab. All rights reserved.", "Example AI Lab", 1)),
                List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file, RepositoryCredits.NONE));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.REPLACED);
        assertThat(verdict.satisfied()).isFalse();
        assertThat(verdict.evidence(EvidenceKind.OTHER_HOLDER)).singleElement()
                .satisfies(e -> assertThat(e.lines()).isEqualTo(LineRange.of(1)));
        assertThat(verdict.missing()).containsExactly("credit The Rope Kit Authors (rope-kit@1.2.0, "
                + "rope_kit/modeling_rope.py) in the header of modeling_example.py (Apache-2.0: keep the copyright "
                + "notice and license in the source file; carry the upstream NOTICE on; mark modified files as changed)");
    }

    @Test
    void aJsonCopyIsToldToCreditInANoticeFileForItCannotCarryAHeader() {
        CopiedFile file = new CopiedFile("config.json", false, List.of(), List.of(), List.of(),
                List.of(snippet(KIT, 4, 21)));

        Attribution verdict = only(checker.attribute(file, RepositoryCredits.NONE));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.STRIPPED);
        assertThat(verdict.missing()).containsExactly("credit rope-kit@1.2.0 (rope_kit/modeling_rope.py) with the "
                + "copyright of The Rope Kit Authors and its license (Apache-2.0) in a third-party notice file: "
                + "config.json cannot carry a header");
    }

    @Test
    void noHeaderAndNoCreditIsStripped() {
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file, RepositoryCredits.NONE));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.STRIPPED);
        assertThat(verdict.evidence()).isEmpty();
    }

    @Test
    void aNoticeEntryNamingTheComponentIsNoticeOnly() {
        NoticeFile notice = NoticeFile.parse(new TextFile("THIRD_PARTY_NOTICES.txt", """
                This product includes the following software:

                Software: rope-kit 1.2.0
                Copyright notice: Copyright 2024 The Rope Kit Authors
                License: Apache License 2.0
                """));
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file,
                new RepositoryCredits(List.of(notice), List.of(), List.of())));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.NOTICE_ONLY);
        assertThat(verdict.evidence(EvidenceKind.NOTICE_ENTRY)).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("THIRD_PARTY_NOTICES.txt"));
    }

    @Test
    void aNoticeNamingOnlyAHolderInProseStillCounts() {
        NoticeFile notice = NoticeFile.parse(new TextFile("NOTICE", """
                Example
                Copyright 2026 Example AI Lab

                Parts of the modeling code were written by The Rope Kit Authors.
                """));
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file,
                new RepositoryCredits(List.of(notice), List.of(), List.of())));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.NOTICE_ONLY);
    }

    @Test
    void aReadmeNamingTheComponentIsProseOnly() {
        var readme = new RepositoryCredits.ProseDocument("README.md",
                List.of("# Example", "", "The rotary tables follow rope_kit, thanks to its authors."));
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(KIT, 4, 112));

        Attribution verdict = only(checker.attribute(file, new RepositoryCredits(List.of(), List.of(),
                List.of(readme))));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.PROSE_ONLY);
        assertThat(verdict.evidence(EvidenceKind.PROSE)).singleElement()
                .satisfies(e -> assertThat(e.lines()).isEqualTo(LineRange.of(3)));
    }

    @Test
    void aMarkerNamingTheUpstreamIsProseOnlyAndOneNamingAnotherIsAMismatch() {
        CopiedFile right = file("a.py", List.of(), List.of(new Marker(Marker.Kind.ADAPTED_FROM, 3,
                "rope_kit/modeling_rope.py")), snippet(KIT, 4, 112));
        CopiedFile wrong = file("a.py", List.of(), List.of(new Marker(Marker.Kind.COPIED_FROM, 3,
                "transformers.models.llama.modeling_llama")), snippet(KIT, 4, 112));

        Attribution rightVerdict = only(checker.attribute(right, RepositoryCredits.NONE));
        Attribution wrongVerdict = only(checker.attribute(wrong, RepositoryCredits.NONE));

        assertThat(rightVerdict.status()).isEqualTo(AttributionStatus.PROSE_ONLY);
        assertThat(rightVerdict.evidence(EvidenceKind.MARKER)).hasSize(1);
        assertThat(wrongVerdict.status()).isEqualTo(AttributionStatus.STRIPPED);
        assertThat(wrongVerdict.evidence(EvidenceKind.MARKER_MISMATCH)).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("Copied from transformers.models.llama.modeling_llama"));
    }

    @Test
    void aMarkerAboutTheNextSnippetIsNoMismatchForTheOneItSitsIn() {
        CopiedFile file = file("a.py", List.of(), List.of(new Marker(Marker.Kind.COPIED_FROM, 58,
                "acme-text Tally")), snippet(KIT, 4, 60), snippet(ACME, 61, 100));

        List<AttributedSnippet> verdicts = checker.attribute(file, RepositoryCredits.NONE);

        assertThat(verdicts.get(0).attribution().evidence(EvidenceKind.MARKER_MISMATCH)).isEmpty();
        assertThat(verdicts.get(1).attribution().evidence(EvidenceKind.MARKER)).hasSize(1);
    }

    @Test
    void aFileCreditingOneUpstreamButNotAnotherIsPartialForTheOther() {
        CopiedFile file = file("a.py", List.of(copyright("Copyright 2019 Acme Corp", "Acme Corp", 1)), List.of(),
                snippet(ACME, 5, 50), snippet(KIT, 60, 160));

        List<AttributedSnippet> verdicts = checker.attribute(file, RepositoryCredits.NONE);

        assertThat(verdicts).extracting(s -> s.attribution().status())
                .containsExactly(AttributionStatus.ATTRIBUTED, AttributionStatus.PARTIAL);
    }

    @Test
    void withoutKnownHoldersTheLicenseNoticeAndAMarkerNamingTheUpstreamAttribute() {
        Origin anonymous = new Origin("rope-kit", "1.2.0", "", "rope_kit/modeling_rope.py", new LineRange(1, 90),
                "MIT", List.of());
        CopiedFile file = new CopiedFile("a.py", true, List.of(),
                List.of(new LicenseFinding("MIT", LicenseSource.SPDX_TAG, LineRange.of(1), true,
                        "SPDX-License-Identifier: MIT")),
                List.of(new Marker(Marker.Kind.COPIED_FROM, 2, "rope-kit 1.2.0")),
                List.of(new CopiedSnippet(match(anonymous, 3, 90), List.of(), Excerpt.NONE)));

        Attribution verdict = only(checker.attribute(file, RepositoryCredits.NONE));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.ATTRIBUTED);
        assertThat(verdict.evidence(EvidenceKind.HEADER_LICENSE)).hasSize(1);
    }

    @Test
    void aShippedTextOfTheUpstreamLicenseIsEvidence() {
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(KIT, 4, 112));
        var credits = new RepositoryCredits(List.of(), List.of(
                new RepositoryCredits.ShippedLicense("LICENSES/Apache-2.0.txt", "Apache-2.0", new LineRange(1, 176)),
                new RepositoryCredits.ShippedLicense("LICENSE", "MIT", new LineRange(1, 21))), List.of());

        Attribution verdict = only(checker.attribute(file, credits));

        assertThat(verdict.evidence(EvidenceKind.LICENSE_TEXT)).extracting(Evidence::path)
                .containsExactly("LICENSES/Apache-2.0.txt");
    }

    @Test
    void aNoticeEntrySatisfiesMitButNotApache() {
        NoticeFile notice = NoticeFile.parse(new TextFile("THIRD_PARTY_NOTICES.txt", """
                Software: rope-kit 1.2.0
                Copyright notice: Copyright 2024 The Rope Kit Authors
                License: Apache License 2.0

                Software: acme-text 2.0
                Copyright notice: Copyright 2019 Acme Corp
                License: MIT
                """));
        var credits = new RepositoryCredits(List.of(notice), List.of(), List.of());

        Attribution apache = only(checker.attribute(file("a.py", List.of(), List.of(), snippet(KIT, 4, 112)),
                credits));
        Attribution mit = only(checker.attribute(file("T.java", List.of(), List.of(), snippet(ACME, 3, 40)),
                credits));

        assertThat(apache.status()).isEqualTo(AttributionStatus.NOTICE_ONLY);
        assertThat(apache.satisfied()).isFalse();
        assertThat(mit.status()).isEqualTo(AttributionStatus.NOTICE_ONLY);
        assertThat(mit.satisfied()).isTrue();
        assertThat(mit.missing()).isEmpty();
    }

    @Test
    void aReplacedHeaderOfAnMitCopyCreditedInANoticeIsStillReplacedButSatisfied() {
        NoticeFile notice = NoticeFile.parse(new TextFile("NOTICE.md", """
                # Third-party software

                - acme-text 2.0 (MIT), Copyright 2019 Acme Corp
                """));
        CopiedFile file = file("T.java", List.of(copyright("Copyright 2026 Us", "Us", 1)), List.of(),
                snippet(ACME, 3, 40));

        Attribution verdict = only(checker.attribute(file, new RepositoryCredits(List.of(notice), List.of(),
                List.of())));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.REPLACED);
        assertThat(verdict.satisfied()).isTrue();
    }

    @Test
    void aJsonCopyCreditedInANoticeIsSatisfiedWhateverItsLicenseAsks() {
        NoticeFile notice = NoticeFile.parse(new TextFile("NOTICE", """
                This product includes software developed by The Rope Kit Authors (rope-kit).
                """));
        CopiedFile file = new CopiedFile("config.json", false, List.of(), List.of(), List.of(),
                List.of(snippet(KIT, 4, 21)));

        Attribution verdict = only(checker.attribute(file, new RepositoryCredits(List.of(notice), List.of(),
                List.of())));

        assertThat(verdict.status()).isEqualTo(AttributionStatus.NOTICE_ONLY);
        assertThat(verdict.satisfied()).isTrue();
    }

    @Test
    void anOriginWithoutALicenseIsHeldToTheStrictestDuty() {
        Origin unlicensed = new Origin("mystery", "0.1", "", "m.py", new LineRange(1, 50), "", List.of("M. Author"));
        NoticeFile notice = NoticeFile.parse(new TextFile("NOTICE", "Includes mystery 0.1 by M. Author.\n"));
        CopiedFile file = file("a.py", List.of(), List.of(), snippet(unlicensed, 1, 50));

        Attribution verdict = only(checker.attribute(file, new RepositoryCredits(List.of(notice), List.of(),
                List.of())));

        assertThat(verdict.satisfied()).isFalse();
        assertThat(verdict.missing()).singleElement().asString().contains("not in the obligations table");
    }

    @Test
    void aMarkerNamingAnIndexedComponentThatNothingMatchesIsAnUnconfirmedClaim() {
        List<Marker> markers = List.of(
                new Marker(Marker.Kind.COPIED_FROM, 2, "rope_kit.modeling_rope.KitNorm"),
                new Marker(Marker.Kind.ADAPTED_FROM, 40, "acme-text Tally"),
                new Marker(Marker.Kind.BASED_ON, 90, "the rope kit paper's equations"),
                new Marker(Marker.Kind.COPIED_FROM, 95, "numpy.linalg"));

        List<UnconfirmedClaim> claims = new IndexedComponents(List.of("org.acme:acme-text", "rope-kit"))
                .unconfirmed("a.py", markers, List.of(match(ACME, 38, 80)));

        assertThat(claims).extracting(c -> c.marker().line(), UnconfirmedClaim::component)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "rope-kit"));
    }

    @Test
    void aRepositoryNoticeCreditingTheUpstreamNoticesHoldersCarriesItOn() {
        String upstreamNotice = "Rope Kit\nCopyright 2024 The Rope Kit Authors\n\nThis product includes software "
                + "developed at Example Labs.\n";
        CopiedSnippet snippet = new CopiedSnippet(match(KIT, 4, 112), List.of(), Excerpt.NONE, upstreamNotice);
        CopiedFile file = new CopiedFile("a.py", true, List.of(), List.of(), List.of(), List.of(snippet));
        NoticeFile carries = NoticeFile.parse(new TextFile("NOTICE", """
                Example
                Copyright 2026 Example AI Lab

                This product includes Rope Kit, Copyright 2024 The Rope Kit Authors.
                """));
        NoticeFile silent = NoticeFile.parse(new TextFile("NOTICE", "Example\nCopyright 2026 Example AI Lab\n"));

        AttributedSnippet kept = checker.attribute(file, new RepositoryCredits(List.of(carries), List.of(),
                List.of())).get(0);
        AttributedSnippet lost = checker.attribute(file, new RepositoryCredits(List.of(silent), List.of(),
                List.of())).get(0);

        assertThat(kept.attribution().evidence(EvidenceKind.NOTICE_PROPAGATED)).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("carries the NOTICE of The Rope Kit Authors"));
        assertThat(kept.upstreamNotice()).isEqualTo(upstreamNotice);
        assertThat(lost.attribution().evidence(EvidenceKind.NOTICE_PROPAGATED)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ values

    private static Attribution only(List<AttributedSnippet> verdicts) {
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0).attribution();
    }

    private static CopiedFile file(String path, List<CopyrightStatement> header, List<Marker> markers,
                                   CopiedSnippet... snippets) {
        List<CopiedSnippet> fixed = new ArrayList<>();
        for (CopiedSnippet s : snippets) {
            SnippetMatch m = s.match();
            fixed.add(new CopiedSnippet(SnippetMatch.of(path, m.lines(), m.origin(), m.similarity(), m.cloneType(),
                    m.tokens(), m.wholeFile()), s.upstreamHeader(), s.excerpt()));
        }
        return new CopiedFile(path, true, header, List.of(), markers, fixed);
    }

    private static CopiedSnippet snippet(Origin origin, int first, int last) {
        return new CopiedSnippet(match(origin, first, last), List.of(), Excerpt.NONE);
    }

    private static SnippetMatch match(Origin origin, int first, int last) {
        return SnippetMatch.of("a.py", new LineRange(first, last), origin, 1.0, CloneType.RENAMED, 400, false);
    }

    private static CopyrightStatement copyright(String statement, String holder, int line) {
        return new CopyrightStatement(statement, "", List.of(holder), LineRange.of(line));
    }
}
