package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseTextMatcherTest {
    private static final Path DEBIAN = Path.of("/usr/share/common-licenses");
    private static LicenseTextMatcher matcher;
    private static LicenseCatalog catalog;

    @BeforeAll
    static void build() {
        long start = System.nanoTime();
        catalog = LicenseCatalog.bundled();
        long catalogDone = System.nanoTime();
        matcher = LicenseTextMatcher.shared();
        System.out.printf(Locale.ROOT, "catalog load %d ms; pre-filter build %d ms (%d licenses, %d distinct shingles)%n",
                (catalogDone - start) / 1_000_000, matcher.buildNanos() / 1_000_000, matcher.index().size(),
                matcher.index().distinctShingles());
    }

    private static String debian(String name) throws IOException {
        Path path = DEBIAN.resolve(name);
        assumeTrue(Files.isReadable(path), "no " + path + " on this machine");
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static List<LicenseFinding> timedFind(String name, String text) {
        List<String> trace = new java.util.ArrayList<>();
        matcher.find(new TextFile(name, text), trace);
        trace.forEach(t -> System.out.println("  " + t));
        long best = Long.MAX_VALUE;
        List<LicenseFinding> findings = List.of();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            findings = matcher.find(new TextFile(name, text));
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "%-12s %6d chars  %6.1f ms (best of 5)  %s%n", name, text.length(),
                best / 1e6, findings.stream().map(f -> f.expression() + "@" + f.lines()).toList());
        return findings;
    }

    @ParameterizedTest(name = "Debian {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache-2.0 | Apache-2.0
            Artistic   | Artistic-1.0-Perl
            BSD        | BSD-3-Clause
            CC0-1.0    | CC0-1.0
            GFDL-1.2   | GFDL-1.2-only
            GFDL-1.3   | GFDL-1.3-only
            GFDL       | GFDL-1.3-only
            GPL-1      | GPL-1.0-only
            GPL-2      | GPL-2.0-only
            GPL-3      | GPL-3.0-only
            GPL        | GPL-3.0-only
            LGPL-2     | LGPL-2.0-only
            LGPL-2.1   | LGPL-2.1-only
            LGPL-3     | LGPL-3.0-only
            LGPL       | LGPL-3.0-only
            MPL-1.1    | MPL-1.1
            MPL-2.0    | MPL-2.0
            """)
    void everyDebianCommonLicenseIsMatchedToItsSpdxId(String file, String id) throws IOException {
        String text = debian(file);
        List<LicenseFinding> findings = timedFind(file, text);
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(id);
        LicenseFinding finding = findings.get(0);
        assertThat(finding.source()).isEqualTo(LicenseSource.LICENSE_TEXT);
        assertThat(finding.known()).isTrue();
        TextFile textFile = new TextFile(file, text);
        int firstNonBlank = 1;
        while (textFile.line(firstNonBlank).isBlank()) {
            firstNonBlank++;
        }
        assertThat(finding.lines().first()).isEqualTo(firstNonBlank);
        assertThat(finding.lines().last()).isGreaterThan(new TextFile(file, text).lineCount() - 25);
    }

    /** The bundled sample text of {@code id}, with its placeholder copyright line replaced by a real-looking one. */
    private static String sample(String id) {
        return catalog.text(id).orElseThrow().replace("<year>", "2024").replace("<copyright holders>", "Jane Doe")
                .replace("<owner>", "Jane Doe");
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return new TextFile("x", text).lineOf(at);
    }

    @ParameterizedTest(name = "the text of {0} is {0}")
    @CsvSource({"MIT", "MIT-0", "ISC", "X11", "0BSD", "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause", "Apache-1.1",
            "Apache-2.0", "GPL-2.0-only", "GPL-3.0-only", "LGPL-2.1-only", "LGPL-3.0-only", "AGPL-3.0-only",
            "MPL-2.0", "EPL-2.0", "Zlib", "Unlicense", "BSL-1.0", "CC-BY-4.0", "WTFPL", "PostgreSQL", "UPL-1.0"})
    void closeRelativesAreTold(String id) {
        List<LicenseFinding> findings = timedFind(id, sample(id));
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(id);
    }

    /** {@code text} as a DEP-5 copyright file writes a license paragraph: indented, blank lines as " .". */
    private static String dep5(String id, String text) {
        StringBuilder out = new StringBuilder("Files: *\nCopyright: 2024 Jane Doe\nLicense: " + id + "\n\n");
        out.append("License: ").append(id).append('\n');
        for (String line : text.strip().split("\n", -1)) {
            out.append(line.isBlank() ? " ." : " " + line.strip()).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} in a DEP-5 paragraph")
    @CsvSource({"BSD-3-Clause", "BSD-2-Clause", "MIT", "Apache-2.0"})
    void aLicenseParagraphOfADebianCopyrightFileIsFound(String id) {
        String text = dep5(id, sample(id));
        List<LicenseFinding> findings = timedFind("dep5-" + id, text);
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(id);
        assertThat(findings.get(0).lines().last()).isEqualTo(new TextFile("x", text).lineCount());
    }

    @Test
    void debianParagraphDotsAreBlankLinesForTheLibrary() {
        assertThat(LicenseTextMatcher.withoutParagraphDots(" First paragraph.\n .\n Second one.\n\t.\r\n"))
                .isEqualTo(" First paragraph.\n\n Second one.\n\n");
        assertThat(LicenseTextMatcher.withoutParagraphDots("Ends with a dot.\n...\n"))
                .isEqualTo("Ends with a dot.\n...\n");
    }

    @Test
    void mitWithACopyrightLineCoversTheTitleAndCopyrightLines() {
        String text = "MIT License\n\nCopyright (c) 2019-2024 Example Corp. and contributors\n\n"
                + catalog.text("MIT").orElseThrow().substring(catalog.text("MIT").orElseThrow().indexOf("Permission"));
        List<LicenseFinding> findings = timedFind("MIT+copyright", text);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).expression()).isEqualTo("MIT");
        assertThat(findings.get(0).lines()).isEqualTo(new LineRange(1, new TextFile("x", text).lineCount()));
        assertThat(findings.get(0).declaredAs()).isEqualTo("MIT License");
    }

    @Test
    void aNoticeAppendedToTheLicenseIsNotCoveredByIt() {
        String apache = sample("Apache-2.0");
        String notice = "\n\n----------------------------------------------------------------\n"
                + "Example Widgets\nCopyright 2020-2024 The Example Foundation\n\n"
                + "This product includes software developed at The Example Foundation (https://example.org/).\n"
                + "The bundled parser was written by Jane Doe and is used with her kind permission.\n";
        String text = apache + notice;
        List<LicenseFinding> findings = timedFind("Apache+NOTICE", text);
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly("Apache-2.0");
        int noticeStart = lineOf(text, "Example Widgets");
        assertThat(findings.get(0).lines().last()).isLessThan(noticeStart - 1);
        assertThat(findings.get(0).lines().last()).isGreaterThanOrEqualTo(lineOf(text, "END OF TERMS AND CONDITIONS"));
    }

    @Test
    void aPreambleBeforeTheLicenseIsNotCoveredByIt() {
        String text = "This repository bundles code from several projects.\nSee the third-party directory for "
                + "their own terms; everything else is distributed as follows.\n\n" + sample("BSD-2-Clause");
        List<LicenseFinding> findings = timedFind("preamble+BSD-2", text);
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly("BSD-2-Clause");
        assertThat(findings.get(0).lines().first()).isEqualTo(4);
    }

    @Test
    void concatenatedLicensesGiveOneFindingEach() {
        String mit = sample("MIT");
        String apache = sample("Apache-2.0");
        String text = mit + "\n\n=== bundled: libfoo ===\n\n" + apache + "\n\n" + sample("BSD-3-Clause");
        List<LicenseFinding> findings = timedFind("MIT+Apache+BSD", text);
        assertThat(findings).extracting(LicenseFinding::expression)
                .containsExactly("MIT", "Apache-2.0", "BSD-3-Clause");
        int apacheLine = lineOf(text, "Apache License");
        assertThat(findings.get(0).lines().last()).isLessThan(apacheLine);
        assertThat(findings.get(1).lines().first()).isGreaterThanOrEqualTo(apacheLine - 1);
        assertThat(findings.get(1).lines().last()).isLessThan(findings.get(2).lines().first());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            readme      | # Widgets\\n\\nA small library for widgets. Install it with pip, then import it.\\n\\n## License\\n\\nMIT, see LICENSE. Contributions welcome under the same terms.\\n
            header only | Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License.
            changelog   | 1.2.0 - fixed the parser\\n1.1.0 - added the license file\\n1.0.0 - first release, permission granted to the team\\n
            empty       | ''
            """)
    void textsThatAreNotLicensesMatchNothing(String name, String text) {
        assertThat(matcher.find(new TextFile(name, text.replace("\\n", "\n")))).isEmpty();
    }

    @Test
    void aLicenseWithAFewWordsChangedIsStillFoundWhenNearlyAllOfItIsThere() {
        String changed = sample("Apache-2.0").replace("whether by contract or otherwise", "whether by contract or not")
                .replace("fifty percent (50%)", "half");
        List<LicenseFinding> findings = timedFind("Apache-edited", changed);
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly("Apache-2.0");
    }

    @Test
    void halfALicenseIsNotReportedAsTheLicense() {
        String apache = sample("Apache-2.0");
        String half = apache.substring(0, apache.length() / 3);
        assertThat(matcher.find(new TextFile("half", half))).isEmpty();
    }

    @Test
    void thePreFilterRanksNearlyEveryListedLicenseFirstOnItsOwnText() {
        List<String> misses = new java.util.ArrayList<>();
        long start = System.nanoTime();
        int total = 0;
        for (String id : catalog.currentIds()) {
            String text = catalog.text(id).orElse("");
            if (text.isBlank()) {
                continue;
            }
            total++;
            List<String> ranked = matcher.rank(new TextFile(id, text));
            boolean hit = !ranked.isEmpty() && (ranked.get(0).equals(id) || ranked.contains(id + "="));
            if (!hit) {
                misses.add(id + " -> " + ranked.stream().limit(3).toList());
            }
        }
        System.out.printf(Locale.ROOT, "pre-filter alone: %d texts in %d ms; %d not ranked first: %s%n", total,
                (System.nanoTime() - start) / 1_000_000, misses.size(), misses);
        assertThat(misses.size()).isLessThan(total / 20);
    }
}
