package dev.provenance.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Walks a tree and classifies what it holds. */
public interface RepositoryWalker {
    /**
     * Walks {@code root} honouring {@code .gitignore} files and the user's exclude globs.
     *
     * @param root     the directory to scan
     * @param excludes user globs (gitignore syntax) relative to the root
     * @throws IOException only when the root itself cannot be read; problems below it become issues
     */
    Inventory walk(Path root, List<String> excludes) throws IOException;
}
