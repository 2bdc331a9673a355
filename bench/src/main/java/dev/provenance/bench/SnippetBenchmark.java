package dev.provenance.bench;

import dev.provenance.index.ComponentIndexer;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.match.SnippetMatch;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Times Provenance's snippet matcher in this JVM: indexes ASM's sources into a fresh knowledge base, then scans
 * spring-core's sources against it, and prints index and scan MiB/s (medians of the timed runs after the warm-ups),
 * the snippets found, and how many of Spring's repackaged ASM files ({@code org/springframework/asm/}, see
 * {@link AsmCopies}) a snippet pairs with the ASM file of the same name, with the share of their lines covered.
 * It asserts nothing. The last line is machine-readable, for {@code bench/run}:
 * <pre>RESULT index_ms_median=… index_mibs=… scan_ms_median=… scan_mibs=… snippets=… asm_copies=… …</pre>
 * Usage: {@code SnippetBenchmark <asm-dir> <spring-core-dir> [runs (default 3)] [warm-ups (default 1)]}.
 */
public final class SnippetBenchmark {
    private SnippetBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: SnippetBenchmark <asm-dir> <spring-core-dir> [runs=3] [warm-ups=1]");
            System.exit(2);
        }
        Path asm = Path.of(args[0]).toAbsolutePath().normalize();
        Path spring = Path.of(args[1]).toAbsolutePath().normalize();
        int runs = args.length > 2 ? CommandLine.count(args[2], "runs", 1) : 3;
        int warmUps = args.length > 3 ? CommandLine.count(args[3], "warm-ups", 0) : 1;
        Corpus asmSize = Corpus.measure(asm);
        Corpus springSize = Corpus.measure(spring);
        System.out.printf(Locale.ROOT, "index %s: %d files, %.2f MiB; scan %s: %d files, %.2f MiB;"
                        + " %d warm-up(s), %d timed run(s)%n", asm, asmSize.files(), asmSize.mebibytes(), spring,
                springSize.files(), springSize.mebibytes(), warmUps, runs);

        long[] indexNanos = new long[runs];
        long[] scanNanos = new long[runs];
        ScanResult last = null;
        for (int i = -warmUps; i < runs; i++) {
            Path kb = Files.createTempDirectory("provenance-bench-kb");
            try {
                System.gc(); // outside the timed intervals
                long start = System.nanoTime();
                new ComponentIndexer(kb).index(new ComponentIndexer.Request(asm, "asm", "9.7", null, null, null));
                long indexed = System.nanoTime();
                last = new Scanner().scan(ScanRequest.of(spring).withKnowledgeBase(kb), ScanListener.NONE);
                long scanned = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s index %8.1f ms  scan %8.1f ms  snippets %d%n",
                        i < 0 ? "warm-up:" : String.format(Locale.ROOT, "run %d:  ", i + 1),
                        (indexed - start) / 1e6, (scanned - indexed) / 1e6, last.snippets().size());
                if (i >= 0) {
                    indexNanos[i] = indexed - start;
                    scanNanos[i] = scanned - indexed;
                }
            } finally {
                delete(kb);
            }
        }

        AsmCopies copies = AsmCopies.find(spring, asm);
        List<SnippetMatch> snippets = last.snippets().stream().map(AttributedSnippet::match).toList();
        for (SnippetMatch snippet : snippets) {
            String copy = copies.copyName(snippet.path());
            String original = AsmCopies.originalName(snippet.origin().path());
            if (copy != null && copy.equals(original)) {
                copies.cover(copy, snippet.lines().first(), snippet.lines().last());
            }
        }
        long snippetFiles = snippets.stream().map(SnippetMatch::path).distinct().count();
        long indexMedian = CommandLine.median(indexNanos);
        long scanMedian = CommandLine.median(scanNanos);
        System.out.printf(Locale.ROOT, "snippets: %d in %d files; ASM copies matched to the same file name: %d of %d,"
                        + " lines covered %d of %d (%.1f %%)%n", snippets.size(), snippetFiles, copies.matched(),
                copies.copies(), copies.coveredLines(), copies.totalLines(), 100 * copies.coverage());
        System.out.printf(Locale.ROOT,
                "RESULT runs=%d index_bytes=%d scan_bytes=%d index_ms_median=%.1f index_mibs=%.2f"
                        + " scan_ms_median=%.1f scan_mibs=%.2f snippets=%d snippet_files=%d asm_copies=%d"
                        + " asm_matched=%d asm_lines=%d asm_covered=%d asm_coverage=%.3f%n",
                runs, asmSize.bytes(), springSize.bytes(), indexMedian / 1e6,
                asmSize.mebibytes() / seconds(indexMedian), scanMedian / 1e6,
                springSize.mebibytes() / seconds(scanMedian), snippets.size(), snippetFiles, copies.copies(),
                copies.matched(), copies.totalLines(), copies.coveredLines(), copies.coverage());
    }

    private static void delete(Path tree) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}
