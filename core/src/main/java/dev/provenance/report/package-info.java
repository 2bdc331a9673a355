/**
 * Report writers: each turns one {@link dev.provenance.scan.ScanResult} into one file format — the JSON report for
 * tools, the self-contained HTML page for people (summary, filterable violations, each copy side by side with its
 * upstream).
 *
 * <p>{@link dev.provenance.report.NoticeWriter} is not a report writer: it writes the repository's own third-party
 * notice file (text vendor blocks or Markdown sections, license texts from the SPDX list), which a later scan reads
 * back as the credit for each component it lists.
 */
package dev.provenance.report;
