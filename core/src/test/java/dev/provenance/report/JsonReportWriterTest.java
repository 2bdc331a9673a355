package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Excerpt;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.policy.Waiver;
import dev.provenance.policy.WaiverReason;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
    private final JsonReportWriter writer = new JsonReportWriter();

    static ScanResult sample() {
        var modeling = new FileReport("src/modeling_rope.py", FileKind.SOURCE, Language.PYTHON, 2048,
                Set.of(FileTrait.VENDORED),
                List.of(new LicenseFinding("Apache-2.0", LicenseSource.HEADER_NOTICE, new LineRange(3, 13), true,
                        "Licensed under the Apache License, Version 2.0")),
                List.of(new CopyrightStatement("Copyright 2024 Acme Labs and the Example team", "2024",
                        List.of("Acme Labs", "the Example team"), LineRange.of(1))));
        var license = new FileReport("LICENSE", FileKind.LEGAL, Language.TEXT, 1070, Set.of(),
                List.of(new LicenseFinding("MIT", LicenseSource.LICENSE_TEXT, new LineRange(1, 21), true, "MIT")),
                List.of());
        var card = new FileReport("README.md", FileKind.MODEL_CARD, Language.MARKDOWN, 300, Set.of(),
                List.of(new LicenseFinding("Apache-2.0", LicenseSource.MODEL_CARD, LineRange.of(2), true, "apache-2.0")),
                List.of());
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"), "/repo",
                List.of(license, card, modeling),
                List.of(new Exclusion("build/", ".gitignore:1: build/")),
                List.of(new Declaration("MIT", "LICENSE", LicenseSource.LICENSE_TEXT, new LineRange(1, 21), true),
                        new Declaration("Apache-2.0", "README.md", LicenseSource.MODEL_CARD, LineRange.of(2), true)),
                List.of(new OwnHolder("Example Corp", "LICENSE:3")),
                List.of(new ThirdPartyHolder("Acme Labs", List.of("src/modeling_rope.py"), List.of("Apache-2.0"),
                        List.of())),
                List.of(new AttributedSnippet(new SnippetMatch("src/modeling_rope.py", new LineRange(14, 40),
                        new Origin("acme-rope", "1.4.0", "pkg:pypi/acme-rope@1.4.0", "acme_rope/rotary.py",
                                new LineRange(20, 46), "Apache-2.0", List.of("Acme Labs")),
                        0.97, CloneType.RENAMED, 212, false,
                        new TreeMap<>(Map.of("rotate_half", "swap_halves", "x", "t"))),
                        new Attribution(AttributionStatus.REPLACED, false,
                                List.of(new Evidence(EvidenceKind.OTHER_HOLDER, "src/modeling_rope.py",
                                        LineRange.of(1), "Copyright 2024 Acme Labs and the Example team"),
                                        new Evidence(EvidenceKind.NOTICE_ENTRY, "NOTICE", new LineRange(3, 5),
                                                "acme-rope 1.4.0")),
                                List.of("keep 'Copyright 2023 Acme Rope Authors' from acme_rope/rotary.py in the"
                                        + " header of src/modeling_rope.py")),
                        new Excerpt(List.of("def swap_halves(t):"), List.of("def rotate_half(x):")))),
                List.of(new Violation("license-declaration-conflict", Severity.ERROR, "README.md", LineRange.of(2),
                        "declares Apache-2.0 (model card front matter) but LICENSE:1 holds MIT", "Make them agree.", ""),
                        new Violation("license-undeclared", Severity.ERROR, ".", null, "none", "Add one.", "")),
                List.of(new AppliedWaiver(new Waiver("snippet-unattributed", "src/**", "acme-rope",
                        WaiverReason.LICENSE_PERMITS, "credited in docs/CREDITS.md", LocalDate.of(2027, 6, 30), 7),
                        new Violation("snippet-unattributed", Severity.ERROR, "src/modeling_rope.py",
                                new LineRange(14, 40), "lines 14-40 copy acme-rope@1.4.0 without credit",
                                "Credit it.", "acme-rope@1.4.0"))),
                List.of(new ScanIssue("generation_config.json", IssueCode.INVALID_JSON,
                        "line 7, column 1: trailing comma")));
    }

    @Test
    void reportMatchesTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("provenance.updateGolden")) {
            // mvn test -Dtest=JsonReportWriterTest -Dprovenance.updateGolden=true, then review the diff
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/dev/provenance/report/golden-report.json"),
                    render(sample()), StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("golden-report.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(render(sample())).isEqualTo(expected);
    }

    @Test
    void twoWritesOfOneResultAreByteIdentical() throws IOException {
        assertThat(render(sample())).isEqualTo(render(sample()));
    }

    @Test
    void writeReplacesTheReportAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nested/provenance");

        Path first = writer.write(sample(), out);
        Path second = writer.write(sample(), out);

        assertThat(first).isEqualTo(second).hasFileName("provenance-report.json");
        try (var listing = Files.list(out)) {
            assertThat(listing).containsExactly(first);
        }
        assertThat(Files.readString(first)).isEqualTo(render(sample()));
    }

    private String render(ScanResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        writer.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
