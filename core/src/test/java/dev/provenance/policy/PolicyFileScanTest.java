package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.FileSystemWalker;
import dev.provenance.report.JsonReportWriter;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy file found at the root of a real scanned tree, applied by the scanner's policy, seen in the report. */
class PolicyFileScanTest {
    private static final String POLICY = """
            licenses:
              denied: [GPL-3.0-only]
            waivers:
              - rule: license-not-allowed
                path: vendor/
                reason: TEST_DATA
                comment: fixtures for the GPL parser, never shipped
                expires: 2027-06-30
            """;

    private static final String FIXTURE = "// SPDX-License-Identifier: GPL-3.0-only\nint parse(void) { return 0; }\n";

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private ScanResult scan(LocalDate today) throws Exception {
        Policy policy = Policy.configured(PolicyFile.find(root));
        ScanResult raw = new Scanner(new FileSystemWalker(), Policy.defaults(), 1)
                .scan(ScanRequest.of(root), ScanListener.NONE);
        return policy.evaluate(raw, today);
    }

    @Test
    void waivedFindingLeavesTheViolationsAndIsListedInTheReport() throws Exception {
        write("provenance-policy.yaml", POLICY);
        write("pom.xml", "<project><licenses><license><name>MIT</name></license></licenses></project>\n");
        write("vendor/parser/gpl_fixture.c", FIXTURE);
        write("src/copied.c", "// SPDX-License-Identifier: GPL-3.0-only\nint copied(void) { return 1; }\n");

        ScanResult result = scan(LocalDate.of(2026, 11, 29));

        assertThat(result.violations()).filteredOn(v -> v.rule().equals("license-not-allowed"))
                .extracting(Violation::location).containsExactly("src/copied.c:1");
        assertThat(result.waivers()).singleElement().satisfies(a -> {
            assertThat(a.violation().location()).isEqualTo("vendor/parser/gpl_fixture.c:1");
            assertThat(a.waiver().line()).isEqualTo(4);
        });
        var out = new ByteArrayOutputStream();
        new JsonReportWriter().write(result, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"waived\" : 1", "\"pathGlob\" : \"vendor/\"",
                "\"comment\" : \"fixtures for the GPL parser, never shipped\"");
        assertThat(Files.readString(root.resolve("provenance-policy.yaml"))).isEqualTo(POLICY);
    }

    @Test
    void afterItsExpiryTheWaiverFailsAndTheFindingIsBack() throws Exception {
        write("provenance-policy.yaml", POLICY);
        write("vendor/parser/gpl_fixture.c", FIXTURE);

        ScanResult result = scan(LocalDate.of(2027, 7, 1));

        assertThat(result.waivers()).isEmpty();
        assertThat(result.violations()).extracting(Violation::rule, Violation::location).contains(
                org.assertj.core.groups.Tuple.tuple("waiver-expired", "provenance-policy.yaml:4"),
                org.assertj.core.groups.Tuple.tuple("license-not-allowed", "vendor/parser/gpl_fixture.c:1"));
    }
}
