/**
 * Rules over a finished scan: one final class per rule with a stable kebab-case id, a default severity, a message
 * naming the files and a fix. A rule reads only the {@link dev.provenance.scan.ScanResult}; it never throws for a
 * finding.
 *
 * <p>A repository's {@code provenance-policy.yaml} ({@link dev.provenance.policy.PolicyFile}) sets the level of each
 * rule, the allowed and denied licenses ({@code license-not-allowed}) and waivers
 * ({@link dev.provenance.policy.Waiver}); {@link dev.provenance.policy.Policy#with} applies it. Waived violations
 * leave the result's violations for its {@code waivers}, so that the report lists everything that was accepted;
 * expired and unused waivers are reported ({@code waiver-expired}, {@code waiver-unused}).
 */
package dev.provenance.policy;
