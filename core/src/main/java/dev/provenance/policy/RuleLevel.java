package dev.provenance.policy;

import java.util.Optional;

/** A rule's level as a policy file sets it: one of the severities, or {@code OFF} (the rule does not run). */
enum RuleLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), OFF(null);

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    /** The severity, or empty for {@code OFF}. */
    Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }
}
