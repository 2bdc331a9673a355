package dev.provenance.policy;

/** Why a finding is waived: a closed set, so that a report can be audited by reason. */
public enum WaiverReason {
    /** The code is the repository's own work; the match is a coincidence or the upstream copied from here. */
    ORIGINAL_WORK,
    /** The code was not copied: both sides derive from a common source, a specification or generated code. */
    NOT_COPIED,
    /** The origin's license permits the use as it stands (e.g. the credit lives somewhere the scan cannot see). */
    LICENSE_PERMITS,
    /** The material is test data or a fixture, not shipped. */
    TEST_DATA,
    /** Anything else; the waiver's comment must say what. */
    OTHER
}
