package dev.provenance.kb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The list of live segments of a knowledge base, in the file {@value #NAME}: a first line
 * {@code provenance-kb-manifest 1}, one segment file name per line, and a last line {@code crc32c <8 hex digits>}
 * over everything before it. It is replaced atomically (temporary file, force, atomic rename, directory force), so
 * a reader sees either the old list or the new one. Segment files not listed are leftovers of a crashed writer.
 */
final class Manifest {
    static final String NAME = "MANIFEST";
    private static final String FIRST_LINE = "provenance-kb-manifest 1";
    private static final String CRC_PREFIX = "crc32c ";
    private static final int MAX_BYTES = 1 << 20;

    private Manifest() {
    }

    /** The listed segment names in generation order; empty when there is no manifest yet. */
    static List<String> read(Path dir) throws IOException {
        Path file = dir.resolve(NAME);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw KnowledgeBaseException.damaged(file, "manifest larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lastLine = text.lastIndexOf('\n', text.length() - 2);
        if (!text.startsWith(FIRST_LINE + "\n") || !text.endsWith("\n") || lastLine < 0) {
            throw KnowledgeBaseException.damaged(file, "not a knowledge-base manifest");
        }
        String crcLine = text.substring(lastLine + 1, text.length() - 1);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, lastLine + 1);
        if (!crcLine.equals(CRC_PREFIX + hex(crc.getValue()))) {
            throw KnowledgeBaseException.damaged(file, "manifest checksum mismatch");
        }
        List<String> names = new ArrayList<>();
        long previous = -1;
        for (String line : text.substring(FIRST_LINE.length() + 1, lastLine + 1).split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            long generation = SegmentFormat.generationOf(line);
            if (generation <= previous) {
                throw KnowledgeBaseException.damaged(file, "manifest lists a bad or out-of-order segment name");
            }
            previous = generation;
            names.add(line);
        }
        return names;
    }

    /** Replaces the manifest with {@code names} (generation order). */
    static void write(Path dir, List<String> names) throws IOException {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        for (String name : names) {
            text.append(name).append('\n');
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(body);
        byte[] tail = (CRC_PREFIX + hex(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
        Path temp = dir.resolve(NAME + KnowledgeBaseWriter.TEMP_MARK + System.nanoTime());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(body.length + tail.length);
            buffer.put(body).put(tail).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        moveAtomically(temp, dir.resolve(NAME));
    }

    /** Renames {@code from} over {@code to} atomically and forces the directory entry to disk where it can. */
    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(from);
            throw new IOException(to.getParent() + ": the file system cannot rename atomically; put the "
                    + "knowledge base on a local file system", e);
        }
        forceDirectory(to.getParent());
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Some platforms cannot open a directory; the rename itself is still atomic.
        }
    }

    private static String hex(long crc) {
        return String.format(Locale.ROOT, "%08x", crc);
    }
}
