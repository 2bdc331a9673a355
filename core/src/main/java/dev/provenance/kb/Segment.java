package dev.provenance.kb;

import dev.provenance.fingerprint.WinnowingParameters;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One opened segment file: header and tables on the heap, the four index sections memory-mapped, texts read on
 * demand. Immutable and thread-safe once opened.
 */
final class Segment implements Closeable {
    final Path path;
    final long generation;
    private final FileChannel channel;
    final WinnowingParameters parameters;
    /** The seed format its fingerprints were made with (0: not recorded, an early Provenance). */
    final int seedFormat;
    final int dirBits;
    final int suffixBits;
    final long suffixMask;
    final int keyCount;
    final long postingCount;
    final int fileBits;
    final int seedBits;
    final long fileBytes;
    final long textsOffset;
    final long textsLength;
    final FileEntry[] files;
    final Component[] components;
    private final ByteBuffer directory;
    private final ByteBuffer keys;
    private final ByteBuffer values;
    private final ByteBuffer overflow;

    private Segment(Path path, long generation, FileChannel channel, ByteBuffer header, long fileBytes,
                    FileEntry[] files, Component[] components, ByteBuffer[] index) {
        this.path = path;
        this.generation = generation;
        this.channel = channel;
        this.parameters = new WinnowingParameters(header.getInt(SegmentFormat.H_K),
                header.getInt(SegmentFormat.H_W), header.getInt(SegmentFormat.H_MIN_DISTINCT));
        this.seedFormat = header.getInt(SegmentFormat.H_SEED_FORMAT);
        this.dirBits = header.getInt(SegmentFormat.H_DIR_BITS);
        this.suffixBits = SegmentFormat.KEY_BITS - dirBits;
        this.suffixMask = (1L << suffixBits) - 1;
        this.keyCount = (int) header.getLong(SegmentFormat.H_KEY_COUNT);
        this.postingCount = header.getLong(SegmentFormat.H_POSTING_COUNT);
        this.fileBits = header.getInt(SegmentFormat.H_FILE_BITS);
        this.seedBits = Math.max(0, 31 - fileBits);
        this.fileBytes = fileBytes;
        int texts = SegmentFormat.Section.TEXTS.ordinal();
        this.textsOffset = sectionLong(header, texts, 0);
        this.textsLength = sectionLong(header, texts, 8);
        this.files = files;
        this.components = components;
        this.directory = index[0];
        this.keys = index[1];
        this.values = index[2];
        this.overflow = index[3];
    }

