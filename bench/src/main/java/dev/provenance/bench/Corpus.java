package dev.provenance.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The size of a benchmark tree: regular files and their bytes, symbolic links not followed.
 *
 * @param root  the tree
 * @param files regular files in it
 * @param bytes their total size
 */
record Corpus(Path root, long files, long bytes) {
    Corpus {
        if (files < 0 || bytes < 0) {
            throw new IllegalArgumentException("negative corpus size: " + files + " files, " + bytes + " bytes");
        }
    }

    /** Measures the tree under {@code root}. */
    static Corpus measure(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        long[] totals = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    totals[0]++;
                    totals[1] += attributes.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new Corpus(root, totals[0], totals[1]);
    }

    double mebibytes() {
        return bytes / (1024.0 * 1024.0);
    }
}
