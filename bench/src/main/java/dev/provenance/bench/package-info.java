/**
 * Benchmarks that print figures and assert nothing: Provenance's {@code check} scan against Apache RAT on the same
 * tree, and its snippet matcher against PMD CPD. {@link dev.provenance.bench.CheckBenchmark} times the scan in
 * process, {@link dev.provenance.bench.Watched} runs another tool's {@code main} with the same heap accounting,
 * {@link dev.provenance.bench.RatReport} reads RAT's XML report, {@link dev.provenance.bench.SnippetBenchmark}
 * indexes ASM and scans spring-core against it, and {@link dev.provenance.bench.CpdReport} reads CPD's XML report;
 * both score Spring's repackaged ASM files alike. {@code bench/run} drives them; see {@code bench/README.md}.
 */
package dev.provenance.bench;
