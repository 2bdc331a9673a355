package dev.provenance.license;

/** Whether code under one license may be distributed under another (one way, inbound into outbound). */
public enum CompatibilityVerdict {
    /** The outbound license can carry the inbound code. */
    COMPATIBLE,
    /** A person must decide: the answer depends on facts the table cannot see, or the pair is not in the table. */
    NEEDS_REVIEW,
    /** The inbound license forbids what the outbound license promises. */
    INCOMPATIBLE;

    /** The worse of this and {@code other} (INCOMPATIBLE over NEEDS_REVIEW over COMPATIBLE). */
    CompatibilityVerdict worse(CompatibilityVerdict other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The better of this and {@code other}. */
    CompatibilityVerdict better(CompatibilityVerdict other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
