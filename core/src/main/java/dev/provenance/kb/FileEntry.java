package dev.provenance.kb;

/**
 * A row of a segment's file table.
 *
 * @param component        local index of its component in the segment
 * @param path             path inside the component
 * @param language         {@code Language.id()} of its language
 * @param lineCount        lines
 * @param seedCount        seed tokens
 * @param fingerprintCount fingerprints indexed
 * @param rawHash          whole-file raw hash
 * @param normalizedHash   whole-file normalised hash
 * @param textOffset       offset of its compressed text in the texts section
 * @param compressedBytes  length of its compressed text
 * @param textBytes        length of its text in UTF-8
 * @param textCrc          CRC32C of the compressed text
 */
record FileEntry(int component, String path, String language, int lineCount, int seedCount, int fingerprintCount,
                 long rawHash, long normalizedHash, long textOffset, int compressedBytes, int textBytes,
                 int textCrc) {
    FileEntry withComponentAndOffset(int newComponent, long newOffset) {
        return new FileEntry(newComponent, path, language, lineCount, seedCount, fingerprintCount, rawHash,
                normalizedHash, newOffset, compressedBytes, textBytes, textCrc);
    }
}
