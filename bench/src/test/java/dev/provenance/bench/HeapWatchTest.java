package dev.provenance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeapWatchTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aLargeAllocationShowsInThePoolPeaks() {
        HeapWatch watch = new HeapWatch(Duration.ofMillis(1));
        watch.start();
        byte[] block = new byte[(int) (64 * MIB)];
        block[block.length - 1] = 1;
        HeapWatch.HeapPeak peak = watch.stop();

        assertThat(block[block.length - 1]).isEqualTo((byte) 1);
        assertThat(peak.poolPeaks()).isGreaterThanOrEqualTo(64 * MIB);
        assertThat(peak.sampled()).isGreaterThanOrEqualTo(64 * MIB);
    }

    @Test
    void aWatchIsStartedOnceAndStoppedAfterItStarted() {
        HeapWatch watch = new HeapWatch(Duration.ofMillis(10));
        assertThatThrownBy(watch::stop).isInstanceOf(IllegalStateException.class);
        watch.start();
        assertThatThrownBy(watch::start).isInstanceOf(IllegalStateException.class);
        watch.stop();
    }

    @Test
    void theSamplingIntervalMustBePositive() {
        assertThatThrownBy(() -> new HeapWatch(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
