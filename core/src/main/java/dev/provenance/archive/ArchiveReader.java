package dev.provenance.archive;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads zip, jar, wheel, tar, tar.gz and tgz archives safely: entries are decompressed into memory one at a time
 * and handed to an {@link ArchiveVisitor}; nothing is ever written to disk.
 *
 * <ul>
 *   <li>Refused and skipped, each with a note, the archive going on: names with a {@code ..} segment, absolute
 *       names, names with NUL or over 4,096 characters, symbolic and hard links, devices and FIFOs, entries over
 *       the per-entry cap, unreadable entries (encrypted, unknown method), a second entry of the same name, and
 *       archives nested deeper than {@link ArchiveLimits#maxDepth()}.</li>
 *   <li>Decompression bombs: a zip entry whose declared or actual size outgrows its compressed size past
 *       {@link ArchiveLimits#maxRatio()} is skipped (zip entries are independent, the others are still good); a
 *       compressed tar stream that does so stops the archive (its remaining entries are inside the bomb).</li>
 *   <li>The archive stops, keeping what was read, at the entry-count cap and at the cap on decompressed bytes
 *       (bytes skipped inside a tar stream count: they were decompressed).</li>
 * </ul>
 * The format is taken from the content (zip and gzip magic numbers, the tar {@code ustar} mark), or from a
 * {@code .tar} name for old tars without the mark. Thread-safe: each {@link #read} keeps its state to itself.
 */
public final class ArchiveReader {
    private static final int MAX_NAME = 4096;
    private static final int CHUNK = 64 * 1024;
    private static final int SNIFF = 512;

    /** The formats this reader opens. */
    public enum Format { ZIP, TAR, TAR_GZ }

    private final ArchiveLimits limits;

    public ArchiveReader(ArchiveLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ArchiveReader() {
        this(ArchiveLimits.DEFAULT);
    }

    /** Whether a file name looks like an archive this reader opens: zip, jar, war, ear, aar, whl, tar, tar.gz, tgz. */
    public static boolean isArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".war") || lower.endsWith(".ear")
                || lower.endsWith(".aar") || lower.endsWith(".whl") || lower.endsWith(".tar")
                || lower.endsWith(".tar.gz") || lower.endsWith(".tgz");
    }

    /**
     * Reads every file entry of {@code archive}.
     *
     * @return the entries refused and the reason the archive stopped early, if it did, in archive order
     * @throws IOException when {@code archive} cannot be read or is not an archive of a known format, or when the
     *                     visitor throws
     */
    public List<ArchiveNote> read(Path archive, ArchiveVisitor visitor) throws IOException {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(visitor, "visitor");
        Run run = new Run(visitor, archive.getFileName().toString());
        byte[] head = new byte[SNIFF];
        int headLength;
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(head);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // fill the sniff buffer
            }
            headLength = buffer.position();
        }
        Format format = formatOf(head, headLength, archive.getFileName().toString());
        if (format == null) {
            throw new IOException(archive + ": not a zip, jar, wheel, tar or tar.gz archive");
        }
        switch (format) {
            case ZIP:
                try (SeekableByteChannel channel = Files.newByteChannel(archive, StandardOpenOption.READ)) {
                    run.readZip(channel, "", 0, true);
                }
                break;
            default:
                try (InputStream in = Files.newInputStream(archive)) {
                    run.readTar(in, format == Format.TAR_GZ, "", 0, true);
                }
                break;
        }
        return List.copyOf(run.notes);
    }

    /** The format of content starting with {@code head}, or null. */
    static Format formatOf(byte[] head, int length, String name) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return Format.ZIP;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Format.TAR_GZ;
        }
        if (length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r') {
            return Format.TAR;
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".tar") && length >= 512 ? Format.TAR : null;
    }

    /**
     * The safe form of an entry name: {@code \} read as {@code /}, empty and {@code .} segments dropped; empty when
     * nothing is left (a {@code ./} directory). Refusals are returned as the enum constant's name in
     * {@code refusal[0]}.
     */
    static String safeName(String raw, ArchiveRefusal[] refusal) {
        String name = raw.replace('\\', '/');
        if (name.length() > MAX_NAME || name.indexOf('\0') >= 0) {
            refusal[0] = ArchiveRefusal.BAD_NAME;
            return null;
        }
        if (name.startsWith("/") || (name.length() >= 2 && name.charAt(1) == ':'
                && ((name.charAt(0) | 0x20) >= 'a' && (name.charAt(0) | 0x20) <= 'z'))) {
            refusal[0] = ArchiveRefusal.ABSOLUTE_PATH;
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            String segment = name.substring(start, end);
            if (segment.equals("..")) {
                refusal[0] = ArchiveRefusal.PATH_TRAVERSAL;
                return null;
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(segment);
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Thrown inside a metered stream when a cap is crossed. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final ArchiveRefusal reason;

        Refused(ArchiveRefusal reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    /** Counts bytes read through it; with a limit, refuses past it. */
    private static final class Meter extends FilterInputStream {
        long count;
        private final long limit;
        private final Meter compressed;
        private final int maxRatio;
        private final long ratioFloor;

        Meter(InputStream in, long limit, Meter compressed, int maxRatio, long ratioFloor) {
            super(in);
            this.limit = limit;
            this.compressed = compressed;
            this.maxRatio = maxRatio;
            this.ratioFloor = ratioFloor;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Read rather than skip, so that every decompressed byte is counted.
            byte[] sink = new byte[(int) Math.min(Math.max(n, 0), CHUNK)];
            long done = 0;
            while (done < n) {
                int got = read(sink, 0, (int) Math.min(sink.length, n - done));
                if (got < 0) {
                    break;
                }
                done += got;
            }
            return done;
        }

        private void counted(int n) throws Refused {
            count += n;
            if (count > limit) {
                throw new Refused(ArchiveRefusal.TOTAL_TOO_LARGE, "more than " + limit
                        + " decompressed bytes; the rest of the archive was not read");
            }
            if (compressed != null && count > ratioFloor && count > (double) maxRatio * Math.max(1, compressed.count)) {
                throw new Refused(ArchiveRefusal.COMPRESSION_RATIO, "decompresses to more than " + maxRatio
                        + " times its compressed size (a decompression bomb); the rest of the archive was not read");
            }
        }
    }

    /** The state of one read. */
    private final class Run {
        private final ArchiveVisitor visitor;
        private final String archiveName;
        final List<ArchiveNote> notes = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final ArchiveRefusal[] refusal = new ArchiveRefusal[1];
        private byte[] buffer = new byte[CHUNK];
        private int entries;
        private long totalBytes;
        private boolean stopped;

        Run(ArchiveVisitor visitor, String archiveName) {
            this.visitor = visitor;
            this.archiveName = archiveName;
        }

        private void note(String path, ArchiveRefusal reason, String message) {
            notes.add(new ArchiveNote(path, reason, message));
            if (reason.stopsArchive()) {
                stopped = true;
            }
        }

        /** Counts an entry; false (and the archive stops) past the cap. */
        private boolean countEntry(String prefix) {
            if (++entries > limits.maxEntries()) {
                note(prefix.isEmpty() ? archiveName : prefix.substring(0, prefix.length() - 2),
                        ArchiveRefusal.TOO_MANY_ENTRIES, "more than " + limits.maxEntries()
                        + " entries; the rest of the archive was not read");
                return false;
            }
            return true;
        }

        /** The entry's safe path with its prefix, null when refused (noted), empty for a bare directory. */
        private String checkedName(String prefix, String raw) {
            String name = safeName(raw, refusal);
            if (name == null) {
                String message;
                switch (refusal[0]) {
                    case PATH_TRAVERSAL:
                        message = "refused: the name climbs out of the archive with '..'";
                        break;
                    case ABSOLUTE_PATH:
                        message = "refused: an absolute name";
                        break;
                    default:
                        message = "refused: a name with NUL or longer than " + MAX_NAME + " characters";
                        break;
                }
                note(prefix + shown(raw), refusal[0], message);
            }
            return name == null || name.isEmpty() ? name : prefix + name;
        }

        private String shown(String raw) {
            String cut = raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
            return cut.replace('\0', '?');
        }

        void readZip(SeekableByteChannel channel, String prefix, int depth, boolean top) throws IOException {
            ZipFile zip;
            try {
                zip = ZipFile.builder().setSeekableByteChannel(channel).get();
            } catch (IOException | RuntimeException e) {
                if (top) {
                    throw new IOException(archiveName + ": not a readable zip archive (" + e.getMessage() + ")", e);
                }
                note(prefix.substring(0, prefix.length() - 2), ArchiveRefusal.UNREADABLE,
                        "nested zip archive cannot be read (" + e.getMessage() + "); skipped");
                return;
            }
            try (zip) {
                Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder();
                while (all.hasMoreElements() && !stopped) {
                    ZipArchiveEntry entry = all.nextElement();
                    if (!countEntry(prefix)) {
                        return;
                    }
                    String name = checkedName(prefix, entry.getName());
                    if (name == null || name.isEmpty() || entry.isDirectory()) {
                        continue;
                    }
                    if (entry.isUnixSymlink()) {
                        note(name, ArchiveRefusal.LINK, "refused: a symbolic link entry; links are never followed");
                        continue;
                    }
                    int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX
                            ? entry.getUnixMode() & 0170000 : 0;
                    if (type != 0 && type != 0100000) {
                        note(name, ArchiveRefusal.SPECIAL_FILE, "refused: not a regular file (mode "
                                + Integer.toOctalString(type) + ")");
                        continue;
                    }
                    long declared = entry.getSize();
                    long compressed = entry.getCompressedSize();
                    if (declared > limits.maxEntryBytes()) {
                        note(name, ArchiveRefusal.TOO_LARGE, "skipped: " + declared + " bytes, over the "
                                + limits.maxEntryBytes() + "-byte cap for one entry");
                        continue;
                    }
                    if (declared > limits.ratioFloor() && declared > (double) limits.maxRatio() * Math.max(1, compressed)) {
                        note(name, ArchiveRefusal.COMPRESSION_RATIO, "refused: declares " + declared
                                + " bytes from " + compressed + " compressed (ratio over " + limits.maxRatio()
                                + ", a decompression bomb)");
                        continue;
                    }
                    if (!zip.canReadEntryData(entry)) {
                        note(name, ArchiveRefusal.UNREADABLE, "skipped: encrypted or compressed with an "
                                + "unsupported method");
                        continue;
                    }
                    int length;
                    try (InputStream in = zip.getInputStream(entry)) {
                        length = readEntry(in, in instanceof InputStreamStatistics
                                ? (InputStreamStatistics) in : null, name);
                    } catch (Refused e) {
                        note(prefix.isEmpty() ? archiveName : prefix.substring(0, prefix.length() - 2), e.reason,
                                e.getMessage());
                        stopped = true;
                        return;
                    } catch (IOException | RuntimeException e) {
                        note(name, ArchiveRefusal.UNREADABLE, "skipped: cannot be decompressed (" + e.getMessage()
                                + ")");
                        continue;
                    }
                    if (length >= 0) {
                        dispatch(name, length, depth);
                    }
                }
            }
        }

        void readTar(InputStream raw, boolean gzip, String prefix, int depth, boolean top) throws IOException {
            Meter compressed = gzip ? new Meter(raw, Long.MAX_VALUE, null, 0, 0) : null;
            long budget = Math.max(0, limits.maxTotalBytes() - totalBytes);
            Meter meter;
            try {
                meter = gzip
                        ? new Meter(new GzipCompressorInputStream(compressed, true), budget, compressed,
                                limits.maxRatio(), limits.ratioFloor())
                        : new Meter(raw, budget, null, 0, 0);
            } catch (IOException e) {
                if (top) {
                    throw new IOException(archiveName + ": not a readable gzip stream (" + e.getMessage() + ")", e);
                }
                note(prefix.substring(0, prefix.length() - 2), ArchiveRefusal.UNREADABLE,
                        "nested tar.gz cannot be read (" + e.getMessage() + "); skipped");
                return;
            }
            String where = prefix.isEmpty() ? archiveName : prefix.substring(0, prefix.length() - 2);
            long counted = 0;
            try (TarArchiveInputStream tar = new TarArchiveInputStream(meter)) {
                TarArchiveEntry entry;
                while (!stopped && (entry = tar.getNextEntry()) != null) {
                    if (!countEntry(prefix)) {
                        return;
                    }
                    String name = checkedName(prefix, entry.getName());
                    if (name == null || name.isEmpty() || entry.isDirectory()) {
                        continue;
                    }
                    if (entry.isSymbolicLink() || entry.isLink()) {
                        note(name, ArchiveRefusal.LINK, "refused: a " + (entry.isLink() ? "hard" : "symbolic")
                                + " link entry to " + shown(entry.getLinkName()) + "; links are never followed");
                        continue;
                    }
                    if (!isRegular(entry)) {
                        note(name, ArchiveRefusal.SPECIAL_FILE, "refused: " + (entry.isCharacterDevice()
                                ? "a character device" : entry.isBlockDevice() ? "a block device"
                                : entry.isFIFO() ? "a FIFO" : "not a regular file") + " entry");
                        continue;
                    }
                    if (entry.getSize() > limits.maxEntryBytes()) {
                        note(name, ArchiveRefusal.TOO_LARGE, "skipped: " + entry.getSize() + " bytes, over the "
                                + limits.maxEntryBytes() + "-byte cap for one entry");
                        continue;
                    }
                    int length = readEntry(tar, null, name);
                    totalBytes += meter.count - counted;
                    counted = meter.count;
                    if (length >= 0) {
                        dispatch(name, length, depth);
                    }
                }
            } catch (Refused e) {
                note(where, e.reason, e.getMessage());
                stopped = true;
            } catch (IOException | RuntimeException e) {
                if (top && entries == 0) {
                    throw new IOException(archiveName + ": not a readable tar archive (" + e.getMessage() + ")", e);
                }
                note(where, ArchiveRefusal.UNREADABLE, "the tar stream is damaged (" + e.getMessage()
                        + "); the rest of the archive was not read");
            } finally {
                totalBytes += meter.count - counted;
            }
        }

        /** A regular file: a normal or contiguous file entry, or a sparse one (read back with its holes). */
        private boolean isRegular(TarArchiveEntry entry) {
            byte flag = entry.getLinkFlag();
            return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM
                    || flag == TarConstants.LF_CONTIG || entry.isSparse();
        }

        /**
         * Reads one entry into {@link #buffer}; returns its length, or -1 when it was refused (noted).
         *
         * @throws Refused when the archive must stop
         */
        private int readEntry(InputStream in, InputStreamStatistics statistics, String name) throws IOException {
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    if (length > limits.maxEntryBytes()) {
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2,
                            limits.maxEntryBytes() + 1));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
                if (statistics != null) {
                    totalBytes += n;
                    if (totalBytes > limits.maxTotalBytes()) {
                        throw new Refused(ArchiveRefusal.TOTAL_TOO_LARGE, "more than " + limits.maxTotalBytes()
                                + " decompressed bytes; the rest of the archive was not read");
                    }
                    long out = statistics.getUncompressedCount();
                    if (out > limits.ratioFloor()
                            && out > (double) limits.maxRatio() * Math.max(1, statistics.getCompressedCount())) {
                        note(name, ArchiveRefusal.COMPRESSION_RATIO, "refused: decompresses to more than "
                                + limits.maxRatio() + " times its compressed size (a decompression bomb)");
                        return -1;
                    }
                }
                if (length > limits.maxEntryBytes()) {
                    note(name, ArchiveRefusal.TOO_LARGE, "skipped: over the " + limits.maxEntryBytes()
                            + "-byte cap for one entry");
                    return -1;
                }
            }
            return length;
        }

        private void dispatch(String name, int length, int depth) throws IOException {
            if (!seen.add(name)) {
                note(name, ArchiveRefusal.DUPLICATE, "skipped: a second entry of this name; the first was read");
                return;
            }
            if (!isArchiveName(name)) {
                visitor.file(name, buffer, length);
                return;
            }
            if (depth >= limits.maxDepth()) {
                note(name, ArchiveRefusal.NESTED_TOO_DEEP, "skipped: an archive nested more than "
                        + limits.maxDepth() + " level(s) deep");
                return;
            }
            byte[] nested = Arrays.copyOf(buffer, length);
            Format format = formatOf(nested, Math.min(length, SNIFF), name);
            if (format == null) {
                note(name, ArchiveRefusal.UNREADABLE, "named as an archive but is not one this reader opens; "
                        + "skipped");
                return;
            }
            String prefix = name + "!/";
            if (format == Format.ZIP) {
                readZip(new SeekableInMemoryByteChannel(nested), prefix, depth + 1, false);
            } else {
                readTar(new ByteArrayInputStream(nested), format == Format.TAR_GZ, prefix, depth + 1, false);
            }
        }
    }
}
