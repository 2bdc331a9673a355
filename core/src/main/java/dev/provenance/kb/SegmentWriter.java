package dev.provenance.kb;

import dev.provenance.fingerprint.SeedFormat;
import dev.provenance.fingerprint.WinnowingParameters;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes one segment file: texts first (streamed as they come), then postings in (key, file, seed) order, then
 * {@link #finish()} writes the tables, the index sections and the header, and forces the file to disk. The file is
 * a temporary one: the caller renames it into place. See the package documentation for the format.
 */
final class SegmentWriter implements Closeable {
    private static final int CHUNK = 1 << 20;

    private final Path path;
    private final FileChannel channel;
    private final WinnowingParameters parameters;
    private final int fileCount;
    private final int fileBits;
    private final int seedBits;
    private final int dirBits;
    private final int suffixBits;
    private final long suffixMask;
    private final List<FileEntry> files = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final long[] sectionOffset = new long[SegmentFormat.Section.values().length];
    private final long[] sectionLength = new long[SegmentFormat.Section.values().length];
    private final int[] sectionCrc = new int[SegmentFormat.Section.values().length];
    private long textsLength;

    private final int[] bucketCounts;
    private long[] keyWords;
    private int[] values;
    private long keyCount;
    private long postingCount;
    private final ByteSink overflow = new ByteSink(1024);

    private long currentKey = -1;
    private int[] currentFiles = new int[16];
    private int[] currentSeeds = new int[16];
    private int currentSize;
    private boolean finished;

    private SegmentWriter(Path path, FileChannel channel, WinnowingParameters parameters, int fileCount,
                          long keyBound) {
        this.path = path;
        this.channel = channel;
        this.parameters = parameters;
        this.fileCount = fileCount;
        this.fileBits = SegmentFormat.fileBits(fileCount);
        this.seedBits = Math.max(0, 31 - fileBits);
        this.dirBits = SegmentFormat.dirBits(keyBound);
        this.suffixBits = SegmentFormat.KEY_BITS - dirBits;
        this.suffixMask = (1L << suffixBits) - 1;
        this.bucketCounts = new int[1 << dirBits];
        int initial = (int) Math.min(Math.max(keyBound, 16), 1 << 20);
        this.keyWords = new long[(int) ((initial * (long) suffixBits + 63) / 64) + 1];
        this.values = new int[initial];
    }

    /**
     * Creates the file and reserves its header.
     *
     * @param keyBound at least the number of distinct keys to come (sizes the directory)
     */
    static SegmentWriter create(Path path, WinnowingParameters parameters, int fileCount, long keyBound)
            throws IOException {
        if (keyBound > SegmentFormat.MAX_KEYS) {
            throw new IOException("a segment holds at most " + SegmentFormat.MAX_KEYS + " keys; " + keyBound
                    + " asked for: index the component in parts");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        channel.position(SegmentFormat.HEADER_BYTES);
        return new SegmentWriter(path, channel, parameters, fileCount, keyBound);
    }

    Path path() {
        return path;
    }

    /** Appends one file's compressed text; returns its offset in the texts section. */
    long addText(byte[] compressed, int length) throws IOException {
        long offset = textsLength;
        writeFully(ByteBuffer.wrap(compressed, 0, length));
        textsLength += length;
        return offset;
    }

    /** Copies {@code length} bytes of another segment's texts into this one; returns the new offset. */
    long copyText(FileChannel from, long position, int length) throws IOException {
        long offset = textsLength;
        long done = 0;
        while (done < length) {
            long n = from.transferTo(position + done, length - done, channel);
            if (n <= 0) {
                throw new IOException("short read copying a text from another segment");
            }
            done += n;
        }
        textsLength += length;
        return offset;
    }

    void addFile(FileEntry entry) {
        if (files.size() >= fileCount) {
            throw new IllegalStateException("more files than announced (" + fileCount + ")");
        }
        files.add(entry);
    }

    void addComponent(Component component) {
        components.add(component);
    }

    /** One posting; calls come in increasing (key, file, seed) order. */
    void addPosting(long key, int file, int seed) {
        if (key < 0 || key >>> SegmentFormat.KEY_BITS != 0) {
            throw new IllegalArgumentException("key out of range: " + key);
        }
        if (file < 0 || file >= fileCount || seed < 0) {
            throw new IllegalArgumentException("posting out of range: file " + file + ", seed " + seed);
        }
        if (key != currentKey) {
            if (key < currentKey) {
                throw new IllegalStateException("keys out of order");
            }
            flushKey();
            currentKey = key;
        } else {
            int lastFile = currentFiles[currentSize - 1];
            int lastSeed = currentSeeds[currentSize - 1];
            if (file < lastFile || (file == lastFile && seed <= lastSeed)) {
                throw new IllegalStateException("postings out of order or repeated");
            }
        }
        if (currentSize == currentFiles.length) {
            currentFiles = Arrays.copyOf(currentFiles, currentSize * 2);
            currentSeeds = Arrays.copyOf(currentSeeds, currentSize * 2);
        }
        currentFiles[currentSize] = file;
        currentSeeds[currentSize] = seed;
        currentSize++;
        postingCount++;
    }

    private void flushKey() {
        if (currentSize == 0) {
            return;
        }
        if (keyCount >= SegmentFormat.MAX_KEYS) {
            throw new IllegalStateException("more than " + SegmentFormat.MAX_KEYS + " keys in one segment");
        }
        int bucket = (int) (currentKey >>> suffixBits);
        bucketCounts[bucket]++;
        putSuffix(keyCount, currentKey & suffixMask);
        int value;
        if (currentSize == 1 && currentSeeds[0] >>> seedBits == 0 && seedBits > 0) {
            value = (currentFiles[0] << seedBits) | currentSeeds[0];
        } else {
            int offset = overflow.size();
            int df = 1;
            for (int i = 1; i < currentSize; i++) {
                if (currentFiles[i] != currentFiles[i - 1]) {
                    df++;
                }
            }
            overflow.writeVarint(df);
            overflow.writeVarint(currentSize);
            for (int i = 0; i < currentSize; i++) {
                if (i == 0) {
                    overflow.writeVarint(currentFiles[0]);
                    overflow.writeVarint(currentSeeds[0]);
                } else {
                    int delta = currentFiles[i] - currentFiles[i - 1];
                    overflow.writeVarint(delta);
                    overflow.writeVarint(delta == 0 ? currentSeeds[i] - currentSeeds[i - 1] : currentSeeds[i]);
                }
            }
            value = SegmentFormat.OVERFLOW_FLAG | offset;
        }
        if (keyCount == values.length) {
            int capacity = (int) Math.min(SegmentFormat.MAX_KEYS, (long) values.length * 2);
            values = Arrays.copyOf(values, capacity);
        }
        values[(int) keyCount] = value;
        keyCount++;
        currentSize = 0;
    }

    private void putSuffix(long index, long suffix) {
        long bit = index * suffixBits;
        int word = (int) (bit >>> 6);
        int shift = (int) (bit & 63);
        if (word + 1 >= keyWords.length) {
            keyWords = Arrays.copyOf(keyWords, Math.max(keyWords.length * 2, word + 2));
        }
        keyWords[word] |= suffix << shift;
        if (shift + suffixBits > 64) {
            keyWords[word + 1] |= suffix >>> (64 - shift);
        }
    }

    /** Writes tables, index and header, and forces everything to disk. */
    void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        if (files.size() != fileCount) {
            throw new IllegalStateException(files.size() + " files written, " + fileCount + " announced");
        }
        flushKey();
        finished = true;
        int texts = SegmentFormat.Section.TEXTS.ordinal();
        sectionOffset[texts] = SegmentFormat.HEADER_BYTES;
        sectionLength[texts] = textsLength;
        channel.position(SegmentFormat.HEADER_BYTES + textsLength);

        ByteSink table = new ByteSink(files.size() * 64);
        for (FileEntry f : files) {
            table.writeVarint(f.component());
            table.writeString(f.path());
            table.writeString(f.language());
            table.writeVarint(f.lineCount());
            table.writeVarint(f.seedCount());
            table.writeVarint(f.fingerprintCount());
            table.writeLong(f.rawHash());
            table.writeLong(f.normalizedHash());
            table.writeVarint(f.textOffset());
            table.writeVarint(f.compressedBytes());
            table.writeVarint(f.textBytes());
            table.writeInt(f.textCrc());
        }
        writeSection(SegmentFormat.Section.FILES, table);

        ByteSink comps = new ByteSink(components.size() * 64);
        for (Component c : components) {
            comps.writeString(c.name());
            comps.writeString(c.version());
            comps.writeString(c.purl());
            comps.writeString(c.licenseExpression());
            comps.writeString(c.url());
            comps.writeVarint(c.holders().size());
            for (String holder : c.holders()) {
                comps.writeString(holder);
            }
            comps.writeString(c.notice());
        }
        writeSection(SegmentFormat.Section.COMPONENTS, comps);

        ByteSink dir = new ByteSink((bucketCounts.length + 1) * 4);
        long running = 0;
        for (int count : bucketCounts) {
            dir.writeInt((int) running);
            running += count;
        }
        dir.writeInt((int) running);
        writeSection(SegmentFormat.Section.DIRECTORY, dir);

        writeKeys();
        writeValues();
        writeSection(SegmentFormat.Section.OVERFLOW, overflow);
        writeHeader(channel.position());
        channel.force(true);
    }

    private void writeKeys() throws IOException {
        long bytes = (keyCount * suffixBits + 7) / 8 + 8;
        CRC32C crc = new CRC32C();
        beginSection(SegmentFormat.Section.KEYS);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        long j = 0;
        while (j < bytes) {
            chunk.clear();
            while (chunk.hasRemaining() && j < bytes) {
                int w = (int) (j >>> 3);
                long word = w < keyWords.length ? keyWords[w] : 0L;
                if ((j & 7) == 0 && j + 8 <= bytes && chunk.remaining() >= 8) {
                    chunk.putLong(word);
                    j += 8;
                } else {
                    chunk.put((byte) (word >>> (8 * (j & 7))));
                    j++;
                }
            }
            chunk.flip();
            crc.update(chunk.duplicate());
            writeFully(chunk);
        }
        endSection(SegmentFormat.Section.KEYS, bytes, crc);
    }

    private void writeValues() throws IOException {
        CRC32C crc = new CRC32C();
        beginSection(SegmentFormat.Section.VALUES);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < keyCount; ) {
            chunk.clear();
            while (chunk.remaining() >= 4 && i < keyCount) {
                chunk.putInt(values[i++]);
            }
            chunk.flip();
            crc.update(chunk.duplicate());
            writeFully(chunk);
        }
        endSection(SegmentFormat.Section.VALUES, keyCount * 4, crc);
    }

    private void writeSection(SegmentFormat.Section section, ByteSink sink) throws IOException {
        beginSection(section);
        CRC32C crc = new CRC32C();
        crc.update(sink.array(), 0, sink.size());
        writeFully(ByteBuffer.wrap(sink.array(), 0, sink.size()));
        endSection(section, sink.size(), crc);
    }

    private void beginSection(SegmentFormat.Section section) throws IOException {
        long position = channel.position();
        long aligned = (position + 7) & ~7L;
        if (aligned != position) {
            writeFully(ByteBuffer.allocate((int) (aligned - position)));
        }
        sectionOffset[section.ordinal()] = aligned;
    }

    private void endSection(SegmentFormat.Section section, long length, CRC32C crc) {
        sectionLength[section.ordinal()] = length;
        sectionCrc[section.ordinal()] = (int) crc.getValue();
    }

    private void writeHeader(long fileLength) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(SegmentFormat.MAGIC);
        h.putInt(SegmentFormat.H_VERSION, SegmentFormat.VERSION);
        h.putInt(SegmentFormat.H_HEADER_BYTES, SegmentFormat.HEADER_BYTES);
        h.putInt(SegmentFormat.H_K, parameters.k());
        h.putInt(SegmentFormat.H_W, parameters.w());
        h.putInt(SegmentFormat.H_MIN_DISTINCT, parameters.minDistinct());
        h.putInt(SegmentFormat.H_DIR_BITS, dirBits);
        h.putLong(SegmentFormat.H_KEY_COUNT, keyCount);
        h.putInt(SegmentFormat.H_FILE_COUNT, fileCount);
        h.putInt(SegmentFormat.H_COMPONENT_COUNT, components.size());
        h.putInt(SegmentFormat.H_FILE_BITS, fileBits);
        h.putLong(SegmentFormat.H_POSTING_COUNT, postingCount);
        h.putInt(SegmentFormat.H_SEED_FORMAT, SeedFormat.VERSION);
        for (SegmentFormat.Section s : SegmentFormat.Section.values()) {
            int at = SegmentFormat.H_SECTIONS + s.ordinal() * SegmentFormat.SECTION_ENTRY_BYTES;
            h.putLong(at, sectionOffset[s.ordinal()]);
            h.putLong(at + 8, sectionLength[s.ordinal()]);
            h.putInt(at + 16, sectionCrc[s.ordinal()]);
        }
        CRC32C crc = new CRC32C();
        crc.update(h.array(), 0, SegmentFormat.HEADER_BYTES);
        h.putInt(SegmentFormat.H_HEADER_CRC, (int) crc.getValue());
        h.position(0);
        channel.write(h, 0);
        if (channel.size() != fileLength) {
            throw new IOException(path + ": segment length " + channel.size() + " differs from " + fileLength);
        }
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Bytes of index (everything but the texts) written so far; valid after {@link #finish()}. */
    long indexBytes() throws IOException {
        return channel.size() - textsLength;
    }

    long textBytes() {
        return textsLength;
    }

    long keyCount() {
        return keyCount;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Closes and deletes an unfinished file. */
    void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // Deleting it is what matters.
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A stale temporary file is removed by the next writer.
        }
    }
}
