package dev.provenance.kb.bench;

import dev.provenance.testing.SourcesJars;
import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.lex.Lexers;
import dev.provenance.fingerprint.Winnower;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.kb.CollectedSources;
import dev.provenance.kb.Component;
import dev.provenance.kb.ComponentSources;
import dev.provenance.kb.Hits;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.KnowledgeBaseWriter;
import dev.provenance.kb.SourceFile;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.SeedSequence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Prints figures for fingerprinting and the knowledge base on real code fetched at run time (asm 9.7 and
 * spring-core 6.1.21 sources jars from the local Maven repository, fetched with {@code mvn dependency:get} when
 * missing). Asserts nothing. Uses the real lexers ({@link Lexers}).
 *
 * <pre>
 * mvn -q -f core/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) dev.provenance.kb.bench.KbBenchmark
 * </pre>
 */
public final class KbBenchmark {
    private static final String[][] CORPUS = {
        {"org.ow2.asm", "asm", "9.7", "BSD-3-Clause"},
        {"org.springframework", "spring-core", "6.1.21", "Apache-2.0"},
    };

    private KbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Function<Language, Optional<Lexer>> lexers = Lexers::forLanguage;
        List<CollectedSources> components = new ArrayList<>();
        long sourceBytes = 0;
        long collectStart = System.nanoTime();
        for (String[] c : CORPUS) {
            Path jar = SourcesJars.fetch(c[0], c[1], c[2]);
            CollectedSources sources = new ComponentSources().collect(jar);
            components.add(sources);
            for (SourceFile f : sources.files()) {
                sourceBytes += f.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        double collectSeconds = (System.nanoTime() - collectStart) / 1e9;
        int fileCount = components.stream().mapToInt(s -> s.files().size()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d files, %.2f MiB of source (asm 9.7 + spring-core 6.1.21 "
                + "sources); archive read + classify + decode %.2f s%n", fileCount, mib(sourceBytes),
                collectSeconds);

        // Fingerprinting, one thread: lex (the real Java lexer) + seed + winnow.
        Winnower winnower = new Winnower(WinnowingParameters.DEFAULT);
        Lexer lexer = Lexers.forLanguage(Language.JAVA).orElseThrow();
        long fingerprints = 0;
        long seeds = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            fingerprints = 0;
            seeds = 0;
            for (CollectedSources s : components) {
                for (SourceFile f : s.files()) {
                    if (f.language() == Language.JAVA) {
                        SeedSequence seq = SeedSequence.of(lexer.lex(f.text()));
                        seeds += seq.size();
                        fingerprints += winnower.winnow(seq).size();
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        List<SeedSequence> sequences = new ArrayList<>();
        for (CollectedSources s : components) {
            for (SourceFile f : s.files()) {
                if (f.language() == Language.JAVA) {
                    sequences.add(SeedSequence.of(lexer.lex(f.text())));
                }
            }
        }
        double bestLex = Double.MAX_VALUE;
        double bestWinnow = Double.MAX_VALUE;
        long lexSink = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (CollectedSources s : components) {
                for (SourceFile f : s.files()) {
                    if (f.language() == Language.JAVA) {
                        lexSink += lexer.lex(f.text()).size();
                    }
                }
            }
            bestLex = Math.min(bestLex, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (SeedSequence seq : sequences) {
                lexSink += winnower.winnow(seq).size();
            }
            bestWinnow = Math.min(bestWinnow, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "  of which lexing (Java lexer) %.1f MiB/s, winnowing alone %.1f MiB/s "
                + "(%.0f ns per seed) (checksum %d)%n", mib(sourceBytes) / bestLex, mib(sourceBytes) / bestWinnow,
                bestWinnow * 1e9 / seeds, lexSink);
        System.out.printf(Locale.ROOT, "fingerprinting (Java lexer + seeds + winnowing), one core: %.1f MiB/s; "
                + "%d seeds, %d fingerprints (%.3f per seed, %.4f per source byte)%n", mib(sourceBytes) / best, seeds,
                fingerprints, fingerprints / (double) seeds, fingerprints / (double) sourceBytes);

        Path kbDir = Files.createTempDirectory("kb-bench");
        try {
            KnowledgeBaseWriter writer = new KnowledgeBaseWriter(kbDir, WinnowingParameters.DEFAULT, lexers);
            long start = System.nanoTime();
            for (int i = 0; i < CORPUS.length; i++) {
                String[] c = CORPUS[i];
                writer.add(new Component(c[0] + ":" + c[1], c[2], "pkg:maven/" + c[0] + "/" + c[1] + "@" + c[2],
                        c[3], List.of(), null), components.get(i).files());
            }
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "index build (fingerprint + sort + compress + write + fsync), one "
                    + "core: %.1f MiB/s (%.2f s)%n", mib(sourceBytes) / buildSeconds, buildSeconds);
            writer.compact();
            try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
                System.out.printf(Locale.ROOT, "index size: %d bytes of index (keys, postings, directory, "
                        + "tables) = %.3f bytes per source byte; compressed texts %d bytes = %.3f per source byte;"
                        + " %d keys%n", kb.indexBytes(), kb.indexBytes() / (double) sourceBytes, kb.textBytes(),
                        kb.textBytes() / (double) sourceBytes, kb.keyCount());
                lookups(kb, components, winnower, lexer);
                copiedAsm(kb, components.get(1), winnower, lexer);
            }
        } finally {
            try (Stream<Path> files = Files.walk(kbDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %.0f MiB%n", mib(peak));
    }

    private static void lookups(KnowledgeBase kb, List<CollectedSources> components, Winnower winnower,
                                Lexer lexer) {
        List<Long> present = new ArrayList<>();
        for (CollectedSources s : components) {
            for (SourceFile f : s.files()) {
                if (f.language() == Language.JAVA) {
                    for (long h : winnower.winnow(SeedSequence.of(lexer.lex(f.text()))).hashes()) {
                        present.add(h);
                    }
                }
            }
        }
        Random random = new Random(1);
        long[] presentKeys = present.stream().mapToLong(Long::longValue).toArray();
        for (int i = presentKeys.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = presentKeys[i];
            presentKeys[i] = presentKeys[j];
            presentKeys[j] = t;
        }
        long[] absentKeys = random.longs(presentKeys.length).toArray();
        for (String kind : new String[] {"present", "absent"}) {
            long[] keys = kind.equals("present") ? presentKeys : absentKeys;
            // Batches of 1,000, as a matcher would send one file's fingerprints; sorted unsigned within a batch.
            long[][] batches = new long[(keys.length + 999) / 1000][];
            for (int b = 0; b < batches.length; b++) {
                long[] batch = Arrays.copyOfRange(keys, b * 1000, Math.min(keys.length, (b + 1) * 1000));
                for (int i = 0; i < batch.length; i++) {
                    batch[i] ^= Long.MIN_VALUE;
                }
                Arrays.sort(batch);
                for (int i = 0; i < batch.length; i++) {
                    batch[i] ^= Long.MIN_VALUE;
                }
                batches[b] = batch;
            }
            long sink = 0;
            double bestBare = Double.MAX_VALUE;
            double bestBatched = Double.MAX_VALUE;
            double bestSingle = Double.MAX_VALUE;
            long[] one = new long[1];
            for (int round = 0; round < 7; round++) {
                long start = System.nanoTime();
                for (long[] batch : batches) {
                    Hits hits = kb.lookup(batch);
                    sink += hits.postingCount();
                }
                bestBatched = Math.min(bestBatched, (System.nanoTime() - start) / (double) keys.length);
                start = System.nanoTime();
                for (long key : keys) {
                    one[0] = key;
                    sink += kb.lookup(one).postingCount();
                }
                bestSingle = Math.min(bestSingle, (System.nanoTime() - start) / (double) keys.length);
                start = System.nanoTime();
                for (long[] batch : batches) {
                    Hits hits = kb.lookup(batch, 1);
                    sink += hits.postingCount();
                }
                bestBare = Math.min(bestBare, (System.nanoTime() - start) / (double) keys.length);
            }
            System.out.printf(Locale.ROOT, "look-up, %s keys (%d, warm, %d segment(s)): %.0f ns each in sorted "
                    + "batches of 1,000 with up to 1,024 postings a key, %.0f ns each one at a time, %.0f ns each "
                    + "with postings capped at 1 (key search and document frequency only) (checksum %d)%n", kind,
                    keys.length, kb.segmentCount(), bestBatched, bestSingle, bestBare, sink);
        }
    }

    /** How much of spring-core's repackaged ASM the index finds in asm: a sanity figure for the matcher to come. */
    private static void copiedAsm(KnowledgeBase kb, CollectedSources spring, Winnower winnower, Lexer lexer) {
        int asmComponent = -1;
        for (int c = 0; c < kb.componentCount(); c++) {
            if (kb.component(c).name().endsWith(":asm")) {
                asmComponent = c;
            }
        }
        long total = 0;
        long inAsm = 0;
        int files = 0;
        for (SourceFile f : spring.files()) {
            if (!f.path().startsWith("org/springframework/asm/") || f.language() != Language.JAVA) {
                continue;
            }
            files++;
            Fingerprints prints = winnower.winnow(SeedSequence.of(lexer.lex(f.text())));
            Hits hits = kb.lookup(prints.hashes());
            for (int q = 0; q < prints.size(); q++) {
                total++;
                for (int p = hits.from(q); p < hits.to(q); p++) {
                    if (kb.file(hits.fileId(p)).componentId() == asmComponent) {
                        inAsm++;
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "spring-core's org/springframework/asm: %d files, %.1f%% of their %d "
                + "fingerprints found in asm 9.7%n", files, 100.0 * inAsm / Math.max(1, total), total);
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
