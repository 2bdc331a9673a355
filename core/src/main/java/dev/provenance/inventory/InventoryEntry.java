package dev.provenance.inventory;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * One file of the scanned tree as the walker saw it.
 *
 * @param path     path relative to the scanned root, {@code /}-separated
 * @param file     the absolute path to read it from (never outside the root)
 * @param kind     what the file is
 * @param language its language or format; {@link Language#NONE} where none applies
 * @param size     size in bytes
 * @param charset  the charset its text was decoded with; {@code null} for binary content
 * @param traits   generated / minified / vendored
 */
public record InventoryEntry(String path, Path file, FileKind kind, Language language, long size, Charset charset,
                             Set<FileTrait> traits) {
    public InventoryEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative /-separated path: " + path);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size + " for " + path);
        }
        traits = Set.copyOf(traits);
    }

    public boolean is(FileTrait trait) {
        return traits.contains(trait);
    }

    /** The file name, the last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
