package dev.provenance.index;

import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.EvidenceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.provenance.kb.KnowledgeBase;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.match.CloneType;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentIndexerTest {
    @TempDir
    Path dir;

    /** A small upstream library of our own: a header naming its holder and license, and some real code. */
    private Path upstream(boolean withLicenseFile) throws IOException {
        Path lib = dir.resolve("upstream");
        Files.createDirectories(lib.resolve("src/kit"));
        StringBuilder code = new StringBuilder("""
                // Copyright 2024 The Kit Authors
                // SPDX-License-Identifier: MIT
                package kit;

                import java.util.ArrayList;
                import java.util.List;

                /** Splits text into words and counts how often each appears. */
                public final class WordTally {
                    private final List<String> words = new ArrayList<>();

                    public void feed(String line) {
                        for (String word : line.split("\\\\s+")) {
                            if (!word.isBlank()) {
                                words.add(word.toLowerCase());
                            }
                        }
                    }

                    public int count(String word) {
                        int n = 0;
                        for (String w : words) {
                            if (w.equals(word)) {
                                n++;
                            }
                        }
                        return n;
                    }

                    public String longest() {
                        String best = "";
                        for (String w : words) {
                            if (w.length() > best.length() || (w.length() == best.length() && w.compareTo(best) < 0)) {
                                best = w;
                            }
                        }
                        return best;
                    }
                }
                """);
        Files.writeString(lib.resolve("src/kit/WordTally.java"), code.toString(), StandardCharsets.UTF_8);
        if (withLicenseFile) {
            Files.writeString(lib.resolve("LICENSE"), LicenseCatalog.bundled().text("Apache-2.0").orElseThrow());
        }
        return lib;
    }

    @Test
    void componentLicenseAndHoldersComeFromItsHeadersWhenItHasNoLicenseFile() throws IOException {
        var outcome = new ComponentIndexer(dir.resolve("kb"))
                .index(new ComponentIndexer.Request(upstream(false), "kit", "1.0", null, null, null));

        assertThat(outcome.component().licenseExpression()).isEqualTo("MIT");
        assertThat(outcome.licenseEvidence()).isEqualTo("file headers (1 of 1 files)");
        assertThat(outcome.component().holders()).containsExactly("The Kit Authors");
        assertThat(outcome.summary().files()).isEqualTo(1);
    }

    @Test
    void theLicenseFileWinsOverHeadersAndAGivenLicenseWinsOverBoth() throws IOException {
        var indexer = new ComponentIndexer(dir.resolve("kb"));
        Path lib = upstream(true);

        var detected = indexer.index(new ComponentIndexer.Request(lib, "kit", "1.0", null, null, null));
        var given = indexer.index(new ComponentIndexer.Request(lib, "kit", "1.0", "BSD-2-Clause", null, null));

        assertThat(detected.component().licenseExpression()).isEqualTo("Apache-2.0");
        assertThat(detected.licenseEvidence()).isEqualTo("LICENSE");
        assertThat(given.component().licenseExpression()).isEqualTo("BSD-2-Clause");
        assertThat(given.licenseEvidence()).isEqualTo("given");
        assertThat(given.summary().replaced()).isTrue();
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("kb"))) {
            assertThat(kb.componentCount()).isEqualTo(1);
        }
    }

    @Test
    void aScanAgainstTheKnowledgeBaseFindsTheRenamedCopy() throws IOException {
        Path lib = upstream(false);
        new ComponentIndexer(dir.resolve("kb"))
                .index(new ComponentIndexer.Request(lib, "kit", "1.0", null, "https://kit.example", "pkg:maven/x/kit@1.0"));
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        String copy = Files.readString(lib.resolve("src/kit/WordTally.java"))
                .replace("// Copyright 2024 The Kit Authors\n// SPDX-License-Identifier: MIT\n", "// Copyright 2026 Us\n")
                .replace("WordTally", "Histogram").replace("words", "tokens").replace("best", "top");
        Files.writeString(repo.resolve("Histogram.java"), copy);

        ScanResult result = new Scanner().scan(ScanRequest.of(repo).withKnowledgeBase(dir.resolve("kb")),
                ScanListener.NONE);

        assertThat(result.snippets()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("Histogram.java");
            assertThat(s.match().cloneType()).isEqualTo(CloneType.RENAMED);
            assertThat(s.match().renames()).containsEntry("WordTally", "Histogram").containsEntry("words", "tokens");
            assertThat(s.origin().coordinates()).isEqualTo("kit@1.0");
            assertThat(s.origin().path()).isEqualTo("src/kit/WordTally.java");
            assertThat(s.origin().license()).isEqualTo("MIT");
            assertThat(s.origin().holders()).containsExactly("The Kit Authors");
            assertThat(s.origin().purl()).isEqualTo("pkg:maven/x/kit@1.0");
            assertThat(s.match().wholeFile()).isTrue();
            assertThat(s.lines()).isEqualTo(new dev.provenance.text.LineRange(1, 38));
            assertThat(s.origin().lines()).isEqualTo(new dev.provenance.text.LineRange(1, 39));
            assertThat(s.attribution().status()).isEqualTo(AttributionStatus.REPLACED);
            assertThat(s.attribution().satisfied()).isFalse();
            assertThat(s.attribution().evidence(EvidenceKind.OTHER_HOLDER)).singleElement()
                    .satisfies(e -> assertThat(e.text()).isEqualTo("Copyright 2026 Us"));
            assertThat(s.attribution().missing()).containsExactly(
                    "keep 'Copyright 2024 The Kit Authors' from src/kit/WordTally.java in the header of Histogram.java,"
                            + " or credit kit@1.0 (src/kit/WordTally.java) with the copyright of The Kit Authors and"
                            + " its license (MIT) in a third-party notice file");
            assertThat(s.excerpt().copy()).hasSize(38);
            assertThat(s.excerpt().upstream()).hasSize(39).startsWith("// Copyright 2024 The Kit Authors");
        });
    }

    @Test
    void theComponentsNoticeFileIsKeptInTheKnowledgeBase() throws IOException {
        new ComponentIndexer(dir.resolve("kb")).index(new ComponentIndexer.Request(upstream(false), "bare", "1.0", null,
                null, null));
        Path lib = upstream(true);
        Files.createDirectories(lib.resolve("META-INF"));
        Files.writeString(lib.resolve("META-INF/NOTICE.txt"), "Kit (jar copy)\nCopyright 2024 The Kit Authors\n");
        Files.writeString(lib.resolve("NOTICE"), "Kit\nCopyright 2024 The Kit Authors\n");

        var outcome = new ComponentIndexer(dir.resolve("kb"))
                .index(new ComponentIndexer.Request(lib, "kit", "1.0", null, null, null));

        assertThat(outcome.component().notice()).isEqualTo("Kit\nCopyright 2024 The Kit Authors\n");
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("kb"))) {
            java.util.Map<String, String> notices = new java.util.TreeMap<>();
            for (int id = 0; id < kb.componentCount(); id++) {
                notices.put(kb.component(id).name(), String.valueOf(kb.component(id).notice()));
            }
            assertThat(notices).containsExactly(java.util.Map.entry("bare", "null"),
                    java.util.Map.entry("kit", "Kit\nCopyright 2024 The Kit Authors\n"));
        }
    }

    @Test
    void aMissingKnowledgeBaseIsAnIoErrorNamingIt() {
        assertThatIOException()
                .isThrownBy(() -> new Scanner().scan(ScanRequest.of(dir).withKnowledgeBase(dir.resolve("nope")),
                        ScanListener.NONE))
                .withMessageContaining("no knowledge base at " + dir.resolve("nope"));
    }

    @Test
    void aMissingSourceIsAnIoError() {
        assertThatIOException()
                .isThrownBy(() -> new ComponentIndexer(dir.resolve("kb"))
                        .index(new ComponentIndexer.Request(dir.resolve("absent"), "x", "1", null, null, null)))
                .withMessageContaining("does not exist");
    }
}
