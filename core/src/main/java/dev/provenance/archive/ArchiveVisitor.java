package dev.provenance.archive;

import java.io.IOException;

/** Receives the regular-file entries of an archive, one at a time, in archive order. */
@FunctionalInterface
public interface ArchiveVisitor {
    /**
     * One file entry, decompressed in memory.
     *
     * @param path    its safe, normalised name: relative, {@code /}-separated, without {@code .} or {@code ..}
     *                segments; an entry of a nested archive is {@code inner.jar!/its/path}
     * @param content the bytes; only {@code content[0, length)} are valid, and the array may be reused after the
     *                call returns
     */
    void file(String path, byte[] content, int length) throws IOException;
}
