package dev.provenance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap of this JVM while something runs, two ways:
 * <ul>
 *   <li>the JVM's own per-pool peak accounting ({@link MemoryPoolMXBean#getPeakUsage()}), reset at {@link #start()};
 *   the sum over the heap pools is an upper bound of the real peak, since the pools need not peak together;</li>
 *   <li>a daemon thread that samples the used heap every {@code interval}; a lower bound (it can miss a peak
 *   between two samples).</li>
 * </ul>
 * One watch covers one interval of time; not thread-safe.
 */
final class HeapWatch {
    private final Duration interval;
    private final List<MemoryPoolMXBean> heapPools;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong sampledPeak = new AtomicLong();
    private Thread sampler;

    HeapWatch(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("sampling interval must be positive: " + interval);
        }
        this.interval = interval;
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }

    /** Resets the pools' peaks and starts sampling. */
    void start() {
        if (sampler != null) {
            throw new IllegalStateException("already started");
        }
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak.set(memory.getHeapMemoryUsage().getUsed());
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling and returns the peaks seen since {@link #start()}. */
    HeapPeak stop() {
        if (sampler == null) {
            throw new IllegalStateException("not started");
        }
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampler = null;
        sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long pools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new HeapPeak(pools, sampledPeak.get());
    }

    private void sample() {
        long nanos = interval.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Peak heap use over one watched interval, in bytes.
     *
     * @param poolPeaks sum of the heap pools' peaks (upper bound)
     * @param sampled   largest used heap seen by the sampler (lower bound)
     */
    record HeapPeak(long poolPeaks, long sampled) {
        HeapPeak {
            if (poolPeaks < 0 || sampled < 0) {
                throw new IllegalArgumentException("negative heap figure: " + poolPeaks + ", " + sampled);
            }
        }
    }
}
