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
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) dev.provenance.kb.bench.KbBenchmark [rounds]
 * </pre>
 */
public final class KbBenchmark {
    private static final String[][] CORPUS = {
        {"org.ow2.asm", "asm", "9.7", "BSD-3-Clause"},
        {"org.springframework", "spring-core", "6.1.21", "Apache-2.0"},
    };

    private KbBenchmark() {
    }

    /** Optional argument: rounds per figure (default 100; the JIT needs a few dozen to settle). */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
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

        // Fingerprinting, one thread: lex (the real Java lexer) + seed + winnow, and each step alone. Figures are
        // medians over the rounds of the CPU time of this thread (per core, whatever else the machine runs).
        Winnower winnower = new Winnower(WinnowingParameters.DEFAULT);
        Lexer lexer = Lexers.forLanguage(Language.JAVA).orElseThrow();
        List<String> javaTexts = new ArrayList<>();
        for (CollectedSources s : components) {
            for (SourceFile f : s.files()) {
                if (f.language() == Language.JAVA) {
                    javaTexts.add(f.text());
                }
            }
        }
        List<dev.provenance.lex.Tokens> lexed = new ArrayList<>();
        List<SeedSequence> sequences = new ArrayList<>();
        long seeds = 0;
        long fingerprints = 0;
        for (String text : javaTexts) {
            lexed.add(lexer.lex(text));
            sequences.add(SeedSequence.of(lexed.get(lexed.size() - 1)));
            seeds += sequences.get(sequences.size() - 1).size();
            fingerprints += winnower.winnow(sequences.get(sequences.size() - 1)).size();
        }
        long[] sink = {0};
        double all = perCore(sourceBytes, rounds, () -> {
            for (String text : javaTexts) {
                sink[0] += winnower.winnow(SeedSequence.of(lexer.lex(text))).size();
            }
        });
        double lexing = perCore(sourceBytes, rounds, () -> {
            for (String text : javaTexts) {
                sink[0] += lexer.lex(text).size();
            }
        });
        double seeding = perCore(sourceBytes, rounds, () -> {
            for (dev.provenance.lex.Tokens t : lexed) {
                sink[0] += SeedSequence.of(t).size();
            }
        });
        double winnowing = perCore(sourceBytes, rounds, () -> {
            for (SeedSequence seq : sequences) {
                sink[0] += winnower.winnow(seq).size();
            }
        });
        System.out.printf(Locale.ROOT, "fingerprinting (Java lexer + seeds + winnowing), one core: %.1f MiB/s "
                + "(median of %d rounds, thread CPU time); %d seeds, %d fingerprints (%.3f per seed, %.4f per "
                + "source byte)%n", all, rounds, seeds, fingerprints, fingerprints / (double) seeds,
                fingerprints / (double) sourceBytes);
        System.out.printf(Locale.ROOT, "  each step alone: lexing %.1f MiB/s, seeding %.1f MiB/s, winnowing %.1f "
                + "MiB/s (%.0f ns per seed) (checksum %d)%n", lexing, seeding, winnowing,
                mib(sourceBytes) / winnowing * 1e9 / seeds, sink[0]);

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
                lookups(kb, components, winnower, lexer, rounds);
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
                                Lexer lexer, int rounds) {
        // Per file, its distinct fingerprints sorted as the matcher sends them; and as many absent random keys.
        List<long[]> present = new ArrayList<>();
        List<long[]> absent = new ArrayList<>();
        Random random = new Random(1);
        long keys = 0;
        for (CollectedSources s : components) {
            for (SourceFile f : s.files()) {
                if (f.language() == Language.JAVA) {
                    long[] batch = winnower.winnow(SeedSequence.of(lexer.lex(f.text()))).sortedDistinctHashes();
                    present.add(batch);
                    long[] other = random.longs(batch.length).toArray();
                    for (int i = 0; i < other.length; i++) {
                        other[i] ^= Long.MIN_VALUE;
                    }
                    Arrays.sort(other);
                    for (int i = 0; i < other.length; i++) {
                        other[i] ^= Long.MIN_VALUE;
                    }
                    absent.add(other);
                    keys += batch.length;
                }
            }
        }
        for (String kind : new String[] {"present", "absent"}) {
            List<long[]> batches = kind.equals("present") ? present : absent;
            long[] postings = {0};
            double capped = nsPerKey(keys, rounds, () -> {
                for (long[] batch : batches) {
                    postings[0] += kb.lookup(batch).postingCount();
                }
            });
            long perRound = postings[0] / rounds;
            double bare = nsPerKey(keys, rounds, () -> {
                for (long[] batch : batches) {
                    postings[0] += kb.lookup(batch, 1).postingCount();
                }
            });
            System.out.printf(Locale.ROOT, "look-up, %s keys (%d in %d files' batches, warm, %d segment(s)): %.0f ns "
                    + "each with up to 1,024 postings a key (%.1f postings a key), %.0f ns each with postings capped "
                    + "at 1 (key search and document frequency only); medians of %d rounds, thread CPU time%n",
                    kind, keys, batches.size(), kb.segmentCount(), capped, perRound / (double) keys, bare, rounds);
        }
    }

    /** Median over {@code rounds} of {@code bytes} MiB per second of this thread's CPU time running {@code work}. */
    private static double perCore(long bytes, int rounds, Runnable work) {
        double[] seconds = cpuSeconds(rounds, work);
        return mib(bytes) / seconds[rounds / 2];
    }

    private static double nsPerKey(long keys, int rounds, Runnable work) {
        double[] seconds = cpuSeconds(rounds, work);
        return seconds[rounds / 2] * 1e9 / keys;
    }

    /** This thread's CPU time of each of {@code rounds} runs of {@code work}, sorted. */
    private static double[] cpuSeconds(int rounds, Runnable work) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            seconds[r] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds;
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
