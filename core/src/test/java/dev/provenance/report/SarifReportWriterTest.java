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
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.Language;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.policy.Policy;
import dev.provenance.policy.RuleDescriptor;
import dev.provenance.policy.Severity;
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Violation;
import dev.provenance.policy.Waiver;
import dev.provenance.policy.WaiverReason;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<RuleDescriptor> POLICY = Policy.defaults().descriptors();
    private static final String ROPE = "src/modeling_rope.py";

    // ---- the sample: two copies that break rules, one that is credited, and repository and file findings ----

    static AttributedSnippet ropeCopy(int shift, List<String> copyText) {
        return new AttributedSnippet(new SnippetMatch(ROPE, new LineRange(14 + shift, 40 + shift),
                new Origin("acme-rope", "1.4.0", "pkg:pypi/acme-rope@1.4.0", "acme_rope/rotary.py",
                        new LineRange(20, 46), "Apache-2.0", List.of("Acme Labs")),
                0.97, CloneType.RENAMED, 212, false, new TreeMap<>(Map.of("rotate_half", "swap_halves"))),
                new Attribution(AttributionStatus.REPLACED, false,
                        List.of(new Evidence(EvidenceKind.OTHER_HOLDER, ROPE, LineRange.of(1),
                                "Copyright 2024 Example Corp")),
                        List.of("keep 'Copyright 2023 Acme Labs' from acme_rope/rotary.py in the header of " + ROPE)),
                new Excerpt(copyText, List.of("def rotate_half(x):", "    a, b = x.chunk(2)")));
    }

    static Violation ropeViolation(int shift) {
        return new Violation("header-replaced", Severity.ERROR, ROPE, new LineRange(14 + shift, 40 + shift),
                "lines " + (14 + shift) + "-" + (40 + shift) + " copy acme-rope@1.4.0 acme_rope/rotary.py:20-46"
                        + " (Apache-2.0, Acme Labs) but the header names only Example Corp",
                "Restore 'Copyright 2023 Acme Labs' above your own copyright line in " + ROPE + ".",
                "acme-rope@1.4.0");
    }

    static final List<String> ROPE_TEXT = List.of("def swap_halves(t):", "    a, b = t.chunk(2)");

    static ScanResult sample() {
        return sample(0, ROPE_TEXT);
    }

    /** The sample with the rope copy {@code shift} lines further down its file and {@code ropeText} as its text. */
    static ScanResult sample(int shift, List<String> ropeText) {
        var attention = new AttributedSnippet(SnippetMatch.of("src/util/attention kernels.py", new LineRange(5, 30),
                new Origin("tiny-attn", "0.2.0", "", "tiny_attn/core.py", new LineRange(1, 26), "", List.of()),
                1.0, CloneType.EXACT, 150, false),
                new Attribution(AttributionStatus.STRIPPED, false, List.of(),
                        List.of("credit tiny-attn 0.2.0 in src/util/attention kernels.py")),
                Excerpt.NONE);
        var credited = new AttributedSnippet(SnippetMatch.of("src/vendor/ok.py", new LineRange(1, 20),
                new Origin("acme-rope", "1.4.0", "pkg:pypi/acme-rope@1.4.0", "acme_rope/util.py",
                        new LineRange(1, 20), "Apache-2.0", List.of("Acme Labs")),
                1.0, CloneType.EXACT, 90, true),
                new Attribution(AttributionStatus.ATTRIBUTED, true,
                        List.of(new Evidence(EvidenceKind.HEADER_COPYRIGHT, "src/vendor/ok.py", LineRange.of(1),
                                "Copyright 2023 Acme Labs")), List.of()),
                Excerpt.NONE);
        List<FileReport> files = List.of(
                file("LICENSE", FileKind.LEGAL), file("README.md", FileKind.MODEL_CARD),
                file(ROPE, FileKind.SOURCE), file("src/util/attention kernels.py", FileKind.SOURCE),
                file("src/vendor/blob.js", FileKind.SOURCE), file("src/vendor/ok.py", FileKind.SOURCE));
        List<Violation> violations = List.of(
                ropeViolation(shift),
                new Violation("snippet-unattributed", Severity.ERROR, "src/util/attention kernels.py",
                        new LineRange(5, 30), "lines 5-30 copy tiny-attn@0.2.0 tiny_attn/core.py:1-26 [click](x)"
                        + " with no credit anywhere", "Credit tiny-attn 0.2.0 in the header.", "tiny-attn@0.2.0"),
                new Violation("license-declaration-conflict", Severity.ERROR, "README.md", LineRange.of(2),
                        "declares Apache-2.0 (model card front matter) but LICENSE:1 holds MIT", "Make them agree.",
                        ""),
                new Violation("notice-incomplete", Severity.WARNING, ".", null,
                        "the repository ships no notice file for 2 third-party holders", "Add a NOTICE file.", ""),
                new Violation("license-unknown", Severity.WARNING, "src/vendor/blob.js", null,
                        "'Blob Public License' matches no SPDX license", "Use an SPDX id.", ""));
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "1.2.3"), "/repo",
                files, List.of(),
                List.of(new Declaration("MIT", "LICENSE", LicenseSource.LICENSE_TEXT, new LineRange(1, 21), true)),
                List.of(), List.of(), List.of(ropeCopy(shift, ropeText), attention, credited), violations,
                List.of(new ScanIssue("generation_config.json", IssueCode.INVALID_JSON,
                        "line 7, column 1: trailing comma")));
    }

    private static FileReport file(String path, FileKind kind) {
        return new FileReport(path, kind, Language.TEXT, 100, Set.of(), List.of(), List.of());
    }

    // ---- golden file, schema, determinism ----

    @Test
    void reportMatchesTheGoldenFile() throws IOException {
        String rendered = render(new SarifReportWriter(POLICY), sample());
        if (Boolean.getBoolean("provenance.updateGolden")) {
            // mvn test -Dtest=SarifReportWriterTest -Dprovenance.updateGolden=true, then review the diff
            Files.writeString(Path.of("src/test/resources/dev/provenance/report/golden-report.sarif"), rendered,
                    StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("golden-report.sarif")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(rendered).isEqualTo(expected);
        SarifSchema.assertValid(expected);
    }

    @Test
    void theSchemaIsTheOfficialSarif210Schema() {
        assertThat(SarifSchema.title()).isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() {
        assertThat(SarifSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}"))
                .as("a driver without a name").isNotEmpty();
        assertThat(SarifSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                + " \"results\": [{\"level\": \"fatal\", \"message\": {\"text\": \"m\"}}]}]}"))
                .as("a level SARIF does not have").isNotEmpty();
        assertThat(SarifSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                + " \"results\": [{\"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\":"
                + " {\"artifactLocation\": {\"uri\": \"a b%zz\"}}}]}]}]}"))
                .as("a URI that is not one").isNotEmpty();
        assertThat(SarifSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                + " \"results\": [{\"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\":"
                + " {\"artifactLocation\": {\"uri\": \"a%20b\"}}}]}]}]}"))
                .as("the same document with a proper URI").isEmpty();
    }

    @Test
    void twoWritesOfOneResultAreByteIdenticalWithLfLineEnds() throws IOException {
        var writer = new SarifReportWriter(POLICY);
        String first = render(writer, sample());

        assertThat(render(new SarifReportWriter(POLICY), sample())).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void writeReplacesTheReportAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        var writer = new SarifReportWriter(POLICY);
        Path out = dir.resolve("nested/provenance");

        Path first = writer.write(sample(), out);
        Path second = writer.write(sample(), out);

        assertThat(first).isEqualTo(second).hasFileName("provenance.sarif");
        assertThat(writer.format()).isEqualTo("sarif");
        try (var listing = Files.list(out)) {
            assertThat(listing).containsExactly(first);
        }
        String written = Files.readString(first, StandardCharsets.UTF_8);
        SarifSchema.assertValid(written);
        assertThat(written).isEqualTo(render(writer, sample()));
    }

    // ---- rules ----

    @Test
    void everyPolicyRuleIsDescribedEvenWithoutAResult() throws IOException {
        var empty = sample().withViolations(List.of());
        JsonNode rules = run(new SarifReportWriter(POLICY), empty).at("/tool/driver/rules");

        assertThat(ids(rules)).containsExactlyElementsOf(POLICY.stream().map(RuleDescriptor::id).toList());
        for (int i = 0; i < POLICY.size(); i++) {
            RuleDescriptor d = POLICY.get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(d.title());
            assertThat(rule.at("/fullDescription/text").asText()).startsWith(d.title());
            assertThat(rule.at("/help/text").asText()).contains(d.howToFix());
            assertThat(rule.at("/help/markdown").asText()).startsWith("**How to fix:**");
            assertThat(rule.at("/defaultConfiguration/level").asText())
                    .isEqualTo(switch (d.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
            assertThat(rule.at("/properties/tags").isArray()).isTrue();
        }
        assertThat(run(new SarifReportWriter(POLICY), empty).get("results")).isEmpty();
    }

    @Test
    void severitiesBecomeSarifLevels() throws IOException {
        var rules = List.of(new RuleDescriptor("a-rule", Severity.ERROR, "A", "fix a"),
                new RuleDescriptor("b-rule", Severity.WARNING, "B", "fix b"),
                new RuleDescriptor("c-rule", Severity.INFO, "C", "fix c"));
        var scan = sample().withViolations(List.of(
                new Violation("c-rule", Severity.INFO, "LICENSE", null, "c", "fix c", ""),
                new Violation("a-rule", Severity.WARNING, "LICENSE", null, "a lowered by a policy", "fix a", "")));
        JsonNode run = run(new SarifReportWriter(rules), scan);

        assertThat(run.at("/tool/driver/rules").findValuesAsText("level")).containsExactly("error", "warning", "note");
        assertThat(run.get("results").findValuesAsText("level")).containsExactly("warning", "note");
    }

    @Test
    void aViolationOfARuleThePolicyDoesNotDescribeGetsARuleMadeFromIt() throws IOException {
        List<RuleDescriptor> withoutSnippetRules = POLICY.stream()
                .filter(d -> !d.id().equals("header-replaced") && !d.id().equals("snippet-unattributed"))
                .toList();
        JsonNode run = run(new SarifReportWriter(withoutSnippetRules), sample());
        JsonNode rules = run.at("/tool/driver/rules");

        assertThat(ids(rules)).endsWith("header-replaced", "snippet-unattributed");
        JsonNode made = rules.get(rules.size() - 2);
        assertThat(made.get("name").asText()).isEqualTo("HeaderReplaced");
        assertThat(made.at("/shortDescription/text").asText()).isEqualTo("Header replaced");
        assertThat(made.at("/help/text").asText()).contains("Restore 'Copyright 2023 Acme Labs'");
        assertThat(made.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(made.at("/properties/describedByPolicy").asBoolean(true)).isFalse();
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void aMadeUpRuleWhoseViolationsAskDifferentFixesPointsAtTheResults() {
        var rules = SarifRules.of(List.of(), List.of(
                new Violation("x-rule", Severity.WARNING, "a", null, "m", "fix one way", ""),
                new Violation("x-rule", Severity.ERROR, "b", null, "m", "fix another way", "")));

        assertThat(rules.get("x-rule").howToFix()).isEqualTo(SarifRules.SEE_RESULTS);
        assertThat(rules.get("x-rule").severity()).isEqualTo(Severity.ERROR);
    }

    // ---- results and locations ----

    @Test
    void aSnippetViolationNamesItsUpstreamAsRelatedLocation() throws IOException {
        JsonNode rope = resultFor(run(new SarifReportWriter(POLICY), sample()), "header-replaced");

        assertThat(rope.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(ROPE);
        assertThat(rope.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                .isEqualTo("%SRCROOT%");
        assertThat(rope.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(14);
        assertThat(rope.at("/locations/0/physicalLocation/region/endLine").asInt()).isEqualTo(40);
        JsonNode upstream = rope.at("/relatedLocations/0");
        assertThat(upstream.at("/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("pkg:pypi/acme-rope@1.4.0#acme_rope/rotary.py");
        assertThat(upstream.at("/physicalLocation/region/startLine").asInt()).isEqualTo(20);
        assertThat(upstream.at("/physicalLocation/region/endLine").asInt()).isEqualTo(46);
        assertThat(upstream.at("/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("acme-rope@1.4.0/acme_rope/rotary.py");
        assertThat(upstream.at("/message/text").asText()).isEqualTo("Upstream: acme-rope@1.4.0"
                + " acme_rope/rotary.py:20-46, license Apache-2.0, copyright holders Acme Labs");
        assertThat(rope.at("/properties/cloneType").asText()).isEqualTo("RENAMED");
        assertThat(rope.at("/properties/similarity").asDouble()).isEqualTo(0.97);
        assertThat(rope.at("/properties/attributionStatus").asText()).isEqualTo("REPLACED");
        assertThat(rope.at("/properties/attributionSatisfied").asBoolean(true)).isFalse();
        assertThat(rope.at("/message/text").asText()).endsWith("How to fix: Restore 'Copyright 2023 Acme Labs'"
                + " above your own copyright line in " + ROPE + ".");
        assertThat(rope.at("/message/markdown").asText()).contains("**Attribution:** REPLACED");
    }

    @Test
    void anUpstreamWithoutPackageUrlIsALogicalLocationOnly() throws IOException {
        JsonNode copy = resultFor(run(new SarifReportWriter(POLICY), sample()), "snippet-unattributed");

        assertThat(copy.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/util/attention%20kernels.py");
        assertThat(copy.at("/relatedLocations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(copy.at("/relatedLocations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("tiny-attn@0.2.0/tiny_attn/core.py");
        assertThat(copy.at("/relatedLocations/0/message/text").asText())
                .endsWith("license unknown, no copyright holder known");
    }

    @Test
    void aViolationWhoseLinesMatchNoSnippetHasNoRelatedLocation() throws IOException {
        var moved = new Violation("snippet-unattributed", Severity.ERROR, ROPE, new LineRange(50, 60), "m", "f",
                "acme-rope@1.4.0");
        var otherOrigin = new Violation("snippet-unattributed", Severity.ERROR, ROPE, new LineRange(14, 40), "m",
                "f", "other@1.0");
        JsonNode results = run(new SarifReportWriter(POLICY), sample().withViolations(List.of(moved, otherOrigin)))
                .get("results");

        assertThat(results).hasSize(2);
        results.forEach(r -> assertThat(r.has("relatedLocations")).isFalse());
    }

    @Test
    void onlyViolationsAreResultsNotCreditedCopies() throws IOException {
        JsonNode run = run(new SarifReportWriter(POLICY), sample());

        assertThat(run.get("results")).hasSize(sample().violations().size());
        assertThat(run.get("results").toString()).doesNotContain("src/vendor/ok.py");
        assertThat(run.at("/properties/snippets").asInt()).isEqualTo(3);
    }

    @Test
    void aRepositoryViolationIsShownOnTheDeclaredLicenseFileWithoutRegion() throws IOException {
        JsonNode notice = resultFor(run(new SarifReportWriter(POLICY), sample()), "notice-incomplete");

        assertThat(notice.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("LICENSE");
        assertThat(notice.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(notice.at("/locations/0/message/text").asText())
                .isEqualTo("The repository as a whole, shown on LICENSE.");
        assertThat(notice.at("/properties/scope").asText()).isEqualTo("repository");
    }

    @Test
    void aRepositoryViolationWithoutLicenseFileIsShownOnATopLevelReadme() throws IOException {
        var scan = new ScanResult(1, new ScanResult.Tool("provenance", "dev"), "/repo",
                List.of(file("src/Main.java", FileKind.SOURCE), file("README.md", FileKind.DOC),
                        file("build.gradle", FileKind.CONFIG)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Violation("license-undeclared", Severity.ERROR, ".", null, "no license", "add one", "")),
                List.of());
        JsonNode run = run(new SarifReportWriter(POLICY), scan);

        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("README.md");
        assertThat(run.at("/tool/driver/semanticVersion").isMissingNode()).as("'dev' is no semantic version")
                .isTrue();
    }

    @Test
    void aRepositoryViolationOfAnEmptyScanIsStillValidSarif() throws IOException {
        var scan = new ScanResult(1, new ScanResult.Tool("provenance", "1.0.0-SNAPSHOT"), "relative/dir", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Violation("license-undeclared", Severity.ERROR, ".", null, "no license", "add one", "")),
                List.of(new ScanIssue(".", IssueCode.LIMIT_REACHED, "walk stopped")));
        JsonNode run = run(new SarifReportWriter(POLICY), scan);

        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(".");
        assertThat(run.at("/tool/driver/semanticVersion").asText()).isEqualTo("1.0.0-SNAPSHOT");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .startsWith("file:/").endsWith("/relative/dir/");
    }

    @Test
    void aFileViolationHasNoRegion() throws IOException {
        JsonNode blob = resultFor(run(new SarifReportWriter(POLICY), sample()), "license-unknown");

        assertThat(blob.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/vendor/blob.js");
        assertThat(blob.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(blob.at("/properties/scope").asText()).isEqualTo("file");
    }

    @Test
    void theRootIsAFileUriEndingInASlash() throws IOException {
        JsonNode run = run(new SarifReportWriter(POLICY), sample());

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///repo/");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("Provenance");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
        assertThat(run.at("/tool/driver/semanticVersion").asText()).isEqualTo("1.2.3");
        assertThat(run.at("/tool/driver/informationUri").isMissingNode()).isTrue();
    }

    @Test
    void textFromTheScannedRepositoryCannotBecomeMarkdown() throws IOException {
        JsonNode copy = resultFor(run(new SarifReportWriter(POLICY), sample()), "snippet-unattributed");

        assertThat(copy.at("/message/markdown").asText()).contains("\\[click\\]\\(x\\)")
                .doesNotContain(" [click](x)");
        assertThat(copy.at("/message/text").asText()).contains("[click](x)");
    }

    @Test
    void inputProblemsAreToolNotifications() throws IOException {
        JsonNode notifications = run(new SarifReportWriter(POLICY), sample())
                .at("/invocations/0/toolExecutionNotifications");

        assertThat(notifications).hasSize(1);
        assertThat(notifications.at("/0/descriptor/id").asText()).isEqualTo("input-problem");
        assertThat(notifications.at("/0/message/text").asText())
                .isEqualTo("generation_config.json: line 7, column 1: trailing comma");
        assertThat(notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("generation_config.json");
        assertThat(notifications.at("/0/properties/code").asText()).isEqualTo(IssueCode.INVALID_JSON.id());
    }

    @Test
    void inputProblemsBeyondTheCapAreCountedInOneNotification() throws IOException {
        List<ScanIssue> issues = IntStream.range(0, SarifReportWriter.MAX_ISSUE_NOTIFICATIONS + 5)
                .mapToObj(i -> new ScanIssue("f" + i + ".json", IssueCode.INVALID_JSON, "bad")).toList();
        var base = sample();
        var scan = new ScanResult(base.schemaVersion(), base.tool(), base.root(), base.files(), base.excluded(),
                base.declared(), base.ownHolders(), base.thirdParty(), base.snippets(), base.violations(), issues);
        JsonNode notifications = run(new SarifReportWriter(POLICY), scan)
                .at("/invocations/0/toolExecutionNotifications");

        assertThat(notifications).hasSize(SarifReportWriter.MAX_ISSUE_NOTIFICATIONS + 1);
        assertThat(notifications.get(SarifReportWriter.MAX_ISSUE_NOTIFICATIONS).at("/message/text").asText())
                .startsWith("5 more input problems");
    }

    @Test
    void aWriterRelativeToTheRepositoryTopPrefixesEveryPathWithTheModule() throws IOException {
        var writer = new SarifReportWriter(POLICY).relativeTo(Path.of("/"));
        JsonNode run = run(writer, sample());

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///");
        assertThat(resultFor(run, "header-replaced").at("/locations/0/physicalLocation/artifactLocation/uri")
                .asText()).isEqualTo("repo/" + ROPE);
        JsonNode notice = resultFor(run, "notice-incomplete");
        assertThat(notice.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("repo/LICENSE");
        assertThat(notice.at("/locations/0/message/text").asText())
                .isEqualTo("The scanned directory repo as a whole, shown on repo/LICENSE.");
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation"
                + "/uri").asText()).isEqualTo("repo/generation_config.json");
        assertThat(resultFor(run, "header-replaced").at("/partialFingerprints/provenance~1v1").asText())
                .as("the same file in another module is another finding")
                .isNotEqualTo(fingerprint(sample(), "header-replaced"));
    }

    @Test
    void aWriterRelativeToTheScannedDirectoryItselfWritesWhatTheDefaultWrites() throws IOException {
        assertThat(render(new SarifReportWriter(POLICY).relativeTo(Path.of("/repo")), sample()))
                .isEqualTo(render(new SarifReportWriter(POLICY), sample()));
    }

    @Test
    void aWriterRelativeToADirectoryOutsideTheScanRefusesIt() {
        var writer = new SarifReportWriter(POLICY).relativeTo(Path.of("/elsewhere"));

        assertThatThrownBy(() -> writer.write(sample(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/elsewhere");
    }

    // ---- truncation ----

    @Test
    void overTheLimitTheMostSeriousResultsAreKeptAndTheCutIsNoted() throws IOException {
        String sarif = render(new SarifReportWriter(POLICY, 2), sample());
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");

        List<String> kept = StreamSupport.stream(run.get("results").spliterator(), false)
                .map(r -> r.get("ruleId").asText()).toList();
        assertThat(kept).containsExactlyElementsOf(
                sample().violations().subList(0, 2).stream().map(Violation::rule).toList());
        assertThat(run.get("results").findValuesAsText("level")).containsOnly("error");
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(note.at("/descriptor/id").asText()).isEqualTo("results-truncated");
        assertThat(note.get("level").asText()).isEqualTo("warning");
        assertThat(note.at("/message/text").asText()).isEqualTo("Only the 2 most serious of 5 violations are"
                + " results: 3 were left out to stay within 2 results per run (GitHub code scanning rejects a run of"
                + " more than 25000). Left out, by rule: license-unknown 1, notice-incomplete 1,"
                + " snippet-unattributed 1. The JSON report lists every violation.");
        assertThat(note.at("/properties/omitted").asInt()).isEqualTo(3);
        assertThat(note.at("/properties/omittedByRule/snippet-unattributed").asInt()).isEqualTo(1);
        assertThat(note.at("/properties/omittedBySeverity/ERROR").asInt()).isEqualTo(1);
        assertThat(note.at("/properties/omittedBySeverity/WARNING").asInt()).isEqualTo(2);
        assertThat(run.at("/properties/resultsOmitted").asInt()).isEqualTo(3);
        assertThat(render(new SarifReportWriter(POLICY, 2), sample())).isEqualTo(sarif);
    }

    @Test
    void aLargeTruncatedRunIsValidSarifWithinTheLimit() throws IOException {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Severity severity = Severity.values()[i % 3];
            many.add(new Violation(i % 2 == 0 ? "license-unknown" : "custom-rule", severity, "src/f" + (i % 17)
                    + ".py", LineRange.of(1 + i), "finding " + i, "fix it", ""));
        }
        String sarif = render(new SarifReportWriter(POLICY, 100), sample().withViolations(many));
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");

        assertThat(run.get("results")).hasSize(100);
        assertThat(run.get("results").findValuesAsText("level")).containsOnly("error");
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/properties/omitted").asInt()).isEqualTo(200);
        SarifSchema.assertValid(sarif);
    }

    @Test
    void theDefaultLimitIsGitHubsLimitOfResultsPerRun() {
        assertThat(new SarifReportWriter(POLICY).maxResults()).isEqualTo(25_000);
        assertThat(new SarifReportWriter(POLICY, 7).relativeTo(Path.of("/")).maxResults()).isEqualTo(7);
    }

    @Test
    void withinTheLimitNothingIsNoted() throws IOException {
        JsonNode run = run(new SarifReportWriter(POLICY, 5), sample());

        assertThat(run.get("results")).hasSize(5);
        assertThat(run.at("/invocations/0/toolExecutionNotifications").findValuesAsText("id"))
                .doesNotContain("results-truncated");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new SarifReportWriter(POLICY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- fingerprints ----

    @Test
    void aSnippetFingerprintSurvivesLinesAddedAboveIt() throws IOException {
        String before = fingerprint(sample(), "header-replaced");
        String shifted = fingerprint(sample(7, ROPE_TEXT), "header-replaced");
        String reindented = fingerprint(sample(7, List.of("def swap_halves(t):", "", "  a,   b = t.chunk(2)  ")),
                "header-replaced");

        assertThat(before).startsWith(before.substring(0, 32) + ":").endsWith(":1");
        assertThat(shifted).isEqualTo(before);
        assertThat(reindented).isEqualTo(before);
    }

    @Test
    void aSnippetFingerprintChangesWithTheCopiedCodeOrTheRule() throws IOException {
        String before = fingerprint(sample(), "header-replaced");
        String edited = fingerprint(sample(0, List.of("def swap_halves(t):", "    a, b = t.split(2)")),
                "header-replaced");
        var otherRule = sample().withViolations(List.of(new Violation("snippet-unattributed", Severity.ERROR, ROPE,
                new LineRange(14, 40), "m", "f", "acme-rope@1.4.0")));

        assertThat(edited).isNotEqualTo(before);
        assertThat(fingerprint(otherRule, "snippet-unattributed")).isNotEqualTo(before);
    }

    @Test
    void theSameUpstreamLinesCopiedTwiceIntoAFileAreTwoOccurrences() throws IOException {
        var first = ropeCopy(0, ROPE_TEXT);
        var second = ropeCopy(100, ROPE_TEXT);
        var base = sample();
        var scan = new ScanResult(base.schemaVersion(), base.tool(), base.root(), base.files(), List.of(),
                base.declared(), List.of(), List.of(), List.of(first, second),
                List.of(ropeViolation(0), ropeViolation(100)), List.of());
        JsonNode results = run(new SarifReportWriter(POLICY), scan).get("results");

        String a = results.at("/0/partialFingerprints/provenance~1v1").asText();
        String b = results.at("/1/partialFingerprints/provenance~1v1").asText();
        assertThat(a).endsWith(":1");
        assertThat(b).isEqualTo(a.substring(0, a.length() - 1) + "2");
    }

    @Test
    void anOtherFingerprintIgnoresNumbersInTheMessageButNotItsWords() {
        var v = new Violation("license-unknown", Severity.WARNING, "a.py", LineRange.of(3), "line 3: 'X' is unknown",
                "f", "");
        var moved = new Violation("license-unknown", Severity.WARNING, "a.py", LineRange.of(40),
                "line 40: 'X' is unknown", "f", "");
        var other = new Violation("license-unknown", Severity.WARNING, "a.py", LineRange.of(3),
                "line 3: 'Y' is unknown", "f", "");

        assertThat(ResultFingerprint.hash(moved, null)).isEqualTo(ResultFingerprint.hash(v, null));
        assertThat(ResultFingerprint.hash(other, null)).isNotEqualTo(ResultFingerprint.hash(v, null));
    }

    // ---- helpers ----

    /** Renders and validates against the SARIF 2.1.0 schema: every SARIF this suite writes is checked. */
    @Test
    void aWaivedViolationIsAResultWithAnAcceptedExternalSuppression() throws IOException {
        ScanResult scan = sample();
        Violation open = scan.violations().get(0);
        Violation waived = scan.violations().get(1);
        var waiver = new Waiver(waived.rule(), waived.path(), "",
                WaiverReason.ORIGINAL_WORK, "we wrote it", LocalDate.of(2027, 6, 30),
                4);
        ScanResult withWaiver = scan.withEvaluation(List.of(open),
                List.of(new AppliedWaiver(waiver, waived)));

        JsonNode results = run(new SarifReportWriter(POLICY), withWaiver).get("results");

        assertThat(results).hasSize(2);
        assertThat(results.get(0).has("suppressions")).isFalse();
        JsonNode suppression = results.get(1).at("/suppressions/0");
        assertThat(results.get(1).get("ruleId").asText()).isEqualTo(waived.rule());
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("ORIGINAL_WORK: we wrote it (waiver at line 4 of the policy file, until 2027-06-30)");
        assertThat(run(new SarifReportWriter(POLICY, 1), withWaiver).get("results")).hasSize(1);
    }

    static String render(SarifReportWriter writer, ScanResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        writer.write(result, out);
        String sarif = out.toString(StandardCharsets.UTF_8);
        SarifSchema.assertValid(sarif);
        return sarif;
    }

    private static JsonNode run(SarifReportWriter writer, ScanResult result) throws IOException {
        JsonNode log = MAPPER.readTree(render(writer, result));
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        return log.at("/runs/0");
    }

    private static JsonNode resultFor(JsonNode run, String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    private static String fingerprint(ScanResult scan, String ruleId) throws IOException {
        return resultFor(run(new SarifReportWriter(POLICY), scan), ruleId)
                .at("/partialFingerprints/provenance~1v1").asText();
    }

    private static List<String> ids(JsonNode rules) {
        return StreamSupport.stream(rules.spliterator(), false).map(r -> r.get("id").asText()).toList();
    }
}
