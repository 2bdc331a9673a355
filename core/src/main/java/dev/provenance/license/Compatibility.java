package dev.provenance.license;

import java.util.List;
import java.util.Objects;

/**
 * Whether code under the {@code inbound} license expression may be distributed under the {@code outbound} one
 * ({@link LicenseCompatibility#check}).
 *
 * @param inbound  the inbound expression, as evaluated (canonical where it could be)
 * @param outbound the outbound expression, as evaluated
 * @param verdict  compatible, incompatible, or needs a person's review
 * @param reason   one sentence naming the pair and why, with the clause it rests on, e.g. {@code GPL-2.0-only code
 *                 cannot be distributed under Apache-2.0: GPL-2.0-only requires the whole work that contains the
 *                 copy to be licensed under GPL-2.0-only (GPL-2.0-only §2(b): "...")}
 * @param clauses  the license clauses the verdict rests on (empty where no table entry applies)
 */
public record Compatibility(String inbound, String outbound, CompatibilityVerdict verdict, String reason,
                            List<LicenseClause> clauses) {
    public Compatibility {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(outbound, "outbound");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a compatibility verdict needs a reason");
        }
        clauses = List.copyOf(clauses);
    }

    /** Whether the verdict is {@link CompatibilityVerdict#COMPATIBLE}. */
    public boolean compatible() {
        return verdict == CompatibilityVerdict.COMPATIBLE;
    }
}
