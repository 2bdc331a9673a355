package dev.provenance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.FileSystemWalker;
import dev.provenance.inventory.Inventory;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.license.LicenseFinding;
import dev.provenance.policy.Policy;
import dev.provenance.policy.Violation;
import dev.provenance.report.JsonReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
    @TempDir
    Path root;

    private static String mit(String holder) {
        return LicenseCatalog.bundled().text("MIT").orElseThrow()
                .replaceFirst("<year>\\s+<copyright holders>", holder);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private ScanResult scan(ScanRequest request) throws IOException {
        return new Scanner().scan(request, ScanListener.NONE);
    }

    private void modelRepository() throws IOException {
        write("LICENSE", mit("2026 Example AI Lab"));
        write("README.md", "---\nlicense: apache-2.0\nbase_model: example-org/base\n---\n# Example\n");
        write("modeling_example.py", "# Copyright 2026 Example AI Lab\n# SPDX-License-Identifier: MIT\nimport math\n");
        write("third_party/rope.py", "# Copyright 2023 Acme Labs and the Widget Authors\n"
                + "# SPDX-License-Identifier: Apache-2.0\ndef rope(x):\n    return x\n");
        write("config.json", "{\"hidden_size\": 4096}\n");
        write("generation_config.json", "{\n  \"top_p\": 0.8,\n}\n");
    }

    @Test
    void modelCardDisagreeingWithTheLicenseIsAConflict() throws IOException {
        modelRepository();

        ScanResult result = scan(ScanRequest.of(root));

        assertThat(result.declared()).extracting(Declaration::location, Declaration::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LICENSE:1", "MIT"),
                        org.assertj.core.groups.Tuple.tuple("README.md:2", "Apache-2.0"));
        assertThat(result.violations()).extracting(v -> "[" + v.rule() + "] " + v.location() + " " + v.message())
                .containsExactly("[license-declaration-conflict] README.md:2 declares Apache-2.0 (model card front "
                        + "matter) but LICENSE:1 holds MIT");
        assertThat(result.ownHolders()).extracting(OwnHolder::name).containsExactly("Example AI Lab");
        assertThat(result.thirdParty()).extracting(ThirdPartyHolder::holder, ThirdPartyHolder::files,
                        ThirdPartyHolder::licenses)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme Labs", List.of("third_party/rope.py"),
                                List.of("Apache-2.0")),
                        org.assertj.core.groups.Tuple.tuple("The Widget Authors", List.of("third_party/rope.py"),
                                List.of("Apache-2.0")));
        assertThat(result.issues()).extracting(ScanIssue::path, ScanIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("generation_config.json", IssueCode.INVALID_JSON));
    }

    @Test
    void userOwnHoldersOverrideTheScansDecision() throws IOException {
        modelRepository();

        ScanResult result = scan(ScanRequest.of(root).withOwnHolders(List.of("Example AI Lab", "Acme Labs")));

        assertThat(result.ownHolders()).extracting(OwnHolder::name).containsExactly("Example AI Lab", "Acme Labs");
        assertThat(result.thirdParty()).extracting(ThirdPartyHolder::holder).containsExactly("The Widget Authors");
    }

    @Test
    void repositoryWithoutAnyDeclarationIsUndeclared() throws IOException {
        write("src/main.c", "int main(void) { return 0; }\n");

        ScanResult result = scan(ScanRequest.of(root));

        assertThat(result.declared()).isEmpty();
        assertThat(result.violations()).extracting(Violation::rule, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("license-undeclared", "."));
    }

    @Test
    void licensePointersTakeTheLicenseOfTheFileTheyPointAt() throws IOException {
        write("LICENSE", mit("2026 Gopher Tools contributors"));
        write("cmd/main.go", "// Copyright 2026 Gopher Tools contributors\n// Use of this source code is governed by "
                + "a BSD-style\n// license that can be found in the LICENSE file.\n\npackage main\n");
        write("package.json", "{\"name\": \"x\", \"license\": \"SEE LICENSE IN LICENSE\"}\n");

        ScanResult result = scan(ScanRequest.of(root));

        LicenseFinding pointer = licenses(result).get("cmd/main.go").get(0);
        assertThat(pointer.expression()).isEqualTo("MIT");
        assertThat(pointer.known()).isTrue();
        assertThat(pointer.declaredAs()).contains("bsd style license");
        assertThat(result.declared()).extracting(Declaration::source, Declaration::expression, Declaration::known)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LICENSE", "MIT", true),
                        org.assertj.core.groups.Tuple.tuple("package.json", "MIT", true));
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void progressIsReportedWhileFilesAreAnalysed() throws IOException {
        for (int i = 0; i < 200; i++) {
            write("src/f" + i + ".py", "# Copyright 2026 Example\n" + "x = 1\n".repeat(2000));
        }
        List<ScanProgress> heard = new ArrayList<>();
        int[] inventoried = new int[1];
        ScanListener listener = new ScanListener() {
            @Override
            public void inventoried(int files, int excluded) {
                inventoried[0] = files;
            }

            @Override
            public void progress(ScanProgress progress) {
                heard.add(progress);
            }
        };

        new Scanner().scan(ScanRequest.of(root).withProgressInterval(Duration.ofNanos(1)), listener);

        assertThat(inventoried[0]).isEqualTo(200);
        assertThat(heard).isNotEmpty().allSatisfy(p -> {
            assertThat(p.filesTotal()).isEqualTo(200);
            assertThat(p.filesDone()).isBetween(0, 200);
            assertThat(p.mebibytesPerSecond()).isNotNegative();
        });
        assertThat(heard).extracting(ScanProgress::filesDone).isSorted();
    }

    @Test
    void serialAndParallelScansWriteTheSameReportBytes() throws IOException {
        modelRepository();
        write("LICENSE-APACHE", LicenseCatalog.bundled().text("Apache-2.0").orElseThrow());

        byte[] serial = report(new Scanner(new FileSystemWalker(), Policy.defaults(), 1)
                .scan(ScanRequest.of(root), ScanListener.NONE));
        byte[] parallel = report(new Scanner(new FileSystemWalker(), Policy.defaults(), 4)
                .scan(ScanRequest.of(root), ScanListener.NONE));
        byte[] again = report(scan(ScanRequest.of(root)));

        assertThat(parallel).isEqualTo(serial);
        assertThat(again).isEqualTo(serial);
    }

    @Test
    void scanWritesNothingIntoTheTree() throws IOException {
        modelRepository();
        Map<String, String> before = snapshot();

        scan(ScanRequest.of(root));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void fileOverTheBudgetIsInventoriedNotAnalysed() throws IOException {
        write("LICENSE", mit("2026 Example"));
        write("big.py", "# Copyright 2026 Someone Else\n" + "x = 1\n".repeat(1000));

        ScanResult result = scan(ScanRequest.of(root).withMaxFileBytes(4096));

        assertThat(result.issues()).extracting(ScanIssue::path, ScanIssue::code, ScanIssue::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("big.py", IssueCode.TOO_LARGE,
                        "5.9 KiB exceeds the 4 KiB analysis budget; inventoried, not analysed"));
        assertThat(result.files()).extracting(FileReport::path).contains("big.py");
        assertThat(result.thirdParty()).isEmpty();
    }

    @Test
    void fileThatVanishesAfterTheWalkIsUnreadableAndTheScanGoesOn() throws IOException {
        write("LICENSE", mit("2026 Example"));
        write("gone.py", "# Copyright 2026 Example\n");
        FileSystemWalker walker = new FileSystemWalker();
        Scanner scanner = new Scanner((dir, excludes, toolOutputs) -> {
            Inventory inventory = walker.walk(dir, excludes, toolOutputs);
            Files.delete(root.resolve("gone.py"));
            return inventory;
        }, Policy.defaults(), 1);

        ScanResult result = scanner.scan(ScanRequest.of(root), ScanListener.NONE);

        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("gone.py");
            assertThat(issue.code()).isEqualTo(IssueCode.UNREADABLE);
        });
        assertThat(result.declared()).extracting(Declaration::expression).containsExactly("MIT");
    }

    @Test
    void rootThatIsNotADirectoryIsAnIoError() {
        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> scan(ScanRequest.of(root.resolve("missing"))))
                .withMessageContaining("missing");
    }

    private static Map<String, List<LicenseFinding>> licenses(ScanResult result) {
        Map<String, List<LicenseFinding>> byPath = new TreeMap<>();
        result.files().forEach(f -> byPath.put(f.path(), f.licenses()));
        return byPath;
    }

    private static byte[] report(ScanResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        new JsonReportWriter().write(result, out);
        return out.toByteArray();
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                files.put(root.relativize(p).toString(), Files.isRegularFile(p)
                        ? modified + " " + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                        : modified.toString());
            }
        }
        return files;
    }
}
