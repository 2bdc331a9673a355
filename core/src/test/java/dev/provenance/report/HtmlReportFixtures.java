package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Excerpt;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.Language;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scan results for the HTML report's tests: a small one with every feature, and a large generated one. */
final class HtmlReportFixtures {
    /** Text a hostile repository could hold to break out of the data block and run. */
    static final String HOSTILE = "</script><img src=x onerror=alert(1)>";

    static final String COPY_PATH = "src/main/java/com/example/text/Rope.java";
    static final String VERBATIM_PATH = "src/main/java/com/example/util/Base64.java";

    private HtmlReportFixtures() {
    }

    /** The copy of {@link #UPSTREAM}: renamed {@code rotateHalf → swapHalves}, {@code x → t}, one line edited,
     * one added, one removed. Lines 14.. of the copying file. */
    static final List<String> COPY = List.of(
            "    static int[] swapHalves(int[] t) {",
            "        int half = t.length / 2;",
            "        int[] out = new int[t.length];",
            "        System.arraycopy(t, half, out, 0, t.length - half);",
            "        System.arraycopy(t, 0, out, t.length - half, half);",
            "        // keep the copy's own counter",
            "        calls++;",
            "        return out;",
            "    }",
            "",
            "    static int mix(int a, int b) {",
            "        return a * 33 ^ b;",
            "    }");

    /** Lines 20.. of the upstream file. */
    static final List<String> UPSTREAM = List.of(
            "    static int[] rotateHalf(int[] x) {",
            "        int half = x.length / 2;",
            "        int[] out = new int[x.length];",
            "        System.arraycopy(x, half, out, 0, x.length - half);",
            "        System.arraycopy(x, 0, out, x.length - half, half);",
            "        return out;",
            "    }",
            "",
            "    static int mix(int a, int b) {",
            "        return a * 31 ^ b;",
            "    }",
            "    // end of helpers");

    static AttributedSnippet ropeSnippet() {
        return new AttributedSnippet(
                new SnippetMatch(COPY_PATH, new LineRange(14, 26),
                        new Origin("acme-rope", "1.4.0", "pkg:maven/org.acme/acme-rope@1.4.0",
                                "src/main/java/org/acme/rope/Rotary.java", new LineRange(20, 31), "Apache-2.0",
                                List.of("Acme Labs")),
                        0.91, CloneType.EDITED, 212, false,
                        new TreeMap<>(Map.of("rotateHalf", "swapHalves", "x", "t"))),
                new Attribution(AttributionStatus.REPLACED, false,
                        List.of(new Evidence(EvidenceKind.OTHER_HOLDER, COPY_PATH, LineRange.of(1),
                                "Copyright 2025 Example Corp")),
                        List.of("keep 'Copyright 2023 Acme Labs' from src/main/java/org/acme/rope/Rotary.java in"
                                + " the header of " + COPY_PATH)),
                new Excerpt(COPY, UPSTREAM));
    }

    /** A whole file copied verbatim, its upstream header kept: 30 equal lines. */
    static AttributedSnippet verbatimSnippet() {
        List<String> lines = new ArrayList<>();
        lines.add("/* Copyright (c) 2019 Base Authors. Licensed under the MIT License. */");
        for (int i = 1; i < 30; i++) {
            lines.add("    static final int TABLE_" + i + " = " + (i * 37 % 64) + ";");
        }
        return new AttributedSnippet(
                new SnippetMatch(VERBATIM_PATH, new LineRange(1, 30),
                        new Origin("base-codec", "2.0.1", "pkg:maven/org.base/base-codec@2.0.1",
                                "src/main/java/org/base/Base64.java", new LineRange(1, 30), "MIT",
                                List.of("Base Authors")),
                        1.0, CloneType.EXACT, 240, true, new TreeMap<>()),
                new Attribution(AttributionStatus.ATTRIBUTED, true,
                        List.of(new Evidence(EvidenceKind.HEADER_COPYRIGHT, VERBATIM_PATH, LineRange.of(1),
                                "Copyright (c) 2019 Base Authors")),
                        List.of()),
                new Excerpt(lines, lines));
    }

    static AttributedSnippet hostileSnippet() {
        String path = "web/" + HOSTILE + ".js";
        return new AttributedSnippet(
                new SnippetMatch(path, new LineRange(3, 4),
                        new Origin("left-pad", "1.3.0", "pkg:npm/left-pad@1.3.0", "index.js", new LineRange(5, 6),
                                "MIT", List.of(HOSTILE)),
                        1.0, CloneType.EXACT, 60, false, new TreeMap<>()),
                new Attribution(AttributionStatus.NOTICE_ONLY, true,
                        List.of(new Evidence(EvidenceKind.NOTICE_ENTRY, "NOTICE", new LineRange(2, 3),
                                "left-pad " + HOSTILE)),
                        List.of()),
                new Excerpt(List.of("var s = '" + HOSTILE + "';", "module.exports = s; \u2028 <!-- -->"),
                        List.of("var s = '" + HOSTILE + "';", "module.exports = s; \u2028 <!-- -->")));
    }

