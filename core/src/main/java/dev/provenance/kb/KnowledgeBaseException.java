package dev.provenance.kb;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A knowledge base that cannot be used as it is: a damaged segment (truncated, bytes changed, wrong magic or format
 * version), a damaged manifest, segments built with other winnowing parameters, or with another lexer/seed format
 * ({@link dev.provenance.fingerprint.SeedFormat}). The message names the file and
 * says how to recover.
 */
public final class KnowledgeBaseException extends IOException {
    private static final long serialVersionUID = 1L;

    KnowledgeBaseException(String message) {
        super(message);
    }

    KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{file}: {problem}; the knowledge base is damaged: rebuild the KB (delete {dir} and run …)". */
    static KnowledgeBaseException damaged(Path file, String problem) {
        return new KnowledgeBaseException(file + ": " + problem + "; " + rebuildHint(file.getParent()));
    }

    static KnowledgeBaseException damaged(Path file, String problem, Throwable cause) {
        return new KnowledgeBaseException(file + ": " + problem + "; " + rebuildHint(file.getParent()), cause);
    }

    static String rebuildHint(Path dir) {
        return "the knowledge base is damaged or unusable: rebuild the KB (delete " + dir
                + " and run provenance:index again)";
    }
}
