/**
 * Benchmarks that print figures and assert nothing: Provenance's {@code check} scan against Apache RAT on the same
 * tree. {@link dev.provenance.bench.CheckBenchmark} times the scan in process, {@link dev.provenance.bench.Watched}
 * runs another tool's {@code main} with the same heap accounting, and {@link dev.provenance.bench.RatReport} reads
 * RAT's XML report. {@code bench/run} drives them; see {@code bench/README.md}.
 */
package dev.provenance.bench;
