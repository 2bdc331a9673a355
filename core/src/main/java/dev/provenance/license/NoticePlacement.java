package dev.provenance.license;

/**
 * Where a license requires the upstream copyright notice to be kept, from the least to the most demanding.
 */
public enum NoticePlacement {
    /** No notice needs to travel with a copy (a public-domain dedication, a waiver, 0BSD). */
    NONE,
    /**
     * The notice anywhere in the copies or the distribution satisfies the license (MIT: "included in all copies or
     * substantial portions"; ISC; BSL-1.0; the CC-BY family "in any reasonable manner"): a NOTICE, THIRD_PARTY or
     * credits file will do.
     */
    DISTRIBUTION,
    /**
     * The source copy itself must keep the notices (Apache-2.0 4(c): "retain, in the Source form of any Derivative
     * Works"; BSD: "Redistributions of source code must retain the above copyright notice"; the GNU licenses: "keep
     * intact all the notices").
     */
    SOURCE_FILE;

    /** The more demanding of this and {@code other}. */
    NoticePlacement max(NoticePlacement other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
