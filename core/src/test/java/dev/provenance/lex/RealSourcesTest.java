package dev.provenance.lex;

import dev.provenance.testing.SourcesJars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.inventory.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Real code nobody here wrote, read from the machine at test time and never committed: Spring's
 * {@code spring-core} sources jar from the local Maven repository (Java), and PyTorch's Python sources unpacked
 * from Debian's {@code python3-torch} under {@code /tmp/torch} (override with {@code -Dprovenance.torch=DIR}).
 * Every file lexes with exact positions; the throughput of lexing plus seeding is printed, not asserted.
 */
class RealSourcesTest {
    private static final Path SPRING = SourcesJars.local("org.springframework", "spring-core", "6.1.21");
    private static final Path TORCH = Path.of(System.getProperty("provenance.torch", "/tmp/torch"));

    @Test
    void springCoreJavaSourcesLexExactlyAndFast() throws IOException {
        assumeTrue(Files.isRegularFile(SPRING), "spring-core sources jar not in the local repository");
        List<String> sources = new ArrayList<>();
        try (ZipFile zip = new ZipFile(SPRING.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(".java")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        check(Language.JAVA, sources);
    }

    @Test
    void pytorchPythonSourcesLexExactlyAndFast() throws IOException {
        assumeTrue(Files.isDirectory(TORCH), "python3-torch not unpacked under " + TORCH);
        List<String> sources;
        try (Stream<Path> files = Files.walk(TORCH)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().map(RealSourcesTest::read).toList();
        }
        assumeTrue(!sources.isEmpty(), "no Python sources under " + TORCH);
        check(Language.PYTHON, sources);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Language language, List<String> sources) {
        Lexer lexer = Lexers.forLanguage(language).orElseThrow();
        long chars = 0;
        long seeds = 0;
        for (String source : sources) {
            Tokens tokens = lexer.lex(source);
            LexerInvariantsTest.assertConsistent(language, tokens);
            chars += source.length();
            seeds += SeedSequence.of(tokens).size();
        }
        assertThat(seeds).isGreaterThan(chars / 20);
        double bytes = sources.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        double best = 0;
        double bestLexOnly = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        java.util.function.LongSupplier clock = cpu ? threads::getCurrentThreadCpuTime : System::nanoTime;
        for (int round = 0; round < 5; round++) {
            long t0 = clock.getAsLong();
            long sink = 0;
            for (String source : sources) {
                sink += lexer.lex(source).size();
            }
            long t1 = clock.getAsLong();
            for (String source : sources) {
                sink += SeedSequence.of(lexer.lex(source)).size();
            }
            long t2 = clock.getAsLong();
            assertThat(sink).isPositive();
            bestLexOnly = Math.max(bestLexOnly, bytes / (1 << 20) / ((t1 - t0) / 1e9));
            best = Math.max(best, bytes / (1 << 20) / ((t2 - t1) / 1e9));
        }
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MiB, %d seed tokens; lexing %.0f MiB/s, "
                        + "lexing + seeding %.0f MiB/s (per core, %s, best of 5)%n",
                language, sources.size(), bytes / (1 << 20), seeds, bestLexOnly, best,
                cpu ? "thread CPU time" : "wall time");
    }
}
