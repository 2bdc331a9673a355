package dev.provenance.policy;

import java.util.Comparator;
import java.util.Objects;

/**
 * A violation a waiver removed from the result; the report lists every one, so that what was accepted stays
 * visible.
 *
 * @param waiver    the waiver, as written in the policy file
 * @param violation the violation it waived, at the severity the policy gave its rule
 */
public record AppliedWaiver(Waiver waiver, Violation violation) implements Comparable<AppliedWaiver> {
    private static final Comparator<AppliedWaiver> ORDER = Comparator.comparing(AppliedWaiver::violation)
            .thenComparingInt(a -> a.waiver().line());

    public AppliedWaiver {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(violation, "violation");
        if (!waiver.rule().equals(violation.rule())) {
            throw new IllegalArgumentException("a waiver of " + waiver.rule() + " cannot waive " + violation.rule());
        }
    }

    @Override
    public int compareTo(AppliedWaiver o) {
        return ORDER.compare(this, o);
    }
}
