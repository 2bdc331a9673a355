package dev.provenance.scan;

import java.time.Duration;

/**
 * How far a scan has got.
 *
 * @param filesDone  files analysed so far
 * @param filesTotal files in the inventory
 * @param bytesDone  bytes of those files
 * @param elapsed    time since the scan started
 */
public record ScanProgress(int filesDone, int filesTotal, long bytesDone, Duration elapsed) {
    /** Throughput so far in MiB/s. */
    public double mebibytesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return bytesDone / (1024.0 * 1024.0) / seconds;
    }
}
