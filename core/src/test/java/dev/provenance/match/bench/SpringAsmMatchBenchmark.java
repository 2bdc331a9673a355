package dev.provenance.match.bench;

import dev.provenance.testing.SourcesJars;
import dev.provenance.fingerprint.TestLexer;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.kb.CollectedSources;
import dev.provenance.kb.Component;
import dev.provenance.kb.ComponentSources;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.KnowledgeBaseWriter;
import dev.provenance.kb.SourceFile;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.Lexers;
import dev.provenance.match.KnowledgeBaseMatcher;
import dev.provenance.match.MatchParameters;
import dev.provenance.match.SnippetMatch;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Matches the spring-core 6.1.21 sources against a knowledge base of asm 9.7 (both {@code -sources.jar} files from
 * the local Maven repository, fetched with {@code mvn dependency:get} when missing; nothing is committed) and prints
 * per-file match times, throughput, and a preview of the acceptance figures: how many of the ASM copies under
 * {@code org/springframework/asm} match their upstream file, the share of their lines covered, and any snippet outside
 * {@code org/springframework/asm} and {@code org/springframework/cglib}. Asserts nothing.
 *
 * <pre>
 * mvn -q -f core/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) \
 *     dev.provenance.match.bench.SpringAsmMatchBenchmark
 * </pre>
 * Uses the real lexers ({@link Lexers}); {@code --lexers=test} uses the small test lexer instead.
 * {@code --asm=9.6,9.7,9.7.1} indexes several ASM releases (each fetched like the others) and prints which release
 * the copies are credited to.
 */
public final class SpringAsmMatchBenchmark {
    private static final String ASM_DIR = "org/springframework/asm/";
    private static final String CGLIB_DIR = "org/springframework/cglib/";

