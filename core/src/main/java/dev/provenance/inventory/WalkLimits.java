package dev.provenance.inventory;

/**
 * Caps on one walk, so that a hostile or runaway tree cannot exhaust the machine. Hitting one yields a
 * {@code ScanIssue}; the walk keeps what it had.
 *
 * @param maxDepth            directories nested deeper than this below the root are not entered
 * @param maxFiles            the walk stops after inventorying this many files
 * @param maxIgnoreFileBytes  only this many leading bytes of one {@code .gitignore} or {@code .git/info/exclude}
 *                            are applied
 * @param maxIgnoreBytesTotal ignore files read after this many bytes of them in one walk are not applied
 */
public record WalkLimits(int maxDepth, int maxFiles, int maxIgnoreFileBytes, long maxIgnoreBytesTotal) {
    /** 256 levels, one million files, 1 MiB per ignore file, 16 MiB of ignore files in all. */
    public static final WalkLimits DEFAULT = new WalkLimits(256, 1_000_000, 1024 * 1024, 16L * 1024 * 1024);

    public WalkLimits {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be positive: " + maxFiles);
        }
        if (maxIgnoreFileBytes < 0 || maxIgnoreBytesTotal < 0) {
            throw new IllegalArgumentException("ignore file budgets must not be negative: " + maxIgnoreFileBytes
                    + ", " + maxIgnoreBytesTotal);
        }
    }

    public WalkLimits withMaxDepth(int depth) {
        return new WalkLimits(depth, maxFiles, maxIgnoreFileBytes, maxIgnoreBytesTotal);
    }

    public WalkLimits withMaxFiles(int files) {
        return new WalkLimits(maxDepth, files, maxIgnoreFileBytes, maxIgnoreBytesTotal);
    }

    public WalkLimits withIgnoreFileBudgets(int perFile, long total) {
        return new WalkLimits(maxDepth, maxFiles, perFile, total);
    }
}
