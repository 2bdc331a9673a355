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
import java.util.stream.IntStream;
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
}
