/**
 * Attribution: for every snippet matched to an upstream file, the evidence that the repository credits that upstream
 * (its copyright lines kept in the copying file's header, its license notice, a notice-file entry, the license text
 * shipped, prose naming it, "Copied from" markers) and the resulting
 * {@link dev.provenance.attribution.AttributionStatus}.
 * Whether the status satisfies the origin's license is read from the obligations table.
 * Everything here is pure: the scanner gathers the files' facts, this package weighs them.
 */
package dev.provenance.attribution;
