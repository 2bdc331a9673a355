package dev.provenance.kb;

import java.nio.charset.StandardCharsets;

/** Constants of the segment file format; the specification is in this package's documentation. */
final class SegmentFormat {
    static final byte[] MAGIC = {'P', 'V', 'K', 'B', '\r', '\n', 0x1A, '\n'};
    static final int VERSION = 2;
    static final int HEADER_BYTES = 256;
    /** Bits of a fingerprint hash that are keys: the top 48. */
    static final int KEY_BITS = 48;
    static final int KEY_SHIFT = 64 - KEY_BITS;
    /** Average keys per directory bucket lies in (16, 32]: the directory and the key suffixes then cost least. */
    static final int BUCKET_TARGET = 32;
    static final int MAX_DIR_BITS = 28;
    /** Keys one segment may hold, so that the key and value sections stay under 2 GiB each. */
    static final long MAX_KEYS = 400_000_000L;
    /** Set in a value: the low 31 bits are an offset into the overflow section. */
    static final int OVERFLOW_FLAG = 0x8000_0000;

    // Header field offsets.
    static final int H_VERSION = 8;
    static final int H_HEADER_BYTES = 12;
    static final int H_K = 16;
    static final int H_W = 20;
    static final int H_MIN_DISTINCT = 24;
    static final int H_DIR_BITS = 28;
    static final int H_KEY_COUNT = 32;
    static final int H_FILE_COUNT = 40;
    static final int H_COMPONENT_COUNT = 44;
    static final int H_FILE_BITS = 48;
    static final int H_HEADER_CRC = 52;
    static final int H_POSTING_COUNT = 56;
    static final int H_SECTIONS = 64;
    static final int SECTION_ENTRY_BYTES = 24;
    /**
     * The seed format ({@link dev.provenance.fingerprint.SeedFormat#VERSION}) the segment's fingerprints were made
     * with; 0 in segments written before it was recorded. Right after the section table.
     */
    static final int H_SEED_FORMAT = 232;

    /** Sections in file order; texts first so that a writer can stream them before the index exists. */
    enum Section {
        TEXTS, FILES, COMPONENTS, DIRECTORY, KEYS, VALUES, OVERFLOW;

        /** Whether its CRC is checked when the segment is opened (texts are checked per file when read). */
        boolean checkedOnOpen() {
            return this != TEXTS;
        }
    }

    static {
        if (H_SECTIONS + Section.values().length * SECTION_ENTRY_BYTES > H_SEED_FORMAT
                || H_SEED_FORMAT + 4 > HEADER_BYTES) {
            throw new AssertionError("header too small");
        }
    }

    static final String SEGMENT_PREFIX = "segment-";
    static final String SEGMENT_SUFFIX = ".kbs";
    static final String MAGIC_TEXT = new String(MAGIC, 0, 4, StandardCharsets.US_ASCII);

    private SegmentFormat() {
    }

    /** Directory bits for {@code keys} keys: the smallest with at most {@link #BUCKET_TARGET} keys a bucket. */
    static int dirBits(long keys) {
        int bits = 0;
        while (bits < MAX_DIR_BITS && (1L << bits) * BUCKET_TARGET < keys) {
            bits++;
        }
        return bits;
    }

    /** Bits of a local file id in a single packed posting: enough for {@code fileCount} ids. */
    static int fileBits(int fileCount) {
        return fileCount <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(fileCount - 1);
    }

    static String segmentName(long generation) {
        return SEGMENT_PREFIX + String.format("%020d", generation) + SEGMENT_SUFFIX;
    }

    /** The generation in a segment file name, or -1 when the name is not a segment's. */
    static long generationOf(String name) {
        if (!name.startsWith(SEGMENT_PREFIX) || !name.endsWith(SEGMENT_SUFFIX)
                || name.length() != SEGMENT_PREFIX.length() + 20 + SEGMENT_SUFFIX.length()) {
            return -1;
        }
        String digits = name.substring(SEGMENT_PREFIX.length(), SEGMENT_PREFIX.length() + 20);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
