package dev.provenance.report;

import dev.provenance.policy.RuleDescriptor;
import dev.provenance.policy.Severity;
import java.util.Objects;

/**
 * One SARIF {@code reportingDescriptor}: a rule of the policy that ran, or one made up from the violations of a rule
 * the policy did not describe.
 *
 * @param id          the rule id, as results name it
 * @param severity    the default severity, which gives {@code defaultConfiguration.level}
 * @param title       what the rule finds, as a phrase
 * @param howToFix    what a user does about a violation
 * @param synthesised the policy did not describe it; made from its violations
 */
record SarifRule(String id, Severity severity, String title, String howToFix, boolean synthesised) {
    SarifRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(howToFix, "howToFix");
    }

    static SarifRule of(RuleDescriptor descriptor) {
        return new SarifRule(descriptor.id(), descriptor.severity(), descriptor.title(), descriptor.howToFix(), false);
    }

    /** {@code LicenseUndeclared} for {@code license-undeclared}: SARIF's end-user name of the rule. */
    String name() {
        StringBuilder name = new StringBuilder(id.length());
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.isEmpty() ? "Rule" : name.toString();
    }

    /** SARIF's level for a severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
