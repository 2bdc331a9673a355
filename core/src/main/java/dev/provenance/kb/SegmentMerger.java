package dev.provenance.kb;

import dev.provenance.fingerprint.WinnowingParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Merges segments into one: live components and their files in input order, texts copied as stored (their CRCs
 * checked on the way), postings by a k-way merge of the inputs' sorted keys with file ids renumbered. Postings of
 * replaced components are dropped, so document frequencies become exact again.
 */
final class SegmentMerger {
    private SegmentMerger() {
    }

    /**
     * @param inputs segments in generation order
     * @param live   per input, which of its components are live
     */
    static void merge(List<Segment> inputs, List<boolean[]> live, Path target, WinnowingParameters parameters)
            throws IOException {
        int[][] newFile = new int[inputs.size()][];
        int[][] newComponent = new int[inputs.size()][];
        int files = 0;
        int components = 0;
        long keyBound = 0;
        for (int s = 0; s < inputs.size(); s++) {
            Segment seg = inputs.get(s);
            keyBound += seg.keyCount;
            newComponent[s] = new int[seg.components.length];
            for (int c = 0; c < seg.components.length; c++) {
                newComponent[s][c] = live.get(s)[c] ? components++ : -1;
            }
            newFile[s] = new int[seg.files.length];
            for (int f = 0; f < seg.files.length; f++) {
                newFile[s][f] = live.get(s)[seg.files[f].component()] ? files++ : -1;
            }
        }
        SegmentWriter writer = SegmentWriter.create(target, parameters, files,
                Math.min(keyBound, SegmentFormat.MAX_KEYS));
        boolean done = false;
        try {
            for (int s = 0; s < inputs.size(); s++) {
                Segment seg = inputs.get(s);
                for (int f = 0; f < seg.files.length; f++) {
                    if (newFile[s][f] < 0) {
                        continue;
                    }
                    FileEntry entry = seg.files[f];
                    byte[] compressed = seg.compressedText(f);
                    long offset = writer.addText(compressed, entry.compressedBytes());
                    writer.addFile(entry.withComponentAndOffset(newComponent[s][entry.component()], offset));
                }
            }
            for (int s = 0; s < inputs.size(); s++) {
                Segment seg = inputs.get(s);
                for (int c = 0; c < seg.components.length; c++) {
                    if (newComponent[s][c] >= 0) {
                        writer.addComponent(seg.components[c]);
                    }
                }
            }
            mergePostings(inputs, newFile, writer);
            writer.finish();
            done = true;
        } finally {
            if (done) {
                writer.close();
            } else {
                writer.abandon();
            }
        }
    }

    private static void mergePostings(List<Segment> inputs, int[][] newFile, SegmentWriter writer) {
        int n = inputs.size();
        Cursor[] cursors = new Cursor[n];
        for (int s = 0; s < n; s++) {
            cursors[s] = new Cursor(inputs.get(s));
        }
        int[] files = new int[16];
        int[] seeds = new int[16];
        while (true) {
            long min = Long.MAX_VALUE;
            for (Cursor c : cursors) {
                if (c.hasKey() && c.key < min) {
                    min = c.key;
                }
            }
            if (min == Long.MAX_VALUE) {
                return;
            }
            for (int s = 0; s < n; s++) {
                Cursor c = cursors[s];
                if (!c.hasKey() || c.key != min) {
                    continue;
                }
                int value = c.segment.value(c.index);
                int[] map = newFile[s];
                if (Segment.isSingle(value)) {
                    int g = map[c.segment.singleFile(value)];
                    if (g >= 0) {
                        writer.addPosting(min, g, c.segment.singleSeed(value));
                    }
                } else {
                    int count = c.segment.overflowCount(value);
                    if (count > files.length) {
                        files = new int[Math.max(count, files.length * 2)];
                        seeds = new int[files.length];
                    }
                    c.segment.overflowPostings(value, files, seeds);
                    for (int i = 0; i < count; i++) {
                        int g = map[files[i]];
                        if (g >= 0) {
                            writer.addPosting(min, g, seeds[i]);
                        }
                    }
                }
                c.advance();
            }
        }
    }

    /** Walks one segment's keys in order, rebuilding each 48-bit key from its bucket and suffix. */
    private static final class Cursor {
        final Segment segment;
        final int buckets;
        int index = -1;
        int bucket;
        long key;

        Cursor(Segment segment) {
            this.segment = segment;
            this.buckets = 1 << segment.dirBits;
            advance();
        }

        boolean hasKey() {
            return index < segment.keyCount;
        }

        void advance() {
            index++;
            if (index >= segment.keyCount) {
                return;
            }
            while (bucket < buckets && segment.bucketStart(bucket + 1) <= index) {
                bucket++;
            }
            key = ((long) bucket << segment.suffixBits) | segment.suffixAt(index);
        }
    }
}
