/** Report writers: each turns one {@link dev.provenance.scan.ScanResult} into one file format. */
package dev.provenance.report;
