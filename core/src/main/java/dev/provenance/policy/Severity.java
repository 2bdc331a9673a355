package dev.provenance.policy;

/** How serious a violation is. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Whether this severity is {@code threshold} or more serious. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