    private SpringAsmMatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Function<Language, Optional<Lexer>> lexers = lexers(args);
        List<String> asmVersions = List.of("9.7");
        for (String a : args) {
            if (a.startsWith("--asm=")) {
                asmVersions = List.of(a.substring(6).split(","));
            }
        }
        CollectedSources asm = new ComponentSources().collect(SourcesJars.fetch("org.ow2.asm", "asm", "9.7"));
        CollectedSources spring = new ComponentSources().collect(SourcesJars.fetch("org.springframework", "spring-core",
                "6.1.21"));
        Path kbDir = Files.createTempDirectory("match-bench-kb");
        try {
            long t0 = System.nanoTime();
            int indexed = 0;
            for (String version : asmVersions) {
                CollectedSources release = version.equals("9.7") ? asm
                        : new ComponentSources().collect(SourcesJars.fetch("org.ow2.asm", "asm", version));
                new KnowledgeBaseWriter(kbDir, WinnowingParameters.DEFAULT, lexers).add(new Component(
                        "org.ow2.asm:asm", version, "pkg:maven/org.ow2.asm/asm@" + version, "BSD-3-Clause",
                        List.of("INRIA, France Telecom"), null), release.files());
                indexed += release.files().size();
            }
            System.out.printf(Locale.ROOT, "KB: asm %s, %d files, built in %.2f s%n", asmVersions, indexed,
                    (System.nanoTime() - t0) / 1e9);
            try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
                run(kb, lexers, spring.files(), asm.files());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(kbDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(KnowledgeBase kb, Function<Language, Optional<Lexer>> lexers, List<SourceFile> files,
                            List<SourceFile> upstream) throws Exception {
        long bytes = 0;
        for (SourceFile f : files) {
            bytes += f.text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "scanned: spring-core 6.1.21, %d files, %.2f MiB%n", files.size(),
                bytes / 1048576.0);

        // Warm-up pass (JIT, upstream cache), then a timed single-thread pass with per-file times.
        KnowledgeBaseMatcher warm = new KnowledgeBaseMatcher(kb, lexers, MatchParameters.DEFAULT);
        for (SourceFile f : files) {
            warm.match(f.path(), new TextFile(f.path(), f.text()), f.language());
        }
        KnowledgeBaseMatcher matcher = new KnowledgeBaseMatcher(kb, lexers, MatchParameters.DEFAULT);
        Map<String, List<SnippetMatch>> results = new TreeMap<>();
        List<long[]> times = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            long s = System.nanoTime();
            results.put(f.path(), matcher.match(f.path(), new TextFile(f.path(), f.text()), f.language()));
            times.add(new long[] {System.nanoTime() - s, i});
        }
        double cold = (System.nanoTime() - start) / 1e9;
        long[] sorted = times.stream().mapToLong(t -> t[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "1 thread (fresh matcher, upstream cache cold): %.3f s, %.1f MiB/s; per file "
                + "median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", cold, bytes / 1048576.0 / cold,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
        times.sort(Comparator.comparingLong((long[] t) -> -t[0]));
        for (long[] t : times.subList(0, Math.min(8, times.size()))) {
            SourceFile f = files.get((int) t[1]);
            System.out.printf(Locale.ROOT, "  %8.3f ms  %7d B  %s%n", t[0] / 1e6, f.text().length(), f.path());
        }
        for (int threads : new int[] {1, 2}) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                best = Math.min(best, timed(matcher, files, threads));
            }
            System.out.printf(Locale.ROOT, "%d thread(s), warm: %.3f s, %.1f MiB/s%n", threads, best,
                    bytes / 1048576.0 / best);
        }

        // The acceptance preview.
        Set<String> upstreamNames = new HashSet<>();
        for (SourceFile f : upstream) {
            if (f.path().startsWith("org/objectweb/asm/") && f.path().indexOf('/', 18) < 0) {
                upstreamNames.add(f.path().substring(18));
            }
        }
        Map<String, Integer> creditedVersions = new TreeMap<>();
        int copies = 0;
        int right = 0;
        long lines = 0;
        long covered = 0;
        List<String> misses = new ArrayList<>();
        for (SourceFile f : files) {
            String name = f.path().startsWith(ASM_DIR) ? f.path().substring(ASM_DIR.length()) : null;
            if (name == null || !upstreamNames.contains(name)) {
                continue;
            }
            copies++;
            List<SnippetMatch> matches = results.get(f.path());
            int fileLines = new TextFile(f.path(), f.text()).lineCount();
            BitSet cover = new BitSet();
            boolean toRight = false;
            for (SnippetMatch m : matches) {
                if (m.origin().path().equals("org/objectweb/asm/" + name)) {
                    toRight = true;
                    creditedVersions.merge(m.origin().version(), 1, Integer::sum);
                    cover.set(m.lines().first(), m.lines().last() + 1);
                }
            }
            lines += fileLines;
            covered += cover.cardinality();
            if (toRight) {
                right++;
            } else {
                misses.add(name);
            }
            System.out.printf(Locale.ROOT, "  %-28s %5d lines, %5.1f%% covered, %s%n", name, fileLines,
                    100.0 * cover.cardinality() / fileLines, describe(matches));
        }
        System.out.printf(Locale.ROOT, "ASM copies matched to the right upstream file: %d of %d; lines covered %.1f%% "
                + "(%d of %d)%s%n", right, copies, 100.0 * covered / lines, covered, lines,
                misses.isEmpty() ? "" : "; missed " + misses);
        System.out.println("releases credited (snippets): " + creditedVersions);
        int outside = 0;
        for (Map.Entry<String, List<SnippetMatch>> e : results.entrySet()) {
            if (!e.getKey().startsWith(ASM_DIR) && !e.getKey().startsWith(CGLIB_DIR) && !e.getValue().isEmpty()) {
                outside += e.getValue().size();
                for (SnippetMatch m : e.getValue()) {
                    System.out.printf(Locale.ROOT, "  outside: %s:%s <- %s:%s %s %.2f%n", m.path(), m.lines(),
                            m.origin().path(), m.origin().lines(), m.cloneType(), m.similarity());
                }
            }
        }
        int cglib = 0;
        for (Map.Entry<String, List<SnippetMatch>> e : results.entrySet()) {
            if (e.getKey().startsWith(CGLIB_DIR)) {
                cglib += e.getValue().size();
            }
        }
        System.out.printf(Locale.ROOT, "snippets outside org/springframework/asm and cglib: %d; inside cglib: %d%n",
                outside, cglib);
    }

    private static String describe(List<SnippetMatch> matches) {
        if (matches.isEmpty()) {
            return "no match";
        }
        StringBuilder s = new StringBuilder();
        for (SnippetMatch m : matches) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(m.lines()).append(" <- ").append(m.origin().version()).append(' ')
                    .append(m.origin().path().replace("org/objectweb/asm/", ""))
                    .append(':').append(m.origin().lines()).append(' ').append(m.cloneType())
                    .append(String.format(Locale.ROOT, " %.3f", m.similarity()))
                    .append(m.wholeFile() ? " whole" : "").append(m.renames().isEmpty() ? "" : " " + m.renames());
            if (s.length() > 400) {
                s.append(" …");
                break;
            }
        }
        return s.toString();
    }

    private static double timed(KnowledgeBaseMatcher matcher, List<SourceFile> files, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (SourceFile f : files) {
                futures.add(pool.submit(() -> matcher.match(f.path(), new TextFile(f.path(), f.text()),
                        f.language())));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** The real lexers; {@code --lexers=test} uses the small test lexer for Java and Kotlin instead. */
    private static Function<Language, Optional<Lexer>> lexers(String[] args) {
        for (String a : args) {
            if (a.equals("--lexers=test")) {
                return language -> language == Language.JAVA || language == Language.KOTLIN
                        ? Optional.of(new TestLexer()) : Optional.empty();
            }
        }
        return Lexers::forLanguage;
    }
}
