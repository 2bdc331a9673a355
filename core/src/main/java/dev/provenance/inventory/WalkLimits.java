package dev.provenance.inventory;

/**
 * Caps on one walk, so that a hostile or runaway tree cannot exhaust the machine. Hitting one yields a
 * {@code ScanIssue}; the walk keeps what it had.
 *
 * @param maxDepth           directories nested deeper than this below the root are not entered
 * @param maxFiles           the walk stops after inventorying this many files
 * @param maxIgnoreFileBytes only this many leading bytes of a {@code .gitignore} or {@code .git/info/exclude} are read
 */
public record WalkLimits(int maxDepth, int maxFiles, int maxIgnoreFileBytes) {
    /** 256 levels, one million files, 1 MiB per ignore file. */
    public static final WalkLimits DEFAULT = new WalkLimits(256, 1_000_000, 1024 * 1024);

    public WalkLimits {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be positive: " + maxFiles);
        }
        if (maxIgnoreFileBytes < 0) {
            throw new IllegalArgumentException("maxIgnoreFileBytes must not be negative: " + maxIgnoreFileBytes);
        }
    }

    public WalkLimits withMaxDepth(int depth) {
        return new WalkLimits(depth, maxFiles, maxIgnoreFileBytes);
    }

    public WalkLimits withMaxFiles(int files) {
        return new WalkLimits(maxDepth, files, maxIgnoreFileBytes);
    }
}
