package dev.provenance.license;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The build-time copy of what Provenance derives from the bundled SPDX license list, so that a run does not derive
 * it again: the {@link LicenseList} (read in milliseconds instead of ~1.5 s) and the {@link LicenseTemplateIndex}
 * of the full-text pre-filter (instead of ~1 s of shingling ~700 templates). Core's build writes both resources
 * with {@link LicenseIndexGenerator}; they are generated, never committed, and their bytes are a function of the
 * library's list and of Provenance's code alone (no time, no map order), so the build stays reproducible.
 *
 * <p>A resource is used only when it is sound and was made from the same inputs as a live build would use now:
 * <ul>
 *   <li>the same spdx-java-library version (read from the library jar's Maven descriptor, a cheap look-up; only
 *       when that descriptor is missing — a repackaged library — is the list version asked of the library, which
 *       costs it a quarter of a second);</li>
 *   <li>the same code and data tables: a CRC-32 over the class files and tables that decide the content
 *       ({@link #CODE_INPUTS}), so that a resource left behind by an older build (an IDE recompiling classes without
 *       running the generator) is not taken for the current one;</li>
 *   <li>the right magic, format and kind, and a CRC-32 of its whole content.</li>
 * </ul>
 * Otherwise the caller builds live, with the same result; nothing is logged ({@link IndexOrigin} says which path
 * was taken).
 *
 * <p>Layout of a resource: magic {@code PVLI}, format, kind, stamp (library version, list version, code CRC), the
 * payload, then the CRC-32 of all preceding bytes. Integers are unsigned LEB128 varints, strings are UTF-8 with a
 * varint length; the template index's arrays (shingle keys, posting offsets, postings) are stored as they are in
 * memory, big-endian, to be read in bulk.
 */
final class PrecomputedLicenseIndex {
    static final String LIST_RESOURCE = "spdx-license-list.bin";
    static final String TEMPLATES_RESOURCE = "spdx-license-templates.bin";
    private static final int MAGIC = 0x50564C49; // "PVLI"
    private static final int FORMAT = 1;
    private static final int KIND_LIST = 1;
    private static final int KIND_TEMPLATES = 2;
    private static final String LIBRARY_DESCRIPTOR = "/META-INF/maven/org.spdx/java-spdx-library/pom.properties";
    private static final int MAX_STRING_BYTES = 1 << 16;

    /**
     * Resources (next to this class) whose bytes decide what the index holds: the code that derives it from the
     * library and writes or reads it, and the data tables it folds in.
     */
    static final List<String> CODE_INPUTS = List.of(
            "PrecomputedLicenseIndex.class", "PrecomputedLicenseIndex$Stamp.class",
            "PrecomputedLicenseIndex$Guard.class", "PrecomputedLicenseIndex$Reader.class",
            "PrecomputedLicenseIndex$Writer.class", "PrecomputedLicenseIndex$Current.class",
            "LicenseList.class", "LicenseNameKey.class", "LicenseCatalog.class", "LicenseWords.class",
            "SpdxLibrary.class", "SpdxLibrary$Listing.class",
            "LicenseTemplateIndex.class", "LicenseTemplateIndex$Template.class",
            "license-aliases.tsv", "deprecated-license-ids.tsv");

    private PrecomputedLicenseIndex() {
    }

    /**
     * What a resource was made from.
     *
     * @param libraryVersion spdx-java-library's version, empty when unknown
     * @param listVersion    the SPDX license list version, empty when not known (at run time, before any check)
     * @param code           CRC-32 of {@link #CODE_INPUTS}, -1 when one of them cannot be read
     */
    record Stamp(String libraryVersion, String listVersion, long code) {
        Stamp {
            libraryVersion = libraryVersion == null ? "" : libraryVersion;
            listVersion = listVersion == null ? "" : listVersion;
        }
    }

    /**
     * Decides whether a resource's stamp matches what a live build would use now.
     *
     * @param current     this run's library version and code CRC
     * @param listVersion the library's list version, asked only when the library version is unknown
     */
    record Guard(Stamp current, Supplier<String> listVersion) {
        boolean accepts(Stamp stored) {
            if (current.code() < 0 || stored.code() != current.code()) {
                return false;
            }
            if (!current.libraryVersion().isEmpty()) {
                return current.libraryVersion().equals(stored.libraryVersion());
            }
            return !stored.listVersion().isEmpty() && stored.listVersion().equals(listVersion.get());
        }

        /** The guard of this run: the library version and code of the classpath. */
        static Guard forThisRun() {
            return new Guard(Current.STAMP, () -> SpdxLibrary.licenseListVersion());
        }
    }

    /** The bundled list from core's jar, when there and made from the same inputs. */
    static Optional<LicenseList> bundledList() {
        return resource(LIST_RESOURCE).flatMap(bytes -> readList(bytes, Guard.forThisRun()));
    }

    /** The bundled template index from core's jar, when there and made from the same inputs. */
    static Optional<LicenseTemplateIndex> bundledTemplates() {
        return resource(TEMPLATES_RESOURCE).flatMap(bytes -> readTemplates(bytes, Guard.forThisRun()));
    }

    /** The list stored in {@code bytes}, when they are a sound list resource that {@code guard} accepts. */
    static Optional<LicenseList> readList(byte[] bytes, Guard guard) {
        return readSafely(() -> open(bytes, KIND_LIST, guard).map(reader -> {
            String listVersion = reader.stamp.listVersion();
            int count = reader.count();
            List<String> ids = new ArrayList<>(count);
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String id = reader.string();
                ids.add(id);
                names.put(id, reader.string());
            }
            int currentCount = reader.count();
            List<String> current = new ArrayList<>(currentCount);
            for (int i = 0; i < currentCount; i++) {
                current.add(ids.get(reader.index(ids.size())));
            }
            List<String> exceptions = reader.strings();
            Map<String, String> replacements = reader.map();
            Map<String, String> nameKeys = reader.map();
            int acceptedCount = reader.count();
            List<String> accepted = new ArrayList<>(acceptedCount);
            for (int i = 0; i < acceptedCount; i++) {
                accepted.add(ids.get(reader.index(ids.size())));
            }
            reader.end();
            return new LicenseList(listVersion, names, current, exceptions, replacements, nameKeys,
                    Set.copyOf(accepted));
        }));
    }

    /** The template index stored in {@code bytes}, when they are a sound template resource {@code guard} accepts. */
    static Optional<LicenseTemplateIndex> readTemplates(byte[] bytes, Guard guard) {
        return readSafely(() -> open(bytes, KIND_TEMPLATES, guard).map(reader -> {
            List<String> ids = reader.strings();
            int[] requiredCounts = new int[ids.size()];
            for (int i = 0; i < requiredCounts.length; i++) {
                requiredCounts[i] = reader.index(Integer.MAX_VALUE);
            }
            int distinct = reader.count();
            int total = reader.count();
            long[] keys = reader.longs(distinct);
            int[] offsets = reader.ints(distinct + 1);
            short[] postings = reader.shorts(total);
            reader.end();
            return LicenseTemplateIndex.of(ids, requiredCounts, keys, offsets, postings);
        }));
    }

    /** The list resource's bytes. */
    static byte[] writeList(LicenseList list, Stamp stamp) {
        Writer out = new Writer(KIND_LIST, stamp);
        List<String> ids = new ArrayList<>(list.names().keySet());
        out.varint(ids.size());
        list.names().forEach((id, name) -> {
            out.string(id);
            out.string(name);
        });
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        out.varint(list.currentIds().size());
        list.currentIds().forEach(id -> out.varint(position.get(id)));
        out.strings(list.exceptionIds());
        out.map(list.replacements());
        out.map(list.nameKeys());
        List<String> accepted = list.currentIds().stream().filter(list.acceptedIds()::contains).toList();
        out.varint(accepted.size());
        accepted.forEach(id -> out.varint(position.get(id)));
        return out.finish();
    }

    /** The template resource's bytes. */
    static byte[] writeTemplates(LicenseTemplateIndex index, Stamp stamp) {
        Writer out = new Writer(KIND_TEMPLATES, stamp);
        List<String> ids = new ArrayList<>(index.size());
        for (int license = 0; license < index.size(); license++) {
            ids.add(index.id(license));
        }
        out.strings(ids);
        for (int license = 0; license < index.size(); license++) {
            out.varint(index.requiredCount(license));
        }
        int distinct = index.distinctShingles();
        out.varint(distinct);
        out.varint(index.postingCount());
        for (int entry = 0; entry < distinct; entry++) {
            out.fixedLong(index.key(entry));
        }
        for (int entry = 0; entry < distinct; entry++) {
            out.fixed(index.postingsStart(entry));
        }
        out.fixed(index.postingCount());
        for (int i = 0; i < index.postingCount(); i++) {
            out.fixedShort(index.posting(i));
        }
        return out.finish();
    }

    /** The stamp a resource written now carries: this classpath's library version and code, and the list's version. */
    static Stamp stampFor(String listVersion) {
        return new Stamp(Current.STAMP.libraryVersion(), listVersion, Current.STAMP.code());
    }

    /** The stamp stored in {@code bytes}, when they are a sound resource of this format. */
    static Optional<Stamp> storedStamp(byte[] bytes) {
        try {
            return Optional.of(new Reader(bytes).header());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Reader> open(byte[] bytes, int kind, Guard guard) {
        try {
            Reader reader = new Reader(bytes);
            Stamp stamp = reader.header();
            if (reader.kind != kind || !guard.accepts(stamp)) {
                return Optional.empty();
            }
            return Optional.of(reader);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Opens then reads; a resource that turns out malformed while read is no resource. */
    private static <T> Optional<T> readSafely(Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = PrecomputedLicenseIndex.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** spdx-java-library's version from its jar's Maven descriptor; empty when the descriptor is not there. */
    static String libraryVersion() {
        try (InputStream in = PrecomputedLicenseIndex.class.getResourceAsStream(LIBRARY_DESCRIPTOR)) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "").strip();
        } catch (IOException | IllegalArgumentException e) {
            return "";
        }
    }

    /** CRC-32 over the names and bytes of {@link #CODE_INPUTS}; -1 when one cannot be read. */
    static long codeFingerprint() {
        CRC32 crc = new CRC32();
        for (String name : CODE_INPUTS) {
            try (InputStream in = PrecomputedLicenseIndex.class.getResourceAsStream(name)) {
                if (in == null) {
                    return -1;
                }
                byte[] bytes = in.readAllBytes();
                crc.update(name.getBytes(StandardCharsets.UTF_8));
                crc.update(bytes.length >>> 24);
                crc.update(bytes.length >>> 16);
                crc.update(bytes.length >>> 8);
                crc.update(bytes.length);
                crc.update(bytes);
            } catch (IOException e) {
                return -1;
            }
        }
        return crc.getValue();
    }

    /** This run's stamp, computed once. */
    private static final class Current {
        static final Stamp STAMP = new Stamp(libraryVersion(), "", codeFingerprint());
    }

    /** Appends the header, then varints and strings; {@link #finish()} appends the CRC. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

        Writer(int kind, Stamp stamp) {
            fixed(MAGIC);
            varint(FORMAT);
            varint(kind);
            string(stamp.libraryVersion());
            string(stamp.listVersion());
            varlong(stamp.code());
        }

        void fixed(int value) {
            out.write(value >>> 24);
            out.write(value >>> 16);
            out.write(value >>> 8);
            out.write(value);
        }

        void fixedLong(long value) {
            fixed((int) (value >>> 32));
            fixed((int) value);
        }

        void fixedShort(short value) {
            out.write(value >>> 8);
            out.write(value);
        }

        void varint(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative count " + value);
            }
            varlong(value);
        }

        void varlong(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative value " + value);
            }
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void string(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_STRING_BYTES) {
                throw new IllegalArgumentException("string too long for the index: " + bytes.length + " bytes");
            }
            varint(bytes.length);
            out.write(bytes, 0, bytes.length);
        }

        void strings(List<String> values) {
            varint(values.size());
            values.forEach(this::string);
        }

        /** A map in key order, so that the bytes do not depend on hash order. */
        void map(Map<String, String> map) {
            varint(map.size());
            new TreeMap<>(map).forEach((key, value) -> {
                string(key);
                string(value);
            });
        }

        byte[] finish() {
            CRC32 crc = new CRC32();
            byte[] body = out.toByteArray();
            crc.update(body);
            fixed((int) crc.getValue());
            return out.toByteArray();
        }
    }

    /** Reads what {@link Writer} wrote; every read is bounds-checked and throws on malformed input. */
    private static final class Reader {
        private final byte[] bytes;
        private final int limit;
        private int at;
        private int kind;
        private Stamp stamp;

        Reader(byte[] bytes) {
            if (bytes.length < 8) {
                throw new IllegalArgumentException("too short");
            }
            this.bytes = bytes;
            this.limit = bytes.length - 4;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, limit);
            if ((int) crc.getValue() != fixed(limit)) {
                throw new IllegalArgumentException("checksum mismatch");
            }
        }

        Stamp header() {
            if (fixed(0) != MAGIC) {
                throw new IllegalArgumentException("not a Provenance license index");
            }
            at = 4;
            if (index(Integer.MAX_VALUE) != FORMAT) {
                throw new IllegalArgumentException("unknown format");
            }
            kind = index(Integer.MAX_VALUE);
            stamp = new Stamp(string(), string(), varlong());
            return stamp;
        }

        private int fixed(int from) {
            return ((bytes[from] & 0xFF) << 24) | ((bytes[from + 1] & 0xFF) << 16) | ((bytes[from + 2] & 0xFF) << 8)
                    | (bytes[from + 3] & 0xFF);
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= limit) {
                    throw new IllegalArgumentException("truncated");
                }
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        /** The number of elements that follow, each at least one byte long: at most the bytes that remain. */
        int count() {
            long value = varlong();
            if (value < 0 || value > limit - at) {
                throw new IllegalArgumentException("count out of range: " + value);
            }
            return (int) value;
        }

        /** A varint below {@code bound}. */
        int index(int bound) {
            long value = varlong();
            if (value < 0 || value >= bound) {
                throw new IllegalArgumentException("index out of range: " + value);
            }
            return (int) value;
        }

        /** {@code count} big-endian longs, read in bulk. */
        long[] longs(int count) {
            long[] values = new long[count];
            ByteBuffer.wrap(bytes, at, fixedBytes(count, Long.BYTES)).asLongBuffer().get(values);
            at += count * Long.BYTES;
            return values;
        }

        int[] ints(int count) {
            int[] values = new int[count];
            ByteBuffer.wrap(bytes, at, fixedBytes(count, Integer.BYTES)).asIntBuffer().get(values);
            at += count * Integer.BYTES;
            return values;
        }

        short[] shorts(int count) {
            short[] values = new short[count];
            ByteBuffer.wrap(bytes, at, fixedBytes(count, Short.BYTES)).asShortBuffer().get(values);
            at += count * Short.BYTES;
            return values;
        }

        private int fixedBytes(int count, int width) {
            if ((long) count * width > limit - at) {
                throw new IllegalArgumentException("truncated array");
            }
            return count * width;
        }

        String string() {
            int length = index(MAX_STRING_BYTES + 1);
            if (length > limit - at) {
                throw new IllegalArgumentException("truncated string");
            }
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        List<String> strings() {
            int count = count();
            List<String> values = new ArrayList<>(Math.min(count, 1 << 12));
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        Map<String, String> map() {
            int count = count();
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                map.put(string(), string());
            }
            return map;
        }

        void end() {
            if (at != limit) {
                throw new IllegalArgumentException("trailing bytes");
            }
        }
    }
}
