package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Excerpt;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.Language;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.HolderNames;
import dev.provenance.notice.LegalRole;
import dev.provenance.notice.NoticeEntry;
import dev.provenance.notice.NoticeFile;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeWriterTest {
    /** Golden files hold this placeholder where a license text goes: the texts come from the library, never here. */
    private static final Pattern PLACEHOLDER = Pattern.compile("@@license-text ([A-Za-z0-9.+-]{1,64})@@");

    private final NoticeWriter writer = NoticeWriter.standard();
    private final LicenseCatalog catalog = LicenseCatalog.bundled();

    // --- fixtures ------------------------------------------------------------------------------------------------

    private static AttributedSnippet snippet(String path, LineRange lines, Origin origin, AttributionStatus status,
                                             boolean satisfied, List<String> upstreamCopyrights) {
        return new AttributedSnippet(SnippetMatch.of(path, lines, origin, 1.0, CloneType.EXACT, 120, false),
                new Attribution(status, satisfied, List.of(), satisfied ? List.of() : List.of("credit it")),
                new Excerpt(List.of("a"), List.of("a")), upstreamCopyrights);
    }

    private static Origin miniRing(String path, LineRange lines) {
        return new Origin("mini-ring", "1.0.0", "pkg:maven/org.miniring/mini-ring@1.0.0", path, lines, "MIT",
                List.of("Jane Roe"));
    }

    private static Origin tallyKit() {
        return new Origin("tally-kit", "1.0.0", "", "src/main/java/org/tallykit/WordTally.java", new LineRange(18, 80),
                "Apache-2.0", List.of("The Tally Kit Authors"));
    }

    private static FileReport source(String path, Language language, CopyrightStatement... copyrights) {
        return new FileReport(path, FileKind.SOURCE, language, 1000, Set.of(), List.of(), List.of(copyrights));
    }

    /**
     * A repository copying mini-ring (MIT) twice with its header stripped, tally-kit (Apache-2.0) with the header
     * stripped, a config file from a GPL-2.0-only component with an exception, and a vendored file by Acme Widgets.
     */
    static ScanResult sample() {
        List<AttributedSnippet> snippets = List.of(
                snippet("src/main/java/com/example/Ring.java", new LineRange(3, 40),
                        miniRing("src/main/java/org/miniring/RingBuffer.java", new LineRange(3, 40)),
                        AttributionStatus.STRIPPED, false, List.of("Copyright (c) 2023 Jane Roe")),
                snippet("src/main/java/com/example/Ring.java", new LineRange(52, 60),
                        miniRing("src/main/java/org/miniring/RingBuffer.java", new LineRange(50, 58)),
                        AttributionStatus.STRIPPED, false, List.of("Copyright (c) 2023 Jane Roe")),
                snippet("src/main/java/com/example/text/WordTally.java", new LineRange(3, 65), tallyKit(),
                        AttributionStatus.STRIPPED, false, List.of("Copyright 2024 The Tally Kit Authors")),
                snippet("config/matrix.json", LineRange.of(1),
                        new Origin("gpl-matrix", "2.1", "", "conf/matrix.json", new LineRange(1, 1),
                                "GPL-2.0-only WITH Classpath-exception-2.0", List.of("Matrix Hackers")),
                        AttributionStatus.STRIPPED, false, List.of()));
        List<FileReport> files = List.of(
                new FileReport("config/matrix.json", FileKind.CONFIG, Language.JSON, 10, Set.of(), List.of(),
                        List.of()),
                source("src/main/java/com/example/Ring.java", Language.JAVA),
                source("src/main/java/com/example/text/WordTally.java", Language.JAVA),
                source("src/vendor/widget.c", Language.C, new CopyrightStatement(
                        "Copyright (C) 2019 Acme Widgets Ltd.", "2019", List.of("Acme Widgets Ltd."),
                        LineRange.of(1))));
        List<ThirdPartyHolder> holders = List.of(
                new ThirdPartyHolder("Acme Widgets Ltd.", List.of("src/vendor/widget.c"), List.of("BSD-3-Clause"),
                        List.of()),
                new ThirdPartyHolder("The Tally Kit Authors", List.of("src/main/java/com/example/text/WordTally.java"),
                        List.of(), List.of()));
        List<Violation> violations = List.of(
                violation("snippet-unattributed", "src/main/java/com/example/Ring.java", new LineRange(3, 40),
                        "mini-ring@1.0.0"),
                violation("snippet-unattributed", "src/main/java/com/example/Ring.java", new LineRange(52, 60),
                        "mini-ring@1.0.0"),
                violation("snippet-unattributed", "src/main/java/com/example/text/WordTally.java",
                        new LineRange(3, 65), "tally-kit@1.0.0"),
                violation("snippet-unattributed", "config/matrix.json", LineRange.of(1), "gpl-matrix@2.1"),
                violation("license-incompatible", "config/matrix.json", LineRange.of(1), "gpl-matrix@2.1"),
                violation("license-text-missing", "src/main/java/com/example/text/WordTally.java",
                        new LineRange(3, 65), "tally-kit@1.0.0"),
                violation("notice-incomplete", "src/vendor/widget.c", LineRange.of(1), ""));
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"),
                "/home/someone/checkouts/example-text/", files, List.of(), List.of(), List.of(), holders, snippets,
                violations, List.of());
    }

    private static Violation violation(String rule, String path, LineRange lines, String origin) {
        return new Violation(rule, Severity.ERROR, path, lines, rule + " at " + path, "fix it", origin);
    }

    private static ScanResult withoutThirdParty() {
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"), "/repo",
                List.of(source("src/Own.java", Language.JAVA)), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    // --- golden files --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(NoticeFormat.class)
    void noticeMatchesTheGoldenFileWithTheLicenseTextsFromTheLibrary(NoticeFormat format) throws IOException {
        String name = format == NoticeFormat.TEXT ? "golden-notice.txt" : "golden-notice.md";
        String rendered = writer.render(sample(), format).orElseThrow();
        if (Boolean.getBoolean("provenance.updateGolden")) {
            // mvn test -Dtest=NoticeWriterTest -Dprovenance.updateGolden=true, then review the diff
            Files.writeString(Path.of("src/test/resources/dev/provenance/report/" + name), withPlaceholders(rendered),
                    StandardCharsets.UTF_8);
        }
        String golden;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(rendered).isEqualTo(expand(golden));
    }

    /** The golden file with each license body the library supplies swapped for its placeholder. */
    private String withPlaceholders(String rendered) {
        String out = rendered;
        for (String id : List.of("Apache-2.0", "BSD-3-Clause", "GPL-2.0-only", "MIT")) {
            out = out.replace(NoticeWriter.normalise(catalog.text(id).orElseThrow()), "@@license-text " + id + "@@");
        }
        String exception = NoticeWriter.normalise(catalog.exceptionText("Classpath-exception-2.0").orElseThrow());
        return out.replace(exception, "@@license-text Classpath-exception-2.0@@");
    }

    private String expand(String golden) {
        Matcher m = PLACEHOLDER.matcher(golden);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String text = catalog.text(id).or(() -> catalog.exceptionText(id)).orElseThrow();
            m.appendReplacement(out, Matcher.quoteReplacement(NoticeWriter.normalise(text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void goldenFilesHoldNoLicenseText() throws IOException {
        for (String name : List.of("golden-notice.txt", "golden-notice.md")) {
            try (InputStream in = getClass().getResourceAsStream(name)) {
                String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(golden).doesNotContain("Permission is hereby granted")
                        .doesNotContain("TERMS AND CONDITIONS").contains("@@license-text MIT@@");
            }
        }
    }

    // --- round trip through the notice parser --------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(NoticeFormat.class)
    void theNoticeParserReadsEveryComponentBackWithItsHolders(NoticeFormat format) {
        String rendered = writer.render(sample(), format).orElseThrow();
        String path = format == NoticeFormat.TEXT ? "THIRD-PARTY-NOTICES.txt" : "THIRD-PARTY-NOTICES.md";
        assertThat(LegalRole.of(path)).isEqualTo(LegalRole.NOTICE);

        NoticeFile notice = NoticeFile.parse(new TextFile(path, rendered));

        assertThat(notice.ownStatements()).isEmpty();
        assertEntry(notice, "gpl-matrix", "2.1", "Matrix Hackers");
        assertEntry(notice, "mini-ring", "1.0.0", "Jane Roe");
        assertEntry(notice, "tally-kit", "1.0.0", "The Tally Kit Authors");
        assertThat(notice.credits("Acme Widgets Ltd.")).isTrue();
        assertThat(notice.entries().stream().map(NoticeEntry::name).filter(n -> n.contains("Acme Widgets")))
                .hasSize(1);
        assertThat(notice.entries().stream().filter(e -> e.name().equals("mini-ring")).findFirst().orElseThrow()
                .license()).startsWith("MIT");
    }

    private static void assertEntry(NoticeFile notice, String name, String version, String holder) {
        List<NoticeEntry> named = notice.entries().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(named).as("entries named %s in %s", name, notice.entries()).hasSize(1);
        assertThat(named.get(0).version()).isEqualTo(version);
        assertThat(named.get(0).holders()).anyMatch(h -> HolderNames.same(h, holder));
    }

    // --- contents ------------------------------------------------------------------------------------------------

    @Test
    void componentsAreSortedAndListEveryCopyOnce() {
        NoticeContents contents = writer.contents(sample());

        assertThat(contents.components()).extracting(NoticeContents.Component::coordinates)
                .containsExactly("gpl-matrix@2.1", "mini-ring@1.0.0", "tally-kit@1.0.0");
        NoticeContents.Component ring = contents.components().get(1);
        assertThat(ring.copyrights()).containsExactly("Copyright (c) 2023 Jane Roe");
        assertThat(ring.uses()).extracting(NoticeContents.Use::lines)
                .containsExactly(new LineRange(3, 40), new LineRange(52, 60));
    }

    @Test
    void withoutUpstreamCopyrightsTheHoldersMakeTheCopyrightLine() {
        NoticeContents.Component matrix = writer.contents(sample()).components().get(0);

        assertThat(matrix.copyrights()).containsExactly("Copyright (c) Matrix Hackers");
    }

    @Test
    void aHolderCoveredByAComponentIsNotListedTwice() {
        assertThat(writer.contents(sample()).holders()).extracting(NoticeContents.Holder::holder)
                .containsExactly("Acme Widgets Ltd.");
    }

    @Test
    void aNoticeSufficesForMitAndForFilesWithoutHeadersButNotForApache() {
        NoticeContents contents = writer.contents(sample());

        assertThat(contents.components()).extracting(NoticeContents.Component::noticeSuffices)
                .containsExactly(true, true, false);
    }

    @Test
    void theForecastClearsOnlyWhatANoticeCanSatisfy() {
        ScanResult result = sample();
        NoticeWriter.Forecast forecast = writer.forecast(result, writer.contents(result));

        assertThat(forecast.cleared()).extracting(Violation::rule, Violation::path).containsExactlyInAnyOrder(
                tuple("snippet-unattributed", "src/main/java/com/example/Ring.java"),
                tuple("snippet-unattributed", "src/main/java/com/example/Ring.java"),
                tuple("snippet-unattributed", "config/matrix.json"),
                tuple("license-text-missing",
                        "src/main/java/com/example/text/WordTally.java"),
                tuple("notice-incomplete", "src/vendor/widget.c"));
        assertThat(forecast.kept()).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("snippet-unattributed",
                        "src/main/java/com/example/text/WordTally.java"));
    }

    @Test
    void everyLicenseAndExceptionTextIsPresentOnce() {
        String rendered = writer.render(sample(), NoticeFormat.TEXT).orElseThrow();

        for (String id : List.of("Apache-2.0", "BSD-3-Clause", "GPL-2.0-only", "MIT")) {
            String text = NoticeWriter.normalise(catalog.text(id).orElseThrow());
            assertThat(occurrences(rendered, text)).as(id).isEqualTo(1);
        }
        String exception = NoticeWriter.normalise(catalog.exceptionText("Classpath-exception-2.0").orElseThrow());
        assertThat(occurrences(rendered, exception)).isEqualTo(1);
    }

    @Test
    void aLicenseNotOnTheListIsToBeAddedByHand() {
        ScanResult result = new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"),
                "/repo", List.of(source("model.py", Language.PYTHON)), List.of(), List.of(), List.of(), List.of(),
                List.of(snippet("model.py", new LineRange(1, 30), new Origin("llama", "3", "", "model.py",
                        new LineRange(1, 30), "LicenseRef-Llama-3-Community", List.of("Meta Platforms, Inc.")),
                        AttributionStatus.STRIPPED, false, List.of())), List.of(), List.of());

        String rendered = writer.render(result, NoticeFormat.TEXT).orElseThrow();
        ScanResult missingText = result.withViolations(List.of(violation("license-text-missing", "model.py",
                new LineRange(1, 30), "llama@3")));

        assertThat(writer.forecast(missingText, writer.contents(missingText)).cleared()).isEmpty();
        assertThat(rendered).contains("License: LicenseRef-Llama-3-Community\n")
                .contains("The text of LicenseRef-Llama-3-Community is not on the SPDX license list; add the license"
                        + " text from the upstream component here by hand.");
    }

    @Test
    void aComponentWithoutALicenseSaysSo() {
        ScanResult result = new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"),
                "/repo", List.of(source("a.py", Language.PYTHON)), List.of(), List.of(), List.of(), List.of(),
                List.of(snippet("a.py", new LineRange(1, 30), new Origin("nameless", "0.1", "", "a.py",
                        new LineRange(1, 30), "", List.of()), AttributionStatus.STRIPPED, false, List.of())),
                List.of(), List.of());

        String rendered = writer.render(result, NoticeFormat.TEXT).orElseThrow();

        assertThat(rendered).contains("License: unknown: no license was recorded for it; add its license and text"
                + " by hand").contains("none recorded; copy the upstream's copyright lines here by hand")
                .doesNotContain("License texts");
    }

    @Test
    void aScanWithoutThirdPartyMaterialHasNoNotice() {
        assertThat(writer.render(withoutThirdParty(), NoticeFormat.TEXT)).isEmpty();
        assertThat(writer.contents(withoutThirdParty()).isEmpty()).isTrue();
    }

    @Test
    void twoRendersAreByteIdenticalAndUseLineFeedsOnly() {
        String first = writer.render(sample(), NoticeFormat.MARKDOWN).orElseThrow();

        assertThat(first).isEqualTo(writer.render(sample(), NoticeFormat.MARKDOWN).orElseThrow())
                .doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
        assertThat(first.lines()).noneMatch(l -> !l.equals(l.stripTrailing()));
    }

    @Test
    void theNoticeNamesTheRepositoryButNotWhereItWasCheckedOut() {
        String rendered = writer.render(sample(), NoticeFormat.TEXT).orElseThrow();

        assertThat(rendered).contains("found in example-text:").doesNotContain("/home/someone")
                .contains("Generated by Provenance 1.2.3: 3 upstream components, 1 other copyright holder.");
    }

    // --- writing -------------------------------------------------------------------------------------------------

    @Test
    void writeCreatesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("THIRD-PARTY-NOTICES.txt");

        NoticeContents written = writer.write(sample(), file, NoticeFormat.TEXT, false);

        assertThat(written.components()).hasSize(3);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(writer.render(sample(), NoticeFormat.TEXT).orElseThrow());
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteIsAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("THIRD-PARTY-NOTICES.txt");
        Files.writeString(file, "hand-written notice\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> writer.write(sample(), file, NoticeFormat.TEXT, false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("hand-written notice\n");

        writer.write(sample(), file, NoticeFormat.TEXT, true);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("THIRD-PARTY NOTICES\n");
    }

    @Test
    void nothingIsWrittenWithoutThirdPartyMaterial(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("THIRD-PARTY-NOTICES.txt");

        assertThat(writer.write(withoutThirdParty(), file, NoticeFormat.TEXT, false).isEmpty()).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    void theFileNameChoosesTheFormat() {
        assertThat(NoticeFormat.forFileName("THIRD-PARTY-NOTICES.md")).isEqualTo(NoticeFormat.MARKDOWN);
        assertThat(NoticeFormat.forFileName("NOTICE.markdown")).isEqualTo(NoticeFormat.MARKDOWN);
        assertThat(NoticeFormat.forFileName("THIRD-PARTY-NOTICES.txt")).isEqualTo(NoticeFormat.TEXT);
        assertThat(NoticeFormat.forFileName("NOTICE")).isEqualTo(NoticeFormat.TEXT);
        assertThat(NoticeFormat.named("Markdown")).contains(NoticeFormat.MARKDOWN);
        assertThat(NoticeFormat.named("html")).isEmpty();
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
