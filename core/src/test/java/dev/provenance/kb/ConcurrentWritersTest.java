package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.fingerprint.WinnowingParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentWritersTest {
    @TempDir
    Path dir;

    /** All components present, each file's fingerprints found at its own file. */
    private void assertHolds(Set<String> expectedNames, long[] seedBases, String[] prefixes, int perWriter)
            throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Set<String> names = new HashSet<>();
            for (int c = 0; c < kb.componentCount(); c++) {
                names.add(kb.component(c).name());
            }
            assertThat(names).isEqualTo(expectedNames);
            assertThat(kb.fileCount()).isEqualTo(expectedNames.size() * 4);
            for (int w = 0; w < prefixes.length; w++) {
                for (int i = 0; i < perWriter; i++) {
                    List<SourceFile> files = Corpus.component(seedBases[w] + i, 4, 40);
                    Fingerprints f = Corpus.fingerprints(files.get(0).text());
                    Hits hits = kb.lookup(f.hashes(), Integer.MAX_VALUE);
                    for (int q = 0; q < f.size(); q++) {
                        boolean own = false;
                        for (int p = hits.from(q); p < hits.to(q); p++) {
                            KbFile file = kb.file(hits.fileId(p));
                            own |= kb.component(file.componentId()).name().equals(prefixes[w] + i)
                                    && file.path().equals(files.get(0).path());
                        }
                        assertThat(own).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void twoThreadsWritingAtOnceLeaveBothComponentsAndReadersNeverBlock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    KnowledgeBaseWriter w = new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS)
                            .withMaxSegments(3);
                    for (int i = 0; i < 5; i++) {
                        w.add(dev.provenance.kb.Component.of("t" + thread + "-" + i, "1"),
                                Corpus.component(1000L * (thread + 1) + i, 4, 40));
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int opened = 0;
                while (writing.get()) {
                    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
                        for (int id = 0; id < kb.fileCount(); id++) {
                            kb.text(id);
                        }
                        opened++;
                    }
                }
                return opened;
            });
            for (Future<?> w : writers) {
                w.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            assertThat(reader.get(1, TimeUnit.MINUTES)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < 5; i++) {
                expected.add("t" + t + "-" + i);
            }
        }
        assertHolds(expected, new long[] {1000, 2000}, new String[] {"t0-", "t1-"}, 5);
    }

    @Test
    void twoProcessesWritingAtOnceLeaveBothComponents() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, ConcurrentIndexMain.class.getName(),
                    dir.toString(), "p" + p + "-", "4", Long.toString(5000L * (p + 1)));
            builder.redirectErrorStream(true);
            processes.add(builder.start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
        }
        Set<String> expected = new HashSet<>();
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < 4; i++) {
                expected.add("p" + p + "-" + i);
            }
        }
        assertHolds(expected, new long[] {5000, 10000}, new String[] {"p0-", "p1-"}, 4);
    }

    @Test
    void aWriterThatCannotGetTheLockInTimeSaysWhy() throws Exception {
        java.nio.file.Files.createDirectories(dir);
        try (WriterLock held = WriterLock.acquire(dir, Duration.ofSeconds(1))) {
            KnowledgeBaseWriter w = new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS)
                    .withLockWait(Duration.ofMillis(200));
            assertThatThrownBy(() -> w.add(Component.of("late", "1"), Corpus.component(1, 1, 20)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another provenance:index run is writing this knowledge base")
                    .hasMessageContaining(".lock");
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".lock");
        }
    }
}
