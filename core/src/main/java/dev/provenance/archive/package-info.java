/**
 * Safe reading of zip, jar, wheel, tar and tar.gz archives ({@link dev.provenance.archive.ArchiveReader}): entries
 * are streamed into memory under caps ({@link dev.provenance.archive.ArchiveLimits}) and never extracted to disk;
 * unsafe entries (path traversal, absolute names, links, devices, bombs) are refused with a
 * {@link dev.provenance.archive.ArchiveNote} each.
 */
package dev.provenance.archive;
