package dev.provenance.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Reads files of the scanned tree again for the SPDX report: their SHA-1 (SPDX 2.3 requires one per file) and, for
 * files holding snippets, where their lines are in bytes. Read only: nothing in the tree is written, and a path that
 * leaves the root (through {@code ..} or a link) is refused.
 */
final class TreeReader {
    private static final int BUFFER = 64 * 1024;

    /** What one reading gave. */
    record ReadFile(String sha1, long size, Instant modified, LineOffsets lines) {
        ReadFile {
            Objects.requireNonNull(sha1, "sha1");
            Objects.requireNonNull(modified, "modified");
        }
    }

    private final Path root;
    private final Path realRoot;
    /** Directory → its real path, for the files read through this reader. */
    private final Map<Path, Path> realDirectories = new HashMap<>();

    /** A reader of the tree at {@code root}, which must exist. */
    TreeReader(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    /**
     * Reads {@code path} (relative to the root, {@code /}-separated).
     *
     * @param withLines whether to note where its lines are
     * @throws IOException when it cannot be read, is no regular file or lies outside the root
     */
    ReadFile read(String path, boolean withLines) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("outside the scanned root");
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = realPath(file);
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new IOException("no longer exists", e);
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("no longer a regular file");
        }
        MessageDigest sha1 = sha1();
        LineOffsets lines = withLines ? new LineOffsets() : null;
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha1.update(buffer, 0, n);
                if (lines != null) {
                    lines.accept(buffer, 0, n);
                }
                size += n;
            }
        }
        return new ReadFile(HexFormat.of().formatHex(sha1.digest()), size,
                attributes.lastModifiedTime().toInstant(), lines == null ? null : lines.finish());
    }

    /**
     * {@code file} with every link resolved, checked to be inside the root: the real path of its directory (looked up
     * once per directory) and its own name, resolved too when the file itself is a link.
     */
    private Path realPath(Path file) throws IOException {
        Path parent = file.getParent();
        Path realParent = parent == null ? null : realDirectories.get(parent);
        if (realParent == null && parent != null) {
            realParent = parent.toRealPath();
            realDirectories.put(parent, realParent);
        }
        Path real = realParent == null ? file.toRealPath() : realParent.resolve(file.getFileName());
        if (Files.isSymbolicLink(real)) {
            real = real.toRealPath();
        }
        if (!real.startsWith(realRoot)) {
            throw new IOException("leads outside the scanned root");
        }
        return real;
    }

    static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}
