package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.fingerprint.WinnowingParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prefix directory and packed keys at their edges: no key, one key, keys at both ends of the 48-bit space. */
class SegmentDirectoryTest {
    private static final long MAX_KEY = (1L << 48) - 1;

    @TempDir
    Path dir;

    /** Writes a KB of one segment holding {@code keys} (sorted, distinct), key i posted to file i % 3, seed i. */
    private KnowledgeBase kbWith(long[] keys) throws IOException {
        Path temp = dir.resolve("segment-x.tmp-1");
        try (SegmentWriter w = SegmentWriter.create(temp, WinnowingParameters.DEFAULT, 3, keys.length)) {
            for (int f = 0; f < 3; f++) {
                byte[] empty = new byte[] {3, 0};
                long offset = w.addText(empty, 2);
                w.addFile(new FileEntry(0, "f" + f, "java", 1, 0, 0, f, f, offset, 2, 0,
                        crc(empty)));
            }
            w.addComponent(Component.of("edges", "1"));
            for (int i = 0; i < keys.length; i++) {
                w.addPosting(keys[i], i % 3, i);
            }
            w.finish();
        }
        String name = SegmentFormat.segmentName(1);
        Manifest.moveAtomically(temp, dir.resolve(name));
        Manifest.write(dir, List.of(name));
        return KnowledgeBase.open(dir);
    }

    private static int crc(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    @ParameterizedTest(name = "{0} random keys and the extremes")
    @ValueSource(ints = {0, 1, 31, 32, 33, 1000, 100_000})
    void everyStoredKeyIsFoundAndItsNeighboursAreNot(int randomKeys) throws IOException {
        Random random = new Random(randomKeys);
        long[] raw = new long[randomKeys + 4];
        for (int i = 0; i < randomKeys; i++) {
            raw[i] = random.nextLong() >>> 16;
        }
        raw[randomKeys] = 0;
        raw[randomKeys + 1] = MAX_KEY;
        raw[randomKeys + 2] = 1L << 47;
        raw[randomKeys + 3] = (1L << 47) - 1;
        long[] keys = Arrays.stream(raw).sorted().distinct().toArray();
        try (KnowledgeBase kb = kbWith(keys)) {
            assertThat(kb.keyCount()).isEqualTo(keys.length);
            long[] hashes = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                hashes[i] = (keys[i] << 16) | (i & 0xFFFF);
            }
            Hits hits = kb.lookup(hashes);
            for (int i = 0; i < keys.length; i++) {
                assertThat(hits.documentFrequency(i)).as("key %x", keys[i]).isEqualTo(1);
                assertThat(hits.fileId(hits.from(i))).isEqualTo(i % 3);
                assertThat(hits.seedStart(hits.from(i))).isEqualTo(i);
            }
            long[] neighbours = Arrays.stream(keys)
                    .flatMap(k -> Arrays.stream(new long[] {k - 1, k + 1}))
                    .filter(k -> k >= 0 && k <= MAX_KEY && Arrays.binarySearch(keys, k) < 0)
                    .map(k -> k << 16)
                    .toArray();
            Hits absent = kb.lookup(neighbours);
            assertThat(absent.postingCount()).isZero();
        }
    }

    @ParameterizedTest(name = "seed start {0}")
    @ValueSource(ints = {0, 1, (1 << 29) - 1, 1 << 29, Integer.MAX_VALUE})
    void seedStartsTooLargeToPackGoToTheOverflowRecords(int seed) throws IOException {
        Path temp = dir.resolve("segment-y.tmp-1");
        try (SegmentWriter w = SegmentWriter.create(temp, WinnowingParameters.DEFAULT, 3, 1)) {
            for (int f = 0; f < 3; f++) {
                w.addFile(new FileEntry(0, "f" + f, "java", 1, 0, 0, f, f, w.addText(new byte[] {3, 0}, 2), 2, 0,
                        crc(new byte[] {3, 0})));
            }
            w.addComponent(Component.of("big", "1"));
            w.addPosting(42, 2, seed);
            w.finish();
        }
        String name = SegmentFormat.segmentName(1);
        Manifest.moveAtomically(temp, dir.resolve(name));
        Manifest.write(dir, List.of(name));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Hits hits = kb.lookup(new long[] {42L << 16});
            assertThat(hits.fileId(0)).isEqualTo(2);
            assertThat(hits.seedStart(0)).isEqualTo(seed);
            assertThat(kb.text(1)).isEmpty();
        }
    }
}
