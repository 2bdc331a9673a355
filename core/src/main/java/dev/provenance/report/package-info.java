/**
 * Report writers: each turns one {@link dev.provenance.scan.ScanResult} into one file format — the JSON report for
 * tools, the self-contained HTML page for people (summary, filterable violations, each copy side by side with its
 * upstream).
 */
package dev.provenance.report;
