package dev.provenance.kb;

import dev.provenance.fingerprint.FileHashes;
import dev.provenance.inventory.Language;
import java.util.Objects;

/**
 * One indexed upstream file.
 *
 * @param id               its id in the opened {@link KnowledgeBase} (dense, {@code 0..fileCount()-1}); stable only
 *                         while that instance is open: a re-index or merge renumbers files
 * @param componentId      the id of its {@link Component} in the same knowledge base
 * @param path             its path inside the component
 * @param language         its language as indexed; re-lex {@link KnowledgeBase#text(int)} with this language's lexer
 *                         to map seed positions to upstream lines
 * @param lineCount        its number of lines
 * @param seedCount        its number of seed tokens (0 when it had no lexer)
 * @param fingerprintCount how many fingerprints were indexed for it
 * @param hashes           its whole-file hashes
 * @param textBytes        the size of its text in UTF-8
 */
public record KbFile(int id, int componentId, String path, Language language, int lineCount, int seedCount,
                     int fingerprintCount, FileHashes hashes, int textBytes) {
    public KbFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(hashes, "hashes");
        if (id < 0 || componentId < 0 || lineCount < 1 || seedCount < 0 || fingerprintCount < 0 || textBytes < 0) {
            throw new IllegalArgumentException("invalid file record for " + path);
        }
    }
}
