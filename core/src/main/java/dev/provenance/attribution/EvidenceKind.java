package dev.provenance.attribution;

/** Where a piece of attribution evidence was found. */
public enum EvidenceKind {
    /** A copyright line of an upstream holder in the copying file's header. */
    HEADER_COPYRIGHT,
    /** The upstream license's notice (or SPDX tag) in the copying file's header. */
    HEADER_LICENSE,
    /** An entry of a notice file naming the upstream component, one of its holders or its URL. */
    NOTICE_ENTRY,
    /** The upstream license's full text shipped in the repository (LICENSES/, a third-party license file). */
    LICENSE_TEXT,
    /** A README or other document naming the upstream component or its URL. */
    PROSE,
    /** A "Copied from", "Adapted from", "based on" or "merged from" marker naming the upstream. */
    MARKER,
    /** A marker naming an origin the matched code does not come from. */
    MARKER_MISMATCH,
    /** A notice file of the repository carrying the attribution notices of the upstream's NOTICE file. */
    NOTICE_PROPAGATED,
    /** A copyright line of a holder other than the upstream's in the copying file's header. */
    OTHER_HOLDER
}
