package dev.provenance.scan;

import java.util.Locale;

/** Stable codes for problems with scanned input. Reports use {@link #id()}; never rename one. */
public enum IssueCode {
    /** The file could not be read (permissions, vanished, I/O error). */
    UNREADABLE,
    /** Not a regular file or directory (FIFO, socket, device). */
    SPECIAL_FILE,
    /** Text that is not valid in the charset it declares or that was detected; decoded leniently. */
    INVALID_ENCODING,
    /** A file named as text that holds binary content. */
    BINARY_CONTENT,
    /** Larger than the per-file analysis budget; inventoried, not analysed. */
    TOO_LARGE,
    /** The walk reached one of its caps (depth, file count, ignore-file budget); what lies beyond was not walked. */
    LIMIT_REACHED,
    /** Analysis of the file ran past its time budget and was stopped. */
    TIME_BUDGET_EXCEEDED,
    /** JSON that does not parse (trailing commas, truncation …). */
    INVALID_JSON,
    /** YAML that does not parse or exceeds the loader's limits. */
    INVALID_YAML,
    /** TOML that does not parse. */
    INVALID_TOML,
    /** XML that is not well formed. */
    INVALID_XML,
    /** XML with a DOCTYPE (external entities are refused outright). */
    XML_DOCTYPE_REFUSED,
    /** A symbolic link that leads back into its own ancestry. */
    SYMLINK_LOOP,
    /** A symbolic link pointing outside the scanned root; not followed. */
    SYMLINK_OUTSIDE_ROOT,
    /** A symbolic link whose target does not exist. */
    SYMLINK_BROKEN,
    /** A line longer than the detectors read; the rest of the line was ignored. */
    LINE_TOO_LONG,
    /** An archive entry refused as unsafe: a {@code ..} or absolute name, a link, a device, a duplicate name. */
    UNSAFE_ARCHIVE_ENTRY,
    /** An archive entry that decompresses far beyond its compressed size (a decompression bomb). */
    DECOMPRESSION_BOMB,
    /** An SPDX license expression that does not parse. */
    INVALID_LICENSE_EXPRESSION,
    /** A detector failed on this file; the scan went on. */
    DETECTOR_FAILED;

    /** The kebab-case id used in reports, e.g. {@code invalid-json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
