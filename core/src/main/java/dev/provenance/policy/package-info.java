/**
 * Rules over a finished scan: one final class per rule with a stable kebab-case id, a default severity, a message
 * naming the files and a fix. A rule reads only the {@link dev.provenance.scan.ScanResult}; it never throws for a
 * finding.
 */
package dev.provenance.policy;
