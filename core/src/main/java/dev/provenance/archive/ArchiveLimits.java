package dev.provenance.archive;

/**
 * Caps on reading one archive, so that a hostile archive cannot exhaust memory, disk or time. Nothing is ever
 * extracted to disk; these bound what is decompressed into memory.
 *
 * @param maxEntries     entries (of any kind, nested ones included) after which the archive stops
 * @param maxTotalBytes  decompressed bytes (nested ones included) after which the archive stops
 * @param maxEntryBytes  an entry larger than this is skipped (a source file is never that large)
 * @param maxRatio       decompressed bytes per compressed byte above which an entry (zip) or the whole stream
 *                       (tar.gz) is a decompression bomb
 * @param ratioFloor     the ratio is judged only once this many bytes were decompressed (tiny entries compress
 *                       oddly)
 * @param maxDepth       how many archives deep to read: 0 reads no archive inside an archive, 1 reads archives
 *                       inside the archive but none inside those
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio, long ratioFloor,
                            int maxDepth) {
    /** 100,000 entries, 2 GiB in all, 32 MiB an entry, ratio 100 judged past 1 MiB, one nested level. */
    public static final ArchiveLimits DEFAULT =
            new ArchiveLimits(100_000, 2L << 30, 32L << 20, 100, 1L << 20, 1);

    public ArchiveLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1 || maxEntryBytes > Integer.MAX_VALUE - 16
                || maxRatio < 1 || ratioFloor < 0 || maxDepth < 0) {
            throw new IllegalArgumentException("invalid archive limits " + maxEntries + ", " + maxTotalBytes + ", "
                    + maxEntryBytes + ", " + maxRatio + ", " + ratioFloor + ", " + maxDepth);
        }
    }

    public ArchiveLimits withMaxEntries(int entries) {
        return new ArchiveLimits(entries, maxTotalBytes, maxEntryBytes, maxRatio, ratioFloor, maxDepth);
    }

    public ArchiveLimits withMaxTotalBytes(long bytes) {
        return new ArchiveLimits(maxEntries, bytes, maxEntryBytes, maxRatio, ratioFloor, maxDepth);
    }

    public ArchiveLimits withMaxEntryBytes(long bytes) {
        return new ArchiveLimits(maxEntries, maxTotalBytes, bytes, maxRatio, ratioFloor, maxDepth);
    }

    public ArchiveLimits withMaxDepth(int depth) {
        return new ArchiveLimits(maxEntries, maxTotalBytes, maxEntryBytes, maxRatio, ratioFloor, depth);
    }
}
