package dev.provenance.license;

/** One kind of duty a license attaches to a copy of the code; the obligations table lists them per license. */
public enum Duty {
    /** Keep the upstream copyright notices (where: {@link NoticePlacement}). */
    COPYRIGHT_NOTICE,
    /** Ship the license text (or, where the license allows it, its URI) with the copy. */
    LICENSE_TEXT,
    /** Carry the attribution notices of the upstream NOTICE ("Notice") text file on (Apache-2.0 4(d)). */
    NOTICE_FILE,
    /** Mark modified files (or the work) as changed (Apache-2.0 4(b), GPL-2.0 2(a)). */
    STATE_CHANGES,
    /** Make the source available (how much: {@link DisclosureScope}). */
    SOURCE_DISCLOSURE,
    /** License derivatives under the same license (copyleft, share-alike). */
    SHARE_ALIKE,
    /** A restriction on use that travels with the copy (CC-BY-NC, model licenses' use policies). */
    USE_RESTRICTION,
    /** Another duty: a display ("Built with Llama"), a naming rule. */
    CONDITION,
    /** The license waives or dedicates its rights: nothing needs to travel with a copy (CC0-1.0, Unlicense). */
    NO_ATTRIBUTION
}
