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
    default Inventory walk(Path root, List<String> excludes) throws IOException {
        return walk(root, excludes, List.of());
    }

    /**
     * Walks {@code root} as {@link #walk(Path, List)} does, leaving out as well what the tool itself writes inside
     * it — its reports, its knowledge base, the build's output — without listing those among the exclusions: they
     * are not the repository's, and whether an earlier run created them must not change what a scan reports.
     *
     * @param toolOutputs globs (gitignore syntax) relative to the root
     */
    Inventory walk(Path root, List<String> excludes, List<String> toolOutputs) throws IOException;
}
