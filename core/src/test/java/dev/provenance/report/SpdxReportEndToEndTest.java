package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.provenance.index.ComponentIndexer;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real scan (index an upstream, scan a repository that copies it) written as SPDX and checked by the verifier. */
class SpdxReportEndToEndTest {
    private static final String UPSTREAM = """
            // Copyright 2024 The Ledger Authors
            // SPDX-License-Identifier: BSD-2-Clause
            package ledger;

            import java.util.ArrayList;
            import java.util.List;

            /** Keeps amounts per account and reports the largest balance. */
            public final class Balances {
                private final List<String> accounts = new ArrayList<>();
                private final List<Long> amounts = new ArrayList<>();

                public void post(String account, long amount) {
                    int at = accounts.indexOf(account);
                    if (at < 0) {
                        accounts.add(account);
                        amounts.add(amount);
                    } else {
                        amounts.set(at, amounts.get(at) + amount);
                    }
                }

                public long balance(String account) {
                    int at = accounts.indexOf(account);
                    return at < 0 ? 0 : amounts.get(at);
                }

                public String richest() {
                    String best = "";
                    long most = Long.MIN_VALUE;
                    for (int i = 0; i < accounts.size(); i++) {
                        if (amounts.get(i) > most) {
                            most = amounts.get(i);
                            best = accounts.get(i);
                        }
                    }
                    return best;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void scanOfARepositoryWithACopyBecomesAVerifiedDocumentWithItsSnippet() throws Exception {
        Path lib = dir.resolve("upstream");
        Files.createDirectories(lib.resolve("src/ledger"));
        Files.writeString(lib.resolve("src/ledger/Balances.java"), UPSTREAM, StandardCharsets.UTF_8);
        new ComponentIndexer(dir.resolve("kb")).index(new ComponentIndexer.Request(lib, "ledger", "2.1", null, null,
                "pkg:maven/org.example/ledger@2.1"));
        Path repo = dir.resolve("shop");
        Files.createDirectories(repo.resolve("src/main/java/shop"));
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"shop\", \"license\": \"Apache-2.0\"}\n");
        Files.writeString(repo.resolve("README.md"), "---\nlicense: other\n---\n# Shop\n");
        String copy = UPSTREAM
                .replace("// Copyright 2024 The Ledger Authors\n// SPDX-License-Identifier: BSD-2-Clause\n",
                        "// Copyright 2026 Shop Inc.\n// SPDX-License-Identifier: Apache-2.0\n")
                .replace("package ledger;", "package shop;").replace("Balances", "Wallets");
        Files.writeString(repo.resolve("src/main/java/shop/Wallets.java"), copy, StandardCharsets.UTF_8);
        ScanResult result = new Scanner().scan(ScanRequest.of(repo).withKnowledgeBase(dir.resolve("kb")),
                ScanListener.NONE);
        assertThat(result.snippets()).isNotEmpty();

        Path report = new SpdxReportWriter(null, null, Instant.parse("2026-11-29T00:00:00Z"))
                .write(result, dir.resolve("out"));

        assertThat(SpdxVerifier.verify(report)).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(report.toFile());
        JsonNode snippet = doc.path("snippets").get(0);
        assertThat(snippet.path("licenseConcluded").asText()).isEqualTo("BSD-2-Clause");
        assertThat(snippet.path("snippetFromFile").asText()).isEqualTo("SPDXRef-File-src-main-java-shop-Wallets.java");
        assertThat(snippet.path("comment").asText()).contains("ledger@2.1", "src/ledger/Balances.java");
        assertThat(doc.path("packages").get(0).path("licenseDeclared").asText()).contains("Apache-2.0");
        assertThat(bytesCovered(repo.resolve("src/main/java/shop/Wallets.java"), snippet))
                .isEqualTo(linesOf(copy, result.snippets().get(0).lines().first(),
                        result.snippets().get(0).lines().last()));
    }

    private static String bytesCovered(Path file, JsonNode snippet) throws IOException {
        for (JsonNode range : snippet.path("ranges")) {
            if (range.path("startPointer").has("offset")) {
                int start = range.path("startPointer").path("offset").asInt();
                int end = range.path("endPointer").path("offset").asInt();
                byte[] bytes = Files.readAllBytes(file);
                return new String(bytes, start - 1, end - start + 1, StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no byte range");
    }

    private static String linesOf(String text, int first, int last) {
        return String.join("\n", text.lines().skip(first - 1L).limit(last - first + 1L).toList());
    }
}
