package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Excerpt;
import dev.provenance.inventory.Exclusion;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileTrait;
import dev.provenance.inventory.Language;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpdxReportWriterTest {
    private static final Instant CREATED = Instant.parse("2026-11-29T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @TempDir
    Path out;

    /** A small model repository written to {@code root}: the files the sample result describes. */
    static void writeTree(Path root) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("LICENSE"), "Copyright (c) 2026 Example Corp\n\nLicensed under the MIT license"
                + " (see the SPDX list).\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("README.md"), "---\nlicense: llama3\n---\n# Example model\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("src/modeling_rope.py"), modeling(), StandardCharsets.UTF_8);
        Files.write(root.resolve("model.safetensors"), new byte[] {8, 0, 0, 0, 0, 0, 0, 0, '{', '}', 0, 1, 2, 3});
    }

    /** 45 lines: a header of 13 lines, then the copied function from line 14. */
    static String modeling() {
        StringBuilder text = new StringBuilder();
        text.append("# Copyright 2024 Acme Labs and the Example team\n");
        for (int line = 2; line <= 13; line++) {
            text.append("# header line ").append(line).append('\n');
        }
        for (int line = 14; line <= 45; line++) {
            text.append("    value_").append(line).append(" = swap_halves(t, ").append(line).append(")\n");
        }
        return text.toString();
    }

    static ScanResult sample(Path root) {
        var modeling = new FileReport("src/modeling_rope.py", FileKind.SOURCE, Language.PYTHON, 2048,
                Set.of(FileTrait.VENDORED),
                List.of(new LicenseFinding("Apache-2.0", LicenseSource.HEADER_NOTICE, new LineRange(3, 13), true,
                                "Licensed under the Apache License, Version 2.0"),
                        new LicenseFinding("Acme Proprietary License", LicenseSource.HEADER_NOTICE,
                                new LineRange(20, 21), false, "Licensed under the Acme Proprietary License")),
                List.of(new CopyrightStatement("Copyright 2024 Acme Labs and the Example team", "2024",
                        List.of("Acme Labs", "the Example team"), LineRange.of(1))));
        var license = new FileReport("LICENSE", FileKind.LEGAL, Language.TEXT, 80,
                Set.of(), List.of(new LicenseFinding("MIT", LicenseSource.LICENSE_TEXT, new LineRange(1, 3), true,
                "MIT")),
                List.of(new CopyrightStatement("Copyright (c) 2026 Example Corp", "2026", List.of("Example Corp"),
                        LineRange.of(1))));
        var card = new FileReport("README.md", FileKind.MODEL_CARD, Language.MARKDOWN, 40, Set.of(),
                List.of(new LicenseFinding("llama3", LicenseSource.MODEL_CARD, LineRange.of(2), false, "llama3")),
                List.of());
        var weights = new FileReport("model.safetensors", FileKind.WEIGHTS, Language.NONE, 14,
                Set.of(), List.of(), List.of());
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"),
                root.toString(), List.of(license, card, weights, modeling),
                List.of(new Exclusion("build/", ".gitignore:1: build/")),
                List.of(new Declaration("MIT", "LICENSE", LicenseSource.LICENSE_TEXT, new LineRange(1, 3), true),
                        new Declaration("llama3", "README.md", LicenseSource.MODEL_CARD, LineRange.of(2), false)),
                List.of(new OwnHolder("Example Corp", "LICENSE:1")),
                List.of(new ThirdPartyHolder("Acme Labs", List.of("src/modeling_rope.py"), List.of("Apache-2.0"),
                        List.of())),
                List.of(snippet(new LineRange(14, 40), "Apache-2.0", AttributionStatus.REPLACED),
                        new AttributedSnippet(SnippetMatch.of("src/modeling_rope.py", new LineRange(41, 45),
                                new Origin("qwen-tools", "2.0", "", "qwen/rope.py", new LineRange(1, 5),
                                        "Qwen Research License", List.of()), 1.0, CloneType.EXACT, 60, false),
                                new Attribution(AttributionStatus.STRIPPED, false, List.of(),
                                        List.of("credit qwen-tools in the header of src/modeling_rope.py")),
                                Excerpt.NONE)),
                List.of(new Violation("header-replaced", Severity.ERROR, "src/modeling_rope.py",
                        new LineRange(14, 40), "copied from acme-rope", "Restore the header.",
                        "acme-rope@1.4.0")),
                List.of());
    }

    static AttributedSnippet snippet(LineRange lines, String license, AttributionStatus status) {
        return new AttributedSnippet(new SnippetMatch("src/modeling_rope.py", lines,
                new Origin("acme-rope", "1.4.0", "pkg:pypi/acme-rope@1.4.0", "acme_rope/rotary.py",
                        new LineRange(20, 46), license, List.of("Acme Labs")),
                0.97, CloneType.RENAMED, 212, false, new TreeMap<>(Map.of("rotate_half", "swap_halves", "x", "t"))),
                new Attribution(status, false,
                        List.of(new Evidence(EvidenceKind.OTHER_HOLDER, "src/modeling_rope.py", LineRange.of(1),
                                "Copyright 2024 Acme Labs and the Example team")),
                        List.of("keep 'Copyright 2023 Acme Rope Authors' in the header of src/modeling_rope.py")),
                new Excerpt(List.of("def swap_halves(t):"), List.of("def rotate_half(x):")));
    }

    private SpdxReportWriter writer() {
        return new SpdxReportWriter(null, null, CREATED, name -> null);
    }

    private JsonNode written(ScanResult result) throws IOException {
        return JSON.readTree(writer().write(result, out).toFile());
    }

    @Test
    void sampleReportPassesTheSpdxToolsVerifier() throws Exception {
        writeTree(root);

        Path report = writer().write(sample(root), out);

        assertThat(report).hasFileName("provenance.spdx.json");
        assertThat(SpdxVerifier.verify(report)).isEmpty();
    }

    @Test
    void reportMatchesTheGoldenFile() throws Exception {
        writeTree(root);
        Path report = writer().withDocumentName("example-model").write(sample(root), out);
        Path golden = Path.of("src/test/resources/dev/provenance/report/golden-report.spdx.json");
        if (Boolean.getBoolean("provenance.updateGolden")) {
            // mvn test -Dtest=SpdxReportWriterTest -Dprovenance.updateGolden=true, then review the diff
            Files.copy(report, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String expected;
        try (var in = getClass().getResourceAsStream("golden-report.spdx.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(report)).isEqualTo(expected);
        assertThat(SpdxVerifier.verify(report)).isEmpty();
    }

    @Test
    void pathsWithSpacesAndNonAsciiNamesPassTheVerifier() throws Exception {
        writeTree(root);
        Files.createDirectories(root.resolve("docs/über notes"));
        Files.writeString(root.resolve("docs/über notes/Read me (draft) #1.txt"), "hello\n");
        ScanResult result = sample(root);
        List<FileReport> files = new ArrayList<>(result.files());
        files.add(new FileReport("docs/über notes/Read me (draft) #1.txt", FileKind.DOC, Language.TEXT, 6, Set.of(),
                List.of(), List.of()));

        Path report = writer().write(withFiles(result, files), out);

        assertThat(SpdxVerifier.verify(report)).isEmpty();
        assertThat(texts(JSON.readTree(report.toFile()).path("files"), "fileName"))
                .contains("./docs/über notes/Read me (draft) #1.txt");
    }

    @Test
    void scanWithoutSnippetsPassesTheVerifierAndHasNoSnippetOrUpstream() throws Exception {
        writeTree(root);
        ScanResult none = withSnippets(sample(root), List.of());

        Path report = writer().write(none, out);

        assertThat(SpdxVerifier.verify(report)).isEmpty();
        JsonNode doc = JSON.readTree(report.toFile());
        assertThat(doc.path("snippets").size()).isZero();
        assertThat(texts(doc.path("packages"), "SPDXID")).containsExactly("SPDXRef-Package-" + root.getFileName());
        assertThat(doc.path("files").size()).isEqualTo(4);
    }

    @Test
    void emptyTreePassesTheVerifier() throws Exception {
        ScanResult empty = new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"),
                root.toString(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        Path report = writer().write(empty, out);

        assertThat(SpdxVerifier.verify(report)).isEmpty();
        assertThat(JSON.readTree(report.toFile()).path("packages").get(0).path("licenseDeclared").asText())
                .isEqualTo("NOASSERTION");
    }

    @Test
    void verifierRejectsADocumentThatBreaksTheSpec() throws Exception {
        writeTree(root);
        Path report = writer().write(sample(root), out);
        String broken = Files.readString(report).replace("\"SPDXRef-File-LICENSE\"", "\"File LICENSE\"");
        Path bad = out.resolve("broken.spdx.json");
        Files.writeString(bad, broken);

        assertThat(SpdxVerifier.verify(bad)).isNotEmpty();
    }

    @Test
    void twoWritesOfOneResultAreByteIdentical() throws Exception {
        writeTree(root);

        byte[] first = Files.readAllBytes(writer().write(sample(root), out));
        byte[] second = Files.readAllBytes(writer().write(sample(root), out.resolve("again")));
        var stream = new ByteArrayOutputStream();
        writer().write(sample(root), stream);

        assertThat(second).isEqualTo(first);
        assertThat(stream.toByteArray()).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    /** Writes the sample report of the tree at {@code args[0]} into {@code args[1]}: one run in a JVM of its own. */
    static final class WriteOnce {
        public static void main(String[] args) throws IOException {
            new SpdxReportWriter(null, null, CREATED, name -> null).write(sample(Path.of(args[0])), Path.of(args[1]));
            System.out.println("offline=" + System.getProperty(OfflineSpdx.USE_JAR_ONLY) + ","
                    + System.getProperty(OfflineSpdx.LOCAL_ONLY));
        }
    }

    @Test
    void aRunInAnotherJvmWritesTheSameBytesWithTheLibraryOffline() throws Exception {
        writeTree(root);
        byte[] here = Files.readAllBytes(writer().write(sample(root), out));
        Path there = out.resolve("other-jvm");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.internal.verbosity=ERROR", WriteOnce.class.getName(), root.toString(), there.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("offline=true,true");
        assertThat(Files.readAllBytes(there.resolve(SpdxReportWriter.FILE_NAME))).isEqualTo(here);
    }

    @Test
    void sameTreeElsewhereGivesTheSameDocumentBarItsName(@TempDir Path elsewhere) throws Exception {
        writeTree(root);
        Path copy = elsewhere.resolve(root.getFileName().toString());
        writeTree(copy);
        SpdxReportWriter named = writer().withDocumentName("example-model");

        byte[] here = Files.readAllBytes(named.write(sample(root), out));
        byte[] there = Files.readAllBytes(named.write(sample(copy), out.resolve("there")));

        assertThat(there).isEqualTo(here);
    }

    @Test
    void snippetByteRangeCoversExactlyItsLines() throws Exception {
        writeTree(root);
        JsonNode snippet = snippetAt(written(sample(root)), 14);

        long[] bytes = range(snippet, "offset");
        long[] lines = range(snippet, "lineNumber");

        assertThat(lines).containsExactly(14, 40);
        byte[] content = Files.readAllBytes(root.resolve("src/modeling_rope.py"));
        String covered = new String(content, (int) bytes[0] - 1, (int) (bytes[1] - bytes[0] + 1),
                StandardCharsets.UTF_8);
        String expected = modeling().lines().skip(13).limit(27).collect(Collectors.joining("\n"));
        assertThat(covered).isEqualTo(expected);
        assertThat(snippet.path("snippetFromFile").asText()).isEqualTo("SPDXRef-File-src-modeling-rope.py");
    }

    @Test
    void snippetRangesFollowCrLfLineEnds() throws Exception {
        writeTree(root);
        Files.writeString(root.resolve("src/modeling_rope.py"), modeling().replace("\n", "\r\n"));
        JsonNode snippet = snippetAt(written(sample(root)), 41);

        long[] bytes = range(snippet, "offset");

        byte[] content = Files.readAllBytes(root.resolve("src/modeling_rope.py"));
        String covered = new String(content, (int) bytes[0] - 1, (int) (bytes[1] - bytes[0] + 1),
                StandardCharsets.UTF_8);
        assertThat(covered).startsWith("    value_41 =").endsWith("swap_halves(t, 45)");
        assertThat(covered.split("\r\n")).hasSize(5);
    }

    @Test
    void snippetStatesTheUpstreamAndItsVerdict() throws Exception {
        writeTree(root);
        JsonNode snippet = snippetAt(written(sample(root)), 14);

        assertThat(snippet.path("licenseConcluded").asText()).isEqualTo("Apache-2.0");
        assertThat(snippet.path("copyrightText").asText()).isEqualTo("Acme Labs");
        assertThat(snippet.path("name").asText()).isEqualTo("acme-rope@1.4.0 acme_rope/rotary.py:20-46");
        assertThat(snippet.path("comment").asText())
                .contains("acme-rope@1.4.0", "acme_rope/rotary.py lines 20-46", "RENAMED", "97.0%", "REPLACED",
                        "does not meet");
        assertThat(texts(snippet.path("licenseInfoInSnippets"), null))
                .containsExactly("LicenseRef-Acme-Proprietary-License");
    }

    @Test
    void upstreamComponentIsAPackageWithItsPurlThatTheSnippetPointsTo() throws Exception {
        writeTree(root);
        JsonNode doc = written(sample(root));

        JsonNode upstream = element(doc.path("packages"), "SPDXRef-Upstream-acme-rope-1.4.0");
        assertThat(upstream.path("filesAnalyzed").asBoolean()).isFalse();
        assertThat(upstream.path("versionInfo").asText()).isEqualTo("1.4.0");
        assertThat(upstream.path("externalRefs").get(0).path("referenceLocator").asText())
                .isEqualTo("pkg:pypi/acme-rope@1.4.0");
        assertThat(upstream.path("externalRefs").get(0).path("referenceType").asText()).isEqualTo("purl");
        assertThat(relationships(doc)).contains(
                snippetAt(doc, 14).path("SPDXID").asText() + " OTHER SPDXRef-Upstream-acme-rope-1.4.0");
        assertThat(element(doc.path("packages"), "SPDXRef-Upstream-qwen-tools-2.0").has("externalRefs")).isFalse();
    }

    @Test
    void unknownLicenseNamesBecomeLicenseRefsWithTheirTextAsWritten() throws Exception {
        writeTree(root);
        JsonNode doc = written(sample(root));

        JsonNode extracted = doc.path("hasExtractedLicensingInfos");
        assertThat(texts(extracted, "licenseId")).containsExactly("LicenseRef-Acme-Proprietary-License",
                "LicenseRef-Qwen-Research-License", "LicenseRef-llama3");
        assertThat(element(extracted, "LicenseRef-Acme-Proprietary-License", "licenseId").path("extractedText")
                .asText()).isEqualTo("Licensed under the Acme Proprietary License");
        assertThat(element(extracted, "LicenseRef-Acme-Proprietary-License", "licenseId").path("name").asText())
                .isEqualTo("Acme Proprietary License");
        assertThat(snippetAt(doc, 41).path("licenseConcluded").asText()).isEqualTo("LicenseRef-Qwen-Research-License");
        assertThat(element(doc.path("packages"), "SPDXRef-Package-" + root.getFileName()).path("licenseDeclared")
                .asText()).isEqualTo("LicenseRef-llama3 AND MIT");
    }

    @Test
    void filesCarryTheirChecksumLicensesAndCopyright() throws Exception {
        writeTree(root);
        JsonNode doc = written(sample(root));

        JsonNode modeling = element(doc.path("files"), "SPDXRef-File-src-modeling-rope.py");
        assertThat(modeling.path("fileName").asText()).isEqualTo("./src/modeling_rope.py");
        assertThat(modeling.path("checksums").get(0).path("checksumValue").asText())
                .isEqualTo(sha1(root.resolve("src/modeling_rope.py")));
        assertThat(texts(modeling.path("licenseInfoInFiles"), null))
                .containsExactly("Apache-2.0", "LicenseRef-Acme-Proprietary-License");
        assertThat(modeling.path("copyrightText").asText()).isEqualTo("Copyright 2024 Acme Labs and the Example team");
        JsonNode weights = element(doc.path("files"), "SPDXRef-File-model.safetensors");
        assertThat(texts(weights.path("licenseInfoInFiles"), null)).containsExactly("NOASSERTION");
        assertThat(weights.path("copyrightText").asText()).isEqualTo("NOASSERTION");
        assertThat(relationships(doc)).contains("SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-" + root.getFileName(),
                "SPDXRef-Package-" + root.getFileName() + " CONTAINS SPDXRef-File-src-modeling-rope.py");
    }

    @Test
    void textFileWithoutLicenseStatementsStatesNone() throws Exception {
        writeTree(root);
        Files.writeString(root.resolve("notes.txt"), "nothing here\n");
        ScanResult result = sample(root);
        List<FileReport> files = new ArrayList<>(result.files());
        files.add(new FileReport("notes.txt", FileKind.DOC, Language.TEXT, 13, Set.of(), List.of(), List.of()));

        JsonNode notes = element(written(withFiles(result, files)).path("files"), "SPDXRef-File-notes.txt");

        assertThat(texts(notes.path("licenseInfoInFiles"), null)).containsExactly("NONE");
    }

    @Test
    void packageVerificationCodeFollowsTheSpecAlgorithm() throws Exception {
        writeTree(root);
        JsonNode pkg = element(written(sample(root)).path("packages"), "SPDXRef-Package-" + root.getFileName());

        var sha1 = java.security.MessageDigest.getInstance("SHA-1");
        for (String sum : List.of(sha1(root.resolve("LICENSE")), sha1(root.resolve("README.md")),
                sha1(root.resolve("model.safetensors")), sha1(root.resolve("src/modeling_rope.py"))).stream()
                .sorted().toList()) {
            sha1.update(sum.getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(pkg.path("packageVerificationCode").path("packageVerificationCodeValue").asText())
                .isEqualTo(java.util.HexFormat.of().formatHex(sha1.digest()));
        assertThat(pkg.path("filesAnalyzed").asBoolean()).isTrue();
        assertThat(pkg.path("downloadLocation").asText()).isEqualTo("NOASSERTION");
        assertThat(pkg.path("licenseConcluded").asText()).isEqualTo("NOASSERTION");
    }

    @Test
    void givenNamespaceNameAndCreatedAreUsed() throws Exception {
        writeTree(root);
        SpdxReportWriter writer = new SpdxReportWriter("example-model", "https://example.com/spdx/example-1.0",
                Instant.parse("2025-01-02T03:04:05.678Z"));

        JsonNode doc = JSON.readTree(writer.write(sample(root), out).toFile());

        assertThat(doc.path("documentNamespace").asText()).isEqualTo("https://example.com/spdx/example-1.0");
        assertThat(doc.path("name").asText()).isEqualTo("example-model");
        assertThat(doc.path("creationInfo").path("created").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(texts(doc.path("creationInfo").path("creators"), null)).containsExactly("Tool: provenance-1.2.3");
        assertThat(texts(doc.path("packages"), "SPDXID")).contains("SPDXRef-Package-example-model");
    }

    @Test
    void defaultNamespaceIsDerivedFromTheContent() throws Exception {
        writeTree(root);
        String first = written(sample(root)).path("documentNamespace").asText();
        String again = written(sample(root)).path("documentNamespace").asText();
        Files.writeString(root.resolve("README.md"), "---\nlicense: llama3\n---\n# Changed\n");
        String changed = written(sample(root)).path("documentNamespace").asText();

        assertThat(first).isEqualTo(again)
                .matches("https://provenance\\.dev/spdxdocs/" + root.getFileName()
                        + "-[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void defaultCreatedIsSourceDateEpochWhenSet() throws Exception {
        writeTree(root);
        var writer = new SpdxReportWriter(null, null, null, name -> name.equals("SOURCE_DATE_EPOCH") ? "1700000000"
                : null);

        JsonNode doc = JSON.readTree(writer.write(sample(root), out).toFile());

        assertThat(doc.path("creationInfo").path("created").asText()).isEqualTo("2023-11-14T22:13:20Z");
    }

    @Test
    void defaultCreatedIsTheNewestFileModificationNeverTheClock() throws Exception {
        writeTree(root);
        for (String path : List.of("LICENSE", "README.md", "model.safetensors", "src/modeling_rope.py")) {
            Files.setLastModifiedTime(root.resolve(path), FileTime.from(Instant.parse("2020-05-06T07:08:09Z")));
        }
        Files.setLastModifiedTime(root.resolve("README.md"), FileTime.from(Instant.parse("2021-01-01T00:00:00.5Z")));
        var writer = new SpdxReportWriter(null, null, null, name -> null);

        JsonNode doc = JSON.readTree(writer.write(sample(root), out).toFile());

        assertThat(doc.path("creationInfo").path("created").asText()).isEqualTo("2021-01-01T00:00:00Z");
    }

    @Test
    void namespaceThatIsNoAbsoluteUriIsRefusedWithAnExample() {
        assertThatThrownBy(() -> new SpdxReportWriter().withNamespace("my namespace"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://example.com");
        assertThatThrownBy(() -> new SpdxReportWriter().withNamespace("https://example.com/doc#part"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'#'");
        assertThatThrownBy(() -> new SpdxReportWriter().withNamespace("relative/doc"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileGoneSinceTheScanIsLeftOutAndNamedAndTheDocumentStillVerifies() throws Exception {
        writeTree(root);
        Files.delete(root.resolve("src/modeling_rope.py"));

        Path report = writer().write(sample(root), out);

        JsonNode doc = JSON.readTree(report.toFile());
        assertThat(texts(doc.path("files"), "SPDXID")).doesNotContain("SPDXRef-File-src-modeling-rope.py");
        assertThat(doc.path("snippets").size()).isZero();
        assertThat(element(doc.path("packages"), "SPDXRef-Package-" + root.getFileName()).path("comment").asText())
                .contains("src/modeling_rope.py: no longer exists", "Snippets left out",
                        "src/modeling_rope.py:14-40 (acme-rope@1.4.0)");
        assertThat(SpdxVerifier.verify(report)).isEmpty();
    }

    @Test
    void rootThatIsGoneStillGivesAValidDocumentSayingWhatIsMissing() throws Exception {
        Path gone = root.resolve("gone");

        Path report = writer().write(sample(gone), out);

        JsonNode doc = JSON.readTree(report.toFile());
        assertThat(doc.path("files").size()).isZero();
        assertThat(doc.path("snippets").size()).isZero();
        assertThat(doc.path("packages").get(0).path("comment").asText())
                .contains("src/modeling_rope.py: the scanned root cannot be read");
        assertThat(SpdxVerifier.verify(report)).isEmpty();
    }

    @Test
    void snippetWhoseLinesAreNoLongerInTheFileIsLeftOut() throws Exception {
        writeTree(root);
        Files.writeString(root.resolve("src/modeling_rope.py"), "short\nfile\n");

        JsonNode doc = written(sample(root));

        assertThat(doc.path("snippets").size()).isZero();
        assertThat(texts(doc.path("files"), "SPDXID")).contains("SPDXRef-File-src-modeling-rope.py");
    }

    @Test
    void reportWrittenInsideTheScannedTreeDoesNotListItsOldSelf() throws Exception {
        writeTree(root);
        Path inside = root.resolve("target/provenance");
        Files.createDirectories(inside);
        Files.writeString(inside.resolve(SpdxReportWriter.FILE_NAME), "{}\n");
        ScanResult result = sample(root);
        List<FileReport> files = new ArrayList<>(result.files());
        files.add(new FileReport("target/provenance/" + SpdxReportWriter.FILE_NAME, FileKind.CONFIG, Language.JSON,
                3, Set.of(), List.of(), List.of()));

        Path report = writer().write(withFiles(result, files), inside);

        assertThat(texts(JSON.readTree(report.toFile()).path("files"), "fileName"))
                .doesNotContain("./target/provenance/" + SpdxReportWriter.FILE_NAME);
    }

    @Test
    void writeReplacesTheReportAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        writeTree(root);
        Path dir = out.resolve("nested/provenance");

        Path first = writer().write(sample(root), dir);
        Path second = writer().write(sample(root), dir);

        assertThat(first).isEqualTo(second);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(first);
        }
    }

    @Test
    void scannedTreeIsLeftByteIdentical() throws Exception {
        writeTree(root);
        Map<String, String> before = checksums(root);

        writer().write(sample(root), out);

        assertThat(checksums(root)).isEqualTo(before);
    }

    @Test
    void fileThatNowLinksOutsideTheRootIsNotReadAndIsLeftOut(@TempDir Path outside) throws Exception {
        writeTree(root);
        Files.writeString(outside.resolve("secret.txt"), "not part of the tree\n");
        Files.delete(root.resolve("README.md"));
        Files.createSymbolicLink(root.resolve("README.md"), outside.resolve("secret.txt"));

        JsonNode doc = written(withSnippets(sample(root), List.of()));

        assertThat(texts(doc.path("files"), "fileName")).doesNotContain("./README.md");
        assertThat(doc.path("packages").get(0).path("comment").asText())
                .contains("README.md: leads outside the scanned root");
    }

    @Test
    void formatIsSpdx() {
        assertThat(new SpdxReportWriter().format()).isEqualTo("spdx");
    }

    // --- helpers ---

    static ScanResult withSnippets(ScanResult r, List<AttributedSnippet> snippets) {
        return new ScanResult(r.schemaVersion(), r.tool(), r.root(), r.files(), r.excluded(), r.declared(),
                r.ownHolders(), r.thirdParty(), snippets, r.violations(), r.issues());
    }

    static ScanResult withFiles(ScanResult r, List<FileReport> files) {
        return new ScanResult(r.schemaVersion(), r.tool(), r.root(), files, r.excluded(), r.declared(),
                r.ownHolders(), r.thirdParty(), r.snippets(), r.violations(), r.issues());
    }

    private static JsonNode snippetAt(JsonNode doc, int firstLine) {
        for (JsonNode snippet : doc.path("snippets")) {
            if (range(snippet, "lineNumber")[0] == firstLine) {
                return snippet;
            }
        }
        throw new AssertionError("no snippet starting at line " + firstLine);
    }

    /** The snippet's range of one kind ({@code offset} or {@code lineNumber}): start and end. */
    private static long[] range(JsonNode snippet, String kind) {
        for (JsonNode range : snippet.path("ranges")) {
            if (range.path("startPointer").has(kind)) {
                return new long[] {range.path("startPointer").path(kind).asLong(),
                        range.path("endPointer").path(kind).asLong()};
            }
        }
        throw new AssertionError("no " + kind + " range in " + snippet);
    }

    private static JsonNode element(JsonNode array, String id) {
        return element(array, id, "SPDXID");
    }

    private static JsonNode element(JsonNode array, String id, String field) {
        return StreamSupport.stream(array.spliterator(), false).filter(e -> e.path(field).asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + array));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(e -> field == null ? e.asText() : e.path(field).asText()).toList();
    }

    private static List<String> relationships(JsonNode doc) {
        return StreamSupport.stream(doc.path("relationships").spliterator(), false)
                .map(r -> r.path("spdxElementId").asText() + " " + r.path("relationshipType").asText() + " "
                        + r.path("relatedSpdxElement").asText())
                .toList();
    }

    private static String sha1(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                .digest(Files.readAllBytes(file)));
    }

    private static Map<String, String> checksums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                sums.put(root.relativize(p).toString(), sha1(p));
            }
        }
        return sums;
    }
}
