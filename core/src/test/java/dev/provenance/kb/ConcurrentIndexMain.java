package dev.provenance.kb;

import dev.provenance.fingerprint.WinnowingParameters;
import java.nio.file.Path;

/** Adds components to a knowledge base from another JVM: {@code <dir> <name prefix> <count> <seed base>}. */
public final class ConcurrentIndexMain {
    private ConcurrentIndexMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        long seedBase = Long.parseLong(args[3]);
        KnowledgeBaseWriter writer = new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS)
                .withMaxSegments(3);
        for (int i = 0; i < count; i++) {
            writer.add(Component.of(args[1] + i, "1"), Corpus.component(seedBase + i, 4, 40));
        }
    }
}
