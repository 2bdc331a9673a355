/**
 * Copyright statements and credits: {@link dev.provenance.notice.CopyrightExtractor} reads copyright statements from
 * file headers and legal files, {@link dev.provenance.notice.HolderNames} compares holder names,
 * {@link dev.provenance.notice.NoticeFile} parses third-party notice files, and
 * {@link dev.provenance.notice.OwnHolders} decides the repository's own holders.
 */
package dev.provenance.notice;
