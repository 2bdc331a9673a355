package dev.provenance.attribution;

/** How a copy credits its upstream, judged from the evidence found in the repository. */
public enum AttributionStatus {
    /** The copying file's header keeps the upstream's copyright lines (or, where the upstream has none, its notice). */
    ATTRIBUTED,
    /** The file itself credits nothing, but a notice file (NOTICE, THIRD_PARTY, credits…) names the upstream. */
    NOTICE_ONLY,
    /** Only prose credits the upstream: a README paragraph or a "Copied from" / "Adapted from" marker. */
    PROSE_ONLY,
    /** No copyright header at all in the copying file and no credit anywhere. */
    STRIPPED,
    /** The upstream's copyright lines are gone and another holder's header stands in their place. */
    REPLACED,
    /** The file credits another upstream, but not the one this snippet comes from. */
    PARTIAL
}