    /** A small result: four rules over three severities, three snippets (one hostile), an input problem. */
    static ScanResult sample() {
        var snippets = List.of(ropeSnippet(), verbatimSnippet(), hostileSnippet());
        var violations = List.of(
                new Violation("header-replaced", Severity.ERROR, COPY_PATH, new LineRange(14, 26),
                        "copies acme-rope@1.4.0 src/main/java/org/acme/rope/Rotary.java:20-31 (Apache-2.0, Acme Labs)"
                                + " under Example Corp's header",
                        "Restore 'Copyright 2023 Acme Labs' above your own header.", "acme-rope@1.4.0"),
                new Violation("license-undeclared", Severity.ERROR, ".", null,
                        "the repository declares no license", "Add a LICENSE file.", ""),
                new Violation("notice-incomplete", Severity.WARNING, "NOTICE", LineRange.of(2),
                        "NOTICE names left-pad but not its license", "Add 'Licensed under MIT'.", ""),
                new Violation("license-unknown", Severity.WARNING, "web/" + HOSTILE + ".js", LineRange.of(1),
                        "unknown license " + HOSTILE, "Use an SPDX id: " + HOSTILE, ""),
                new Violation("license-unknown", Severity.INFO, "docs/readme.md", null,
                        "prose mentions a license", "Nothing to do.", ""));
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "0.1.0"),
                "/work/" + HOSTILE,
                List.of(file(COPY_PATH, FileKind.SOURCE, Language.JAVA), file("NOTICE", FileKind.LEGAL, Language.TEXT),
                        file("web/" + HOSTILE + ".js", FileKind.SOURCE, Language.JAVASCRIPT),
                        file("docs/readme.md", FileKind.DOC, Language.MARKDOWN)),
                List.of(), List.of(), List.of(new OwnHolder("Example Corp", "LICENSE:3")), List.of(),
                snippets, violations,
                List.of(new ScanIssue("config/" + HOSTILE + ".json", IssueCode.INVALID_JSON,
                        "line 7: " + HOSTILE)));
    }

    /** A generated result with {@code violationCount} violations and {@code snippetCount} snippets. */
    static ScanResult large(int violationCount, int snippetCount) {
        String[] rules = {"snippet-unattributed", "header-replaced", "attribution-partial", "notice-not-propagated",
                "license-incompatible", "copied-from-mismatch", "license-text-missing"};
        String[] components = {"acme-rope@1.4.0", "left-pad@1.3.0", "asm@9.7", "guava@33.4.0", "commons-lang3@3.17.0",
                "tokenizers@0.21.0", "numpy@2.1.0", "requests@2.32.3", "spring-core@6.1.21", "jackson-core@2.18.0",
                "lodash@4.17.21", "zlib@1.3.1"};
        List<AttributedSnippet> snippets = new ArrayList<>(snippetCount);
        AttributionStatus[] statuses = AttributionStatus.values();
        for (int i = 0; i < snippetCount; i++) {
            String component = components[i % components.length];
            String name = component.substring(0, component.indexOf('@'));
            String version = component.substring(component.indexOf('@') + 1);
            AttributionStatus status = statuses[(i * 7) % statuses.length];
            boolean satisfied = status == AttributionStatus.ATTRIBUTED || i % 5 == 0 && status
                    == AttributionStatus.NOTICE_ONLY;
            List<String> copy = new ArrayList<>(COPY);
            copy.set(1, "        int half = t.length / " + (2 + i % 3) + ";");
            snippets.add(new AttributedSnippet(
                    new SnippetMatch("module-" + (i % 97) + "/src/main/java/com/example/gen/File" + i + ".java",
                            new LineRange(10 + i % 50, 22 + i % 50),
                            new Origin(name, version, "", "src/" + name + "/Upstream" + (i % 311) + ".java",
                                    new LineRange(20, 31), i % 4 == 0 ? "MIT" : "Apache-2.0", List.of("Upstream")),
                            0.8 + (i % 20) / 100.0, CloneType.values()[i % 3], 100 + i % 400, i % 17 == 0,
                            new TreeMap<>(Map.of("rotateHalf", "swapHalves", "x", "t"))),
                    new Attribution(status, satisfied, List.of(), satisfied ? List.of()
                            : List.of("keep the upstream's copyright lines in the header")),
                    new Excerpt(copy, UPSTREAM)));
        }
        List<Violation> violations = new ArrayList<>(violationCount);
        Severity[] severities = Severity.values();
        for (int i = 0; i < violationCount; i++) {
            String rule = rules[i % rules.length];
            violations.add(new Violation(rule, severities[(i / 3) % severities.length],
                    "module-" + (i % 97) + "/src/main/java/com/example/gen/File" + i + ".java",
                    new LineRange(10 + i % 50, 22 + i % 50),
                    "copies " + components[i % components.length] + " without the credit its license requires (#"
                            + i + ")",
                    "Add the upstream's copyright lines to the header of File" + i + ".java.", ""));
        }
        List<FileReport> files = new ArrayList<>();
        for (int i = 0; i < Math.max(violationCount, snippetCount); i++) {
            files.add(file("module-" + (i % 97) + "/src/main/java/com/example/gen/File" + i + ".java", FileKind.SOURCE,
                    Language.JAVA));
        }
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "0.1.0"), "/work/big",
                files, List.of(), List.of(), List.of(), List.of(), snippets, violations, List.of());
    }

    private static FileReport file(String path, FileKind kind, Language language) {
        return new FileReport(path, kind, language, 1000, Set.of(), List.of(), List.of());
    }
}
