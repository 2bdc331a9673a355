package dev.provenance.policy;

import dev.provenance.text.LineRange;

/**
 * A waiver that matched no finding: stale waivers are how policies rot, since a waiver written for a finding long
 * fixed silently hides the next real one at the same path. Produced by {@link Policy} while it applies waivers.
 */
final class WaiverUnusedRule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "waiver-unused", Severity.INFO,
            "A waiver in the policy file matches no finding",
            "Remove the waiver, or correct its rule, path or origin so that it matches the finding it was written "
                    + "for.");

    private WaiverUnusedRule() {
    }

    /** The violation for {@code waiver} of policy file {@code source}; {@code ruleOff} when its rule is OFF. */
    static Violation violation(String source, Waiver waiver, boolean ruleOff) {
        return Violation.of(DESCRIPTOR, source, waiver.line() > 0 ? LineRange.of(waiver.line()) : null,
                "the waiver at " + WaiverExpiredRule.at(source, waiver) + " for " + waiver.scope()
                        + " matches no finding"
                        + (ruleOff ? " (the rule " + waiver.rule() + " is OFF in the policy)" : ""));
    }
}
