package dev.provenance.archive;

import dev.provenance.scan.IssueCode;

/** Why an archive entry was not read, or why an archive stopped early. */
public enum ArchiveRefusal {
    /** A {@code ..} segment: the name climbs out of the archive. The entry is skipped. */
    PATH_TRAVERSAL(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** An absolute name ({@code /etc/passwd}, {@code C:\…}). The entry is skipped. */
    ABSOLUTE_PATH(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** A name with a NUL character or longer than 4,096 characters. The entry is skipped. */
    BAD_NAME(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** A symbolic or hard link entry. Skipped: links are never followed. */
    LINK(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** A device, FIFO or other special entry. Skipped. */
    SPECIAL_FILE(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** An entry larger than the per-entry cap. Skipped. */
    TOO_LARGE(IssueCode.TOO_LARGE, false),
    /**
     * An entry whose decompressed size outgrows its compressed size past the ratio cap (a decompression bomb). A zip
     * entry is skipped and the archive goes on (its entries are independent); a compressed tar stream stops.
     */
    COMPRESSION_RATIO(IssueCode.DECOMPRESSION_BOMB, false),
    /** The entry-count cap was reached. The archive stops; what was read is kept. */
    TOO_MANY_ENTRIES(IssueCode.LIMIT_REACHED, true),
    /** The cap on decompressed bytes was reached. The archive stops; what was read is kept. */
    TOTAL_TOO_LARGE(IssueCode.LIMIT_REACHED, true),
    /** An archive inside an archive deeper than allowed. It is skipped. */
    NESTED_TOO_DEEP(IssueCode.LIMIT_REACHED, false),
    /** A second entry with the name of an earlier one. The first is kept. */
    DUPLICATE(IssueCode.UNSAFE_ARCHIVE_ENTRY, false),
    /** An entry that cannot be decompressed (encrypted, unsupported method, corrupt). Skipped. */
    UNREADABLE(IssueCode.UNREADABLE, false);

    private final IssueCode issueCode;
    private final boolean stopsArchive;

    ArchiveRefusal(IssueCode issueCode, boolean stopsArchive) {
        this.issueCode = issueCode;
        this.stopsArchive = stopsArchive;
    }

    /** The scan issue code it is reported with. */
    public IssueCode issueCode() {
        return issueCode;
    }

    /** Whether reading the archive stops here (otherwise only the entry is skipped). */
    public boolean stopsArchive() {
        return stopsArchive;
    }
}
