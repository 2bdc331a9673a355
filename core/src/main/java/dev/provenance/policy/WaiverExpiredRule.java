package dev.provenance.policy;

import dev.provenance.text.LineRange;

/**
 * A waiver past its {@code expires} date. It no longer applies (the findings it covered are reported again) and is
 * itself reported at the waiver's line in the policy file. Produced by {@link Policy} while it applies waivers.
 */
final class WaiverExpiredRule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "waiver-expired", Severity.ERROR,
            "A waiver in the policy file has expired",
            "Renew the waiver with a new date and reason, or fix the finding.");

    private WaiverExpiredRule() {
    }

    /** The violation for {@code waiver} of policy file {@code source}, which would have covered {@code covered}. */
    static Violation violation(String source, Waiver waiver, int covered) {
        String again = switch (covered) {
            case 0 -> "it covers no current finding";
            case 1 -> "the finding it covered is reported again";
            default -> "the " + covered + " findings it covered are reported again";
        };
        return Violation.of(DESCRIPTOR, source, waiver.line() > 0 ? LineRange.of(waiver.line()) : null,
                "the waiver at " + at(source, waiver) + " for " + waiver.scope() + " expired on " + waiver.expires()
                        + " and no longer applies; " + again);
    }

    /** {@code provenance-policy.yaml:12}, or the file alone for a waiver not read from it. */
    static String at(String source, Waiver waiver) {
        return waiver.line() > 0 ? source + ":" + waiver.line() : source;
    }
}
