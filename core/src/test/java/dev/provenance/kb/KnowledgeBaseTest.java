package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.fingerprint.FileHashes;
import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
    @TempDir
    Path dir;

    private KnowledgeBaseWriter writer() {
        return new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS);
    }

    private static Component asm() {
        return new Component("org.ow2.asm:asm", "9.7", "pkg:maven/org.ow2.asm/asm@9.7", "BSD-3-Clause",
                List.of("INRIA, France Telecom"), "https://asm.ow2.io");
    }

    /** Every fingerprint of every file is found with a posting to that file at its seed start. */
    private static void assertEveryFingerprintFound(KnowledgeBase kb, Map<String, String> textsByPath) {
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 0; id < kb.fileCount(); id++) {
            ids.put(kb.component(kb.file(id).componentId()).name() + "/" + kb.file(id).path(), id);
        }
        for (Map.Entry<String, String> e : textsByPath.entrySet()) {
            Integer id = ids.get(e.getKey());
            assertThat(id).as(e.getKey()).isNotNull();
            Fingerprints f = Corpus.fingerprints(e.getValue());
            long[] hashes = f.hashes();
            Hits hits = kb.lookup(hashes, Integer.MAX_VALUE);
            for (int q = 0; q < hashes.length; q++) {
                boolean found = false;
                for (int p = hits.from(q); p < hits.to(q); p++) {
                    found |= hits.fileId(p) == id && hits.seedStart(p) == f.seedStart(q);
                }
                assertThat(found).as("%s fingerprint %d", e.getKey(), q).isTrue();
                assertThat(hits.documentFrequency(q)).isPositive();
            }
        }
    }

    @Test
    void roundTripFindsEveryFingerprintWithFileTablesAndTexts() throws IOException {
        List<SourceFile> files = Corpus.component(1, 30, 60);
        List<SourceFile> withOther = new ArrayList<>(files);
        withOther.add(new SourceFile("README.txt", "not lexed\n", Language.TEXT));
        IndexSummary summary = writer().add(asm(), withOther);
        assertThat(summary.files()).isEqualTo(31);
        assertThat(summary.lexedFiles()).isEqualTo(30);
        assertThat(summary.fingerprints()).isPositive();
        assertThat(summary.replaced()).isFalse();

        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.parameters()).contains(WinnowingParameters.DEFAULT);
            assertThat(kb.componentCount()).isEqualTo(1);
            assertThat(kb.component(0)).isEqualTo(asm());
            assertThat(kb.fileCount()).isEqualTo(31);
            Map<String, String> texts = new HashMap<>();
            for (SourceFile f : files) {
                texts.put("org.ow2.asm:asm/" + f.path(), f.text());
            }
            assertEveryFingerprintFound(kb, texts);
            Map<String, SourceFile> byPath = new HashMap<>();
            withOther.forEach(f -> byPath.put(f.path(), f));
            for (int id = 0; id < kb.fileCount(); id++) {
                KbFile file = kb.file(id);
                SourceFile source = byPath.get(file.path());
                assertThat(kb.text(id)).isEqualTo(source.text());
                assertThat(file.language()).isEqualTo(source.language());
                assertThat(file.componentId()).isZero();
                assertThat(file.lineCount()).isEqualTo(new dev.provenance.text.TextFile("x", source.text())
                        .lineCount());
                assertThat(file.hashes().raw()).isEqualTo(FileHashes.raw(source.text()));
                assertThat(kb.filesWithRawHash(file.hashes().raw())).containsExactly(id);
                if (source.language() == Language.JAVA) {
                    assertThat(file.fingerprintCount()).isEqualTo(Corpus.fingerprints(source.text()).size());
                    assertThat(kb.filesWithNormalizedHash(file.hashes().normalized())).contains(id);
                } else {
                    assertThat(file.fingerprintCount()).isZero();
                    assertThat(file.hashes().normalized()).isZero();
                }
            }
        }
    }

    @Test
    void documentFrequencyCountsDistinctFilesAndStopKeysDropPostings() throws IOException {
        String shared = Corpus.javaFile(77, 40);
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(new SourceFile("copy" + i + ".java", shared, Language.JAVA));
        }
        writer().add(Component.of("copies", "1"), files);
        Fingerprints f = Corpus.fingerprints(shared);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Hits all = kb.lookup(f.hashes(), 100);
            Hits capped = kb.lookup(f.hashes(), 3);
            for (int q = 0; q < f.size(); q++) {
                assertThat(all.documentFrequency(q)).isEqualTo(5);
                assertThat(all.isStopKey(q)).isFalse();
                Set<Integer> distinct = new HashSet<>();
                for (int p = all.from(q); p < all.to(q); p++) {
                    distinct.add(all.fileId(p));
                }
                assertThat(distinct).hasSize(5);
                assertThat(capped.isStopKey(q)).isTrue();
                assertThat(capped.documentFrequency(q)).isEqualTo(5);
                assertThat(capped.to(q) - capped.from(q)).isZero();
            }
        }
    }

    @Test
    void absentKeysFindNothing() throws IOException {
        writer().add(asm(), Corpus.component(2, 5, 30));
        Fingerprints other = Corpus.fingerprints("package x; enum E { A, B; E next() { return values()[(ordinal()"
                + " + 1) % values().length]; } static E first() { return A; } }");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            long[] absent = {0L, -1L, Long.MIN_VALUE, 0x1234_5678_9abc_def0L};
            Hits hits = kb.lookup(absent);
            for (int q = 0; q < absent.length; q++) {
                assertThat(hits.isPresent(q)).isFalse();
                assertThat(hits.to(q) - hits.from(q)).isZero();
            }
            assertThat(kb.lookup(other.hashes()).postingCount()).isZero();
        }
    }

    @Test
    void anEmptyDirectoryIsAnEmptyKnowledgeBaseAndAMissingOneIsAnError() throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.fileCount()).isZero();
            assertThat(kb.componentCount()).isZero();
            assertThat(kb.parameters()).isEmpty();
            assertThat(kb.lookup(new long[] {1, 2, 3}).postingCount()).isZero();
            kb.requireParameters(new WinnowingParameters(8, 4, 2));
        }
        assertThatThrownBy(() -> KnowledgeBase.open(dir.resolve("missing")))
                .isInstanceOf(IOException.class).hasMessageContaining("no knowledge base here");
    }

    @Test
    void aComponentWithoutFingerprintsMakesAKeylessSegment() throws IOException {
        writer().add(Component.of("docs", "1"), List.of(new SourceFile("a.txt", "hello\n", Language.TEXT)));
        writer().add(Component.of("empty", "1"), List.of());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.keyCount()).isZero();
            assertThat(kb.componentCount()).isEqualTo(2);
            assertThat(kb.fileCount()).isEqualTo(1);
            assertThat(kb.text(0)).isEqualTo("hello\n");
            assertThat(kb.lookup(new long[] {0, -1}).postingCount()).isZero();
        }
    }

    @Test
    void aSingleFingerprintIsFound() throws IOException {
        String text = "a = b ( c , d ) + e [ f ] ; g h";
        Fingerprints f = Corpus.fingerprints(text);
        assertThat(f.size()).isEqualTo(1);
        writer().add(Component.of("one", "1"), List.of(new SourceFile("One.java", text, Language.JAVA)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.keyCount()).isEqualTo(1);
            Hits hits = kb.lookup(new long[] {f.hash(0), f.hash(0) ^ (1L << 40)});
            assertThat(hits.documentFrequency(0)).isEqualTo(1);
            assertThat(hits.seedStart(hits.from(0))).isZero();
            assertThat(hits.isPresent(1)).isFalse();
        }
    }

    @Test
    void reindexingTheSameNameAndVersionReplacesIt() throws IOException {
        List<SourceFile> first = Corpus.component(3, 4, 40);
        List<SourceFile> second = Corpus.component(4, 3, 40);
        writer().add(asm(), first);
        IndexSummary again = writer().add(asm(), second);
        assertThat(again.replaced()).isTrue();
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.componentCount()).isEqualTo(1);
            assertThat(kb.segmentCount()).as("the old segment had nothing left alive").isEqualTo(1);
            assertThat(kb.fileCount()).isEqualTo(3);
            Fingerprints old = Corpus.fingerprints(first.get(0).text());
            Fingerprints fresh = Corpus.fingerprints(second.get(0).text());
            Set<Long> freshHashes = new HashSet<>();
            for (int i = 0; i < kb.fileCount(); i++) {
                for (long h : Corpus.fingerprints(kb.text(i)).hashes()) {
                    freshHashes.add(h >>> 16);
                }
            }
            Hits hits = kb.lookup(old.hashes());
            for (int q = 0; q < old.size(); q++) {
                assertThat(hits.isPresent(q)).isEqualTo(freshHashes.contains(old.hash(q) >>> 16));
            }
            assertThat(kb.lookup(fresh.hashes()).postingCount()).isGreaterThanOrEqualTo(fresh.size());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".kbs"))).hasSize(1);
        }
    }

    @Test
    void aReplacedComponentInsideAMergedSegmentIsHiddenThenDroppedByTheNextMerge() throws IOException {
        writer().add(Component.of("x", "1"), Corpus.component(5, 3, 40));
        writer().add(Component.of("y", "1"), Corpus.component(6, 3, 40));
        writer().compact();
        List<SourceFile> newX = Corpus.component(7, 2, 40);
        writer().add(Component.of("x", "1"), newX);
        Map<String, String> expected = new HashMap<>();
        for (SourceFile f : Corpus.component(6, 3, 40)) {
            expected.put("y/" + f.path(), f.text());
        }
        for (SourceFile f : newX) {
            expected.put("x/" + f.path(), f.text());
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.segmentCount()).isEqualTo(2);
            assertThat(kb.componentCount()).isEqualTo(2);
            assertThat(kb.fileCount()).isEqualTo(5);
            assertEveryFingerprintFound(kb, expected);
            Fingerprints dead = Corpus.fingerprints(Corpus.component(5, 3, 40).get(0).text());
            Hits hits = kb.lookup(dead.hashes());
            for (int p = 0; p < hits.postingCount(); p++) {
                assertThat(kb.file(hits.fileId(p)).path()).doesNotStartWith("src/C5_");
            }
        }
        writer().compact();
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.segmentCount()).isEqualTo(1);
            assertThat(kb.fileCount()).isEqualTo(5);
            assertEveryFingerprintFound(kb, expected);
        }
    }

    @Test
    void moreSegmentsThanTheCapAreMergedAndNothingIsLost() throws IOException {
        KnowledgeBaseWriter w = writer().withMaxSegments(4);
        Map<String, String> expected = new HashMap<>();
        int merges = 0;
        for (int c = 0; c < 9; c++) {
            List<SourceFile> files = Corpus.component(100 + c, 3, 30);
            files.forEach(f -> expected.put("c" + files.hashCode() + f.path(), f.text()));
            IndexSummary s = w.add(Component.of("c" + c, "1.0"), files);
            merges += s.mergedSegments() > 0 ? 1 : 0;
            expected.clear();
        }
        assertThat(merges).isPositive();
        for (int c = 0; c < 9; c++) {
            for (SourceFile f : Corpus.component(100 + c, 3, 30)) {
                expected.put("c" + c + "/" + f.path(), f.text());
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.segmentCount()).isLessThanOrEqualTo(4);
            assertThat(kb.componentCount()).isEqualTo(9);
            assertThat(kb.fileCount()).isEqualTo(27);
            assertEveryFingerprintFound(kb, expected);
            for (int id = 0; id < kb.fileCount(); id++) {
                KbFile f = kb.file(id);
                assertThat(kb.text(id)).isEqualTo(expected.get(kb.component(f.componentId()).name() + "/"
                        + f.path()));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".tmp-"))).isEmpty();
        }
    }

    @Test
    void otherWinnowingParametersAreRefused() throws IOException {
        writer().add(asm(), Corpus.component(8, 2, 20));
        KnowledgeBaseWriter other = new KnowledgeBaseWriter(dir, new WinnowingParameters(12, 6, 3), Corpus.LEXERS);
        assertThatThrownBy(() -> other.add(Component.of("z", "1"), Corpus.component(9, 1, 20)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("k=16, w=8, minDistinct=4")
                .hasMessageContaining("k=12, w=6, minDistinct=3");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.componentCount()).isEqualTo(1);
            assertThatThrownBy(() -> kb.requireParameters(new WinnowingParameters(12, 6, 3)))
                    .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("rebuild the KB");
            kb.requireParameters(WinnowingParameters.DEFAULT);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".tmp-"))).isEmpty();
        }
    }

    @Test
    void duplicatePathsInOneComponentAreRejected() {
        List<SourceFile> files = List.of(new SourceFile("a.java", "x", Language.JAVA),
                new SourceFile("a.java", "y", Language.JAVA));
        assertThatThrownBy(() -> writer().add(asm(), files)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.java");
    }

    @Test
    void aKnowledgeBaseOpenedBeforeAWriteKeepsItsViewAndANewOneSeesTheWrite() throws IOException {
        writer().add(Component.of("a", "1"), Corpus.component(10, 2, 30));
        try (KnowledgeBase before = KnowledgeBase.open(dir)) {
            writer().add(Component.of("a", "1"), Corpus.component(11, 2, 30));
            assertThat(before.text(0)).isEqualTo(Corpus.component(10, 2, 30).get(0).text());
            try (KnowledgeBase after = KnowledgeBase.open(dir)) {
                assertThat(after.text(0)).isEqualTo(Corpus.component(11, 2, 30).get(0).text());
            }
        }
    }
}
