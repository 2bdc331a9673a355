package dev.provenance.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to scan and how.
 *
 * @param root             the directory to scan
 * @param excludes         globs (gitignore syntax, relative to the root) to leave out, on top of .gitignore files
 * @param ownHolders       the repository's own copyright holders; empty to let the scanner decide
 * @param maxFileBytes     files larger than this are inventoried but not analysed
 * @param progressInterval how often {@link ScanListener#progress} is called during a scan
 * @param knowledgeBase    the knowledge base to match snippets against; {@code null} for no snippet matching
 * @param toolOutputs      globs (gitignore syntax) of what the tool itself writes inside the root — its reports,
 *                         its knowledge base, the build's output directory: left out like {@code excludes}, but not
 *                         listed among the exclusions, which then do not depend on whether an earlier run created them
 */
public record ScanRequest(Path root, List<String> excludes, List<String> ownHolders, long maxFileBytes,
                          Duration progressInterval, Path knowledgeBase, List<String> toolOutputs) {
    /** Default per-file analysis budget: 16 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    public ScanRequest {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(progressInterval, "progressInterval");
        excludes = List.copyOf(excludes);
        toolOutputs = List.copyOf(toolOutputs);
        ownHolders = List.copyOf(ownHolders);
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /** Scans {@code root} with the defaults. */
    public static ScanRequest of(Path root) {
        return new ScanRequest(root, List.of(), List.of(), DEFAULT_MAX_FILE_BYTES, Duration.ofSeconds(5), null,
                List.of());
    }

    /** The same request leaving out what the tool writes inside the root (see {@link #toolOutputs()}). */
    public ScanRequest withToolOutputs(List<String> globs) {
        return new ScanRequest(root, excludes, ownHolders, maxFileBytes, progressInterval, knowledgeBase, globs);
    }

    public ScanRequest withExcludes(List<String> globs) {
        return new ScanRequest(root, globs, ownHolders, maxFileBytes, progressInterval, knowledgeBase, toolOutputs);
    }

    public ScanRequest withOwnHolders(List<String> holders) {
        return new ScanRequest(root, excludes, holders, maxFileBytes, progressInterval, knowledgeBase, toolOutputs);
    }

    public ScanRequest withMaxFileBytes(long bytes) {
        return new ScanRequest(root, excludes, ownHolders, bytes, progressInterval, knowledgeBase, toolOutputs);
    }

    public ScanRequest withProgressInterval(Duration interval) {
        return new ScanRequest(root, excludes, ownHolders, maxFileBytes, interval, knowledgeBase, toolOutputs);
    }

    public ScanRequest withKnowledgeBase(Path directory) {
        return new ScanRequest(root, excludes, ownHolders, maxFileBytes, progressInterval, directory, toolOutputs);
    }
}
