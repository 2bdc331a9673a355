package dev.provenance.bench;

import dev.provenance.license.LicenseFinding;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times Provenance's {@code check} scan (inventory, licenses, copyrights) of one tree in this JVM and prints figures:
 * wall time (median, min, max of the timed runs, after the warm-up runs), the process's CPU time (all threads: the
 * scan's workers, GC, JIT; it tells contention on a shared machine apart), MiB/s and files/s at the median, peak
 * heap per run (see {@link HeapWatch}), what the scan found, and how many files of ASM's sources
 * ({@code org/objectweb/asm/}) it found a {@code BSD-3-Clause} license in. It asserts nothing. The last line is
 * machine-readable, for {@code bench/run}:
 * <pre>RESULT files=… bytes=… runs=… wall_ms_median=… … asm_files=… asm_bsd=…</pre>
 * Usage: {@code CheckBenchmark <corpus-dir> [runs (default 5)] [warm-ups (default 1)]}. Each run builds a new
 * {@link Scanner} inside the timed interval, as one {@code check} invocation does.
 */
public final class CheckBenchmark {
    private static final String ASM = "org/objectweb/asm/";
    private static final String BSD_3_CLAUSE = "BSD-3-Clause";
    private static final double MIB = 1024.0 * 1024.0;

    private CheckBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: CheckBenchmark <corpus-dir> [runs=5] [warm-ups=1]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? CommandLine.count(args[1], "runs", 1) : 5;
        int warmUps = args.length > 2 ? CommandLine.count(args[2], "warm-ups", 0) : 1;
        Corpus corpus = Corpus.measure(root);
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.2f MiB; %d warm-up(s), %d timed run(s)%n",
                root, corpus.files(), corpus.mebibytes(), warmUps, runs);

        ScanRequest request = ScanRequest.of(root);
        for (int i = 1; i <= warmUps; i++) {
            long start = System.nanoTime();
            scan(request);
            System.out.printf(Locale.ROOT, "warm-up %d: %8.1f ms%n", i, (System.nanoTime() - start) / 1e6);
        }

        long[] wallNanos = new long[runs];
        long[] cpuNanos = new long[runs];
        long poolPeak = 0;
        long sampledPeak = 0;
        ScanResult last = null;
        for (int i = 0; i < runs; i++) {
            System.gc(); // each run starts from the same settled heap; outside the timed interval
            HeapWatch watch = new HeapWatch(Duration.ofMillis(10));
            watch.start();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            last = scan(request);
            wallNanos[i] = System.nanoTime() - start;
            cpuNanos[i] = processCpuNanos() - cpuStart;
            HeapWatch.HeapPeak peak = watch.stop();
            poolPeak = Math.max(poolPeak, peak.poolPeaks());
            sampledPeak = Math.max(sampledPeak, peak.sampled());
            System.out.printf(Locale.ROOT,
                    "run %d:     %8.1f ms  cpu %8.1f ms  %7.2f MiB/s  %8.0f files/s  heap peak %6.1f MiB (pools)"
                            + " %6.1f MiB (sampled)%n",
                    i + 1, wallNanos[i] / 1e6, cpuNanos[i] / 1e6, corpus.mebibytes() / seconds(wallNanos[i]),
                    corpus.files() / seconds(wallNanos[i]), peak.poolPeaks() / MIB, peak.sampled() / MIB);
        }

        long[] sorted = wallNanos.clone();
        Arrays.sort(sorted);
        long median = CommandLine.median(sorted);
        long[] sortedCpu = cpuNanos.clone();
        Arrays.sort(sortedCpu);
        long cpuMedian = CommandLine.median(sortedCpu);
        Findings findings = Findings.of(last);
        findings.print();
        System.out.printf(Locale.ROOT,
                "median %.1f ms (min %.1f, max %.1f), cpu %.1f ms: %.2f MiB/s, %.0f files/s; heap peak %.1f MiB"
                        + " (pools), %.1f MiB (sampled)%n",
                median / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, cpuMedian / 1e6,
                corpus.mebibytes() / seconds(median), corpus.files() / seconds(median), poolPeak / MIB,
                sampledPeak / MIB);
        System.out.printf(Locale.ROOT,
                "RESULT files=%d bytes=%d runs=%d warmups=%d wall_ms_median=%.1f wall_ms_min=%.1f wall_ms_max=%.1f"
                        + " cpu_ms_median=%.1f heap_pool_peak=%d heap_sampled_peak=%d scanned_files=%d"
                        + " license_findings=%d copyright_statements=%d issues=%d asm_files=%d asm_bsd=%d%n",
                corpus.files(), corpus.bytes(), runs, warmUps, median / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6, cpuMedian / 1e6, poolPeak, sampledPeak, findings.files,
                findings.licenses, findings.copyrights, findings.issues, findings.asmFiles, findings.asmBsd);
    }

    private static ScanResult scan(ScanRequest request) throws IOException {
        return new Scanner().scan(request, ScanListener.NONE);
    }

    /** CPU time of the whole process (all threads: workers, GC, compiler), or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean hotSpot ? hotSpot.getProcessCpuTime() : -1;
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }

    /** What one scan found, in counts. */
    private record Findings(int files, int licenses, int copyrights, int issues, int violations, int asmFiles,
                            int asmBsd, Map<String, Integer> expressions, Map<String, Integer> issueCodes) {
        static Findings of(ScanResult result) {
            int licenses = 0;
            int copyrights = 0;
            int asmFiles = 0;
            int asmBsd = 0;
            Map<String, Integer> expressions = new TreeMap<>();
            for (FileReport file : result.files()) {
                licenses += file.licenses().size();
                copyrights += file.copyrights().size();
                file.licenses().forEach(l -> expressions.merge(l.expression(), 1, Integer::sum));
                if (file.path().contains(ASM)) {
                    asmFiles++;
                    if (file.licenses().stream().map(LicenseFinding::expression).anyMatch(BSD_3_CLAUSE::equals)) {
                        asmBsd++;
                    }
                }
            }
            Map<String, Integer> issueCodes = new TreeMap<>();
            for (ScanIssue issue : result.issues()) {
                issueCodes.merge(issue.code().id(), 1, Integer::sum);
            }
            return new Findings(result.files().size(), licenses, copyrights, result.issues().size(),
                    result.violations().size(), asmFiles, asmBsd, expressions, issueCodes);
        }

        void print() {
            System.out.printf(Locale.ROOT,
                    "found: %d files, %d license findings, %d copyright statements, %d issues, %d violations%n",
                    files, licenses, copyrights, issues, violations);
            List<Map.Entry<String, Integer>> top = new ArrayList<>(expressions.entrySet());
            top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            top.stream().limit(10).forEach(e -> System.out.printf(Locale.ROOT, "  license %-40s %6d%n",
                    e.getKey(), e.getValue()));
            issueCodes.forEach((code, n) -> System.out.printf(Locale.ROOT, "  issue   %-40s %6d%n", code, n));
            System.out.printf(Locale.ROOT, "ASM (%s): %d of %d files with a %s license finding%n",
                    ASM, asmBsd, asmFiles, BSD_3_CLAUSE);
        }
    }
}
