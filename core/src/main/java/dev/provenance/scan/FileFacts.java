package dev.provenance.scan;

import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileTrait;
import dev.provenance.inventory.InventoryEntry;
import dev.provenance.inventory.Language;
import java.util.Objects;
import java.util.Set;

/**
 * What the per-file stages need to know of a file besides its text: a file on disk (an inventory entry) or an
 * entry of a component being indexed (read from an archive, never from disk).
 *
 * @param path     relative, {@code /}-separated
 * @param kind     what the file is
 * @param language its language or format
 * @param size     its size in bytes
 * @param traits   generated / minified / vendored
 */
record FileFacts(String path, FileKind kind, Language language, long size, Set<FileTrait> traits) {
    FileFacts {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        traits = Set.copyOf(traits);
    }

    static FileFacts of(InventoryEntry entry) {
        return new FileFacts(entry.path(), entry.kind(), entry.language(), entry.size(), entry.traits());
    }
}