    /**
     * Opens and checks a segment: magic, version, header CRC, section bounds, file length, and the CRC of every
     * section but the texts.
     *
     * @throws KnowledgeBaseException when the file is damaged; names the file and says how to rebuild
     * @throws java.nio.file.NoSuchFileException when it vanished (a concurrent merge removed it)
     */
    static Segment open(Path path, long generation) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            Segment segment = read(path, generation, channel);
            channel = null;
            return segment;
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }

    private static Segment read(Path path, long generation, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < SegmentFormat.HEADER_BYTES) {
            throw KnowledgeBaseException.damaged(path, "truncated segment (" + size + " bytes, shorter than its "
                    + SegmentFormat.HEADER_BYTES + "-byte header)");
        }
        ByteBuffer header = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, header, 0, path);
        for (int i = 0; i < SegmentFormat.MAGIC.length; i++) {
            if (header.get(i) != SegmentFormat.MAGIC[i]) {
                throw KnowledgeBaseException.damaged(path, "not a knowledge-base segment (wrong magic number)");
            }
        }
        int version = header.getInt(SegmentFormat.H_VERSION);
        if (version != SegmentFormat.VERSION) {
            throw KnowledgeBaseException.damaged(path, "segment format version " + version + ", this Provenance "
                    + "reads version " + SegmentFormat.VERSION);
        }
        int stored = header.getInt(SegmentFormat.H_HEADER_CRC);
        header.putInt(SegmentFormat.H_HEADER_CRC, 0);
        CRC32C crc = new CRC32C();
        crc.update(header.array(), 0, SegmentFormat.HEADER_BYTES);
        header.putInt(SegmentFormat.H_HEADER_CRC, stored);
        if ((int) crc.getValue() != stored) {
            throw KnowledgeBaseException.damaged(path, "header checksum mismatch");
        }
        int dirBits = header.getInt(SegmentFormat.H_DIR_BITS);
        long keyCount = header.getLong(SegmentFormat.H_KEY_COUNT);
        int fileCount = header.getInt(SegmentFormat.H_FILE_COUNT);
        int componentCount = header.getInt(SegmentFormat.H_COMPONENT_COUNT);
        int fileBits = header.getInt(SegmentFormat.H_FILE_BITS);
        if (header.getInt(SegmentFormat.H_HEADER_BYTES) != SegmentFormat.HEADER_BYTES
                || dirBits < 0 || dirBits > SegmentFormat.MAX_DIR_BITS
                || keyCount < 0 || keyCount > SegmentFormat.MAX_KEYS || fileCount < 0 || componentCount < 0
                || fileBits != SegmentFormat.fileBits(fileCount)) {
            throw KnowledgeBaseException.damaged(path, "inconsistent header");
        }
        try {
            new WinnowingParameters(header.getInt(SegmentFormat.H_K), header.getInt(SegmentFormat.H_W),
                    header.getInt(SegmentFormat.H_MIN_DISTINCT));
        } catch (IllegalArgumentException e) {
            throw KnowledgeBaseException.damaged(path, "invalid winnowing parameters in the header");
        }
        long end = SegmentFormat.HEADER_BYTES;
        for (SegmentFormat.Section s : SegmentFormat.Section.values()) {
            long offset = sectionLong(header, s.ordinal(), 0);
            long length = sectionLong(header, s.ordinal(), 8);
            if (offset < end || length < 0 || offset - end > 7 || length > Integer.MAX_VALUE) {
                throw KnowledgeBaseException.damaged(path, "inconsistent section table (" + s + ")");
            }
            end = offset + length;
        }
        if (end != size) {
            throw KnowledgeBaseException.damaged(path, size < end
                    ? "truncated segment (" + size + " bytes, " + end + " expected)"
                    : "trailing bytes after the segment (" + size + " bytes, " + end + " expected)");
        }
        int suffixBits = SegmentFormat.KEY_BITS - dirBits;
        long dirBytes = ((1L << dirBits) + 1) * 4;
        long keyBytes = (keyCount * suffixBits + 7) / 8 + 8;
        if (sectionLong(header, SegmentFormat.Section.DIRECTORY.ordinal(), 8) != dirBytes
                || sectionLong(header, SegmentFormat.Section.KEYS.ordinal(), 8) != keyBytes
                || sectionLong(header, SegmentFormat.Section.VALUES.ordinal(), 8) != keyCount * 4) {
            throw KnowledgeBaseException.damaged(path, "index section sizes do not match the key count");
        }

        ByteBuffer filesSection = heapSection(channel, header, SegmentFormat.Section.FILES, path);
        ByteBuffer componentsSection = heapSection(channel, header, SegmentFormat.Section.COMPONENTS, path);
        ByteBuffer[] index = new ByteBuffer[4];
        SegmentFormat.Section[] mapped = {SegmentFormat.Section.DIRECTORY, SegmentFormat.Section.KEYS,
            SegmentFormat.Section.VALUES, SegmentFormat.Section.OVERFLOW};
        for (int i = 0; i < mapped.length; i++) {
            SegmentFormat.Section s = mapped[i];
            long offset = sectionLong(header, s.ordinal(), 0);
            long length = sectionLong(header, s.ordinal(), 8);
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, offset, length)
                    .order(ByteOrder.LITTLE_ENDIAN);
            checkCrc(buffer, header, s, path);
            index[i] = buffer;
        }
        long textsLength = sectionLong(header, SegmentFormat.Section.TEXTS.ordinal(), 8);
        Component[] components = parseComponents(componentsSection, componentCount, path);
        FileEntry[] files = parseFiles(filesSection, fileCount, componentCount, textsLength, path);
        checkDirectory(index[0], dirBits, (int) keyCount, path);
        return new Segment(path, generation, channel, header, size, files, components, index);
    }

    private static long sectionLong(ByteBuffer header, int section, int field) {
        return header.getLong(SegmentFormat.H_SECTIONS + section * SegmentFormat.SECTION_ENTRY_BYTES + field);
    }

    private static ByteBuffer heapSection(FileChannel channel, ByteBuffer header, SegmentFormat.Section s, Path path)
            throws IOException {
        long offset = sectionLong(header, s.ordinal(), 0);
        int length = (int) sectionLong(header, s.ordinal(), 8);
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, buffer, offset, path);
        buffer.flip();
        checkCrc(buffer, header, s, path);
        return buffer;
    }

    private static void checkCrc(ByteBuffer buffer, ByteBuffer header, SegmentFormat.Section s, Path path)
            throws KnowledgeBaseException {
        CRC32C crc = new CRC32C();
        crc.update(buffer.duplicate());
        int stored = header.getInt(SegmentFormat.H_SECTIONS + s.ordinal() * SegmentFormat.SECTION_ENTRY_BYTES + 16);
        if ((int) crc.getValue() != stored) {
            throw KnowledgeBaseException.damaged(path, "checksum mismatch in the "
                    + s.name().toLowerCase(java.util.Locale.ROOT) + " section");
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position, Path path)
            throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw KnowledgeBaseException.damaged(path, "truncated segment", new EOFException());
            }
            at += n;
        }
    }

    private static void checkDirectory(ByteBuffer dir, int dirBits, int keyCount, Path path)
            throws KnowledgeBaseException {
        int buckets = 1 << dirBits;
        int previous = 0;
        for (int b = 0; b <= buckets; b++) {
            int start = dir.getInt(b * 4);
            if (start < previous || start > keyCount) {
                throw KnowledgeBaseException.damaged(path, "directory out of order at bucket " + b);
            }
            previous = start;
        }
        if (previous != keyCount || dir.getInt(0) != 0) {
            throw KnowledgeBaseException.damaged(path, "directory does not cover the keys");
        }
    }

    private static Component[] parseComponents(ByteBuffer in, int count, Path path) throws KnowledgeBaseException {
        Component[] result = new Component[count];
        try {
            for (int i = 0; i < count; i++) {
                String name = readString(in);
                String version = readString(in);
                String purl = readString(in);
                String license = readString(in);
                String url = readString(in);
                int holderCount = readCount(in);
                List<String> holders = new ArrayList<>(holderCount);
                for (int h = 0; h < holderCount; h++) {
                    holders.add(readString(in));
                }
                String notice = readString(in);
                result[i] = new Component(name, version, purl, license, holders, url, notice);
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
        } catch (RuntimeException | CharacterCodingException e) {
            throw KnowledgeBaseException.damaged(path, "unreadable component table (" + e.getMessage() + ")", e);
        }
        return result;
    }

    private static FileEntry[] parseFiles(ByteBuffer in, int count, int componentCount, long textsLength, Path path)
            throws KnowledgeBaseException {
        FileEntry[] result = new FileEntry[count];
        try {
            for (int i = 0; i < count; i++) {
                int component = readCount(in);
                String filePath = readString(in);
                String language = readString(in);
                int lines = readCount(in);
                int seeds = readCount(in);
                int fingerprints = readCount(in);
                long raw = in.getLong();
                long normalized = in.getLong();
                long offset = readVarint(in);
                int compressed = readCount(in);
                int textBytes = readCount(in);
                int crc = in.getInt();
                if (component >= componentCount || offset + compressed > textsLength || lines < 1
                        || !SourceFile.isSafePath(filePath)) {
                    throw new IllegalArgumentException("file " + i + " out of range");
                }
                result[i] = new FileEntry(component, filePath, language, lines, seeds, fingerprints, raw,
                        normalized, offset, compressed, textBytes, crc);
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
        } catch (RuntimeException | CharacterCodingException e) {
            throw KnowledgeBaseException.damaged(path, "unreadable file table (" + e.getMessage() + ")", e);
        }
        return result;
    }

    private static long readVarint(ByteBuffer in) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static int readCount(ByteBuffer in) {
        long v = readVarint(in);
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count out of range");
        }
        return (int) v;
    }

    private static String readString(ByteBuffer in) throws CharacterCodingException {
        int length = readCount(in);
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        ByteBuffer slice = in.slice();
        slice.limit(length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
    }

    int fileCount() {
        return files.length;
    }

    /** Index bytes: the whole file but its texts. */
    long indexBytes() {
        return fileBytes - textsLength;
    }

    // ---- index access (hot) ----

    /** First key index of directory bucket {@code bucket} ({@code bucket == 1 << dirBits} gives the key count). */
    int bucketStart(int bucket) {
        return directory.getInt(bucket << 2);
    }

    /** The stored suffix of key {@code i}. */
    long suffixAt(int i) {
        long bit = (long) i * suffixBits;
        return (keys.getLong((int) (bit >>> 3)) >>> (bit & 7)) & suffixMask;
    }

    /** The index of {@code key} (a 48-bit key), or -1. */
    int find(long key) {
        int bucket = (int) (key >>> suffixBits);
        int lo = directory.getInt(bucket << 2);
        int hi = directory.getInt((bucket + 1) << 2) - 1;
        long suffix = key & suffixMask;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = suffixAt(mid);
            if (v < suffix) {
                lo = mid + 1;
            } else if (v > suffix) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int value(int index) {
        return values.getInt(index << 2);
    }

    static boolean isSingle(int value) {
        return value >= 0;
    }

    int singleFile(int value) {
        return seedBits >= 31 ? 0 : value >>> seedBits;
    }

    int singleSeed(int value) {
        return value & ((1 << seedBits) - 1);
    }

    /** Stored document frequency of an overflow value (files at write time, dead ones included). */
    int overflowDf(int value) {
        int p = value & ~SegmentFormat.OVERFLOW_FLAG;
        return (int) varintAt(p);
    }

    /** Number of postings of an overflow value. */
    int overflowCount(int value) {
        int p = value & ~SegmentFormat.OVERFLOW_FLAG;
        while (overflow.get(p++) < 0) {
            // skip df
        }
        return (int) varintAt(p);
    }

    /**
     * Decodes the postings of an overflow value into {@code files}/{@code seeds} (local file ids).
     *
     * @return how many postings were written
     */
    int overflowPostings(int value, int[] files, int[] seeds) {
        int p = value & ~SegmentFormat.OVERFLOW_FLAG;
        while (overflow.get(p++) < 0) {
            // skip df
        }
        int n = 0;
        long count = 0;
        int shift = 0;
        byte b;
        do {
            b = overflow.get(p++);
            count |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        int file = 0;
        int seed = 0;
        for (int i = 0; i < count; i++) {
            int a = 0;
            shift = 0;
            do {
                b = overflow.get(p++);
                a |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            int s = 0;
            shift = 0;
            do {
                b = overflow.get(p++);
                s |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if (i == 0 || a != 0) {
                file += a;
                seed = s;
            } else {
                seed += s;
            }
            files[n] = file;
            seeds[n] = seed;
            n++;
        }
        return n;
    }

    /**
     * Adds the postings of an overflow value to {@code hits} (room for them ensured by the caller), local file ids
     * mapped through {@code map}; postings of files mapped to -1 (dead components) are skipped. Decodes straight into
     * the hits, one-byte varints (nearly all file deltas and most seed deltas) on a fast path.
     *
     * @return the number of distinct live files among them (postings are sorted by file)
     */
    int addOverflowPostings(int value, int[] map, Hits hits) {
        ByteBuffer o = overflow;
        int p = value & ~SegmentFormat.OVERFLOW_FLAG;
        while (o.get(p++) < 0) {
            // skip df
        }
        int count = 0;
        int shift = 0;
        byte b;
        do {
            b = o.get(p++);
            count |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        int file = 0;
        int seed = 0;
        int df = 0;
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int a = o.get(p++);
            if (a < 0) {
                a &= 0x7F;
                shift = 7;
                do {
                    b = o.get(p++);
                    a |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
            }
            int s = o.get(p++);
            if (s < 0) {
                s &= 0x7F;
                shift = 7;
                do {
                    b = o.get(p++);
                    s |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
            }
            if (i == 0 || a != 0) {
                file += a;
                seed = s;
            } else {
                seed += s;
            }
            int g = map[file];
            if (g >= 0) {
                if (g != previous) {
                    df++;
                    previous = g;
                }
                hits.add(g, seed);
            }
        }
        return df;
    }

    private long varintAt(int p) {
        long result = 0;
        int shift = 0;
        byte b;
        do {
            b = overflow.get(p++);
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return result;
    }

    // ---- texts ----

    /** The compressed text of local file {@code local}, its CRC checked. */
    byte[] compressedText(int local) throws IOException {
        FileEntry f = files[local];
        ByteBuffer buffer = ByteBuffer.allocate(f.compressedBytes());
        readFully(channel, buffer, textsOffset + f.textOffset(), path);
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, f.compressedBytes());
        if ((int) crc.getValue() != f.textCrc()) {
            throw KnowledgeBaseException.damaged(path, "checksum mismatch in the text of " + f.path());
        }
        return buffer.array();
    }

    /** The text of local file {@code local}, inflated and decoded. */
    String text(int local) throws IOException {
        FileEntry f = files[local];
        byte[] compressed = compressedText(local);
        byte[] utf8 = new byte[f.textBytes()];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            int n = 0;
            while (n < utf8.length) {
                int got = inflater.inflate(utf8, n, utf8.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != utf8.length) {
                throw KnowledgeBaseException.damaged(path, "the text of " + f.path() + " is shorter than recorded");
            }
        } catch (DataFormatException e) {
            throw KnowledgeBaseException.damaged(path, "the text of " + f.path() + " does not inflate", e);
        } finally {
            inflater.end();
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return path.getFileName() + " (" + files.length + " files, " + keyCount + " keys)";
    }

}
