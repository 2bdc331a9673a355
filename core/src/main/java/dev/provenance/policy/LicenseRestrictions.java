package dev.provenance.policy;

import dev.provenance.license.LicenseExpression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The policy file's {@code licenses} section: which licenses are denied, and — when {@code allowed} is not empty —
 * the only ones allowed.
 *
 * <p>A license term is judged in this order: a denied entry naming exactly it (with its exception) denies it; an
 * allowed entry naming exactly it allows it; a denied entry naming its license without exception denies it; then,
 * when an allow-list exists, an allowed entry naming its license without exception allows it and anything else is
 * not allowed. So {@code denied: [GPL-2.0-only]} with
 * {@code allowed: [GPL-2.0-only WITH Classpath-exception-2.0]} accepts only the variant with the exception.
 * Expressions are judged as a whole: {@code A OR B} is acceptable when one alternative is, {@code A AND B} when
 * both are.
 *
 * @param source      how the policy file is named in messages
 * @param allowed     the allow-list, in file order; empty for no allow-list
 * @param allowedLine the line of the {@code allowed} key (0 when absent)
 * @param denied      the deny-list, in file order
 */
record LicenseRestrictions(String source, List<LicenseEntry> allowed, int allowedLine, List<LicenseEntry> denied) {
    static final LicenseRestrictions NONE = new LicenseRestrictions("", List.of(), 0, List.of());

    LicenseRestrictions {
        Objects.requireNonNull(source, "source");
        allowed = List.copyOf(allowed);
        denied = List.copyOf(denied);
    }

    boolean isEmpty() {
        return allowed.isEmpty() && denied.isEmpty();
    }

    /**
     * Why {@code expression} is not acceptable, one reason per offending license
     * ({@code GPL-3.0-only is denied (provenance-policy.yaml:6)}); empty when it is acceptable.
     */
    List<String> objections(LicenseExpression expression) {
        Set<String> reasons = new LinkedHashSet<>();
        judge(expression, reasons);
        return new ArrayList<>(reasons);
    }

    /** Whether the expression is acceptable; adds the reasons when it is not. */
    private boolean judge(LicenseExpression expression, Set<String> reasons) {
        if (expression instanceof LicenseExpression.Term term) {
            return judgeTerm(term, reasons);
        }
        if (expression instanceof LicenseExpression.AnyOf any) {
            Set<String> collected = new LinkedHashSet<>();
            for (LicenseExpression alternative : any.options()) {
                if (judge(alternative, collected)) {
                    return true;
                }
            }
            reasons.addAll(collected);
            return false;
        }
        boolean ok = true;
        for (LicenseExpression part : ((LicenseExpression.All) expression).parts()) {
            ok &= judge(part, reasons);
        }
        return ok;
    }

    private boolean judgeTerm(LicenseExpression.Term term, Set<String> reasons) {
        for (LicenseEntry entry : denied) {
            if (entry.matchesExactly(term)) {
                reasons.add(term.render() + " is denied (" + source + ":" + entry.line() + ")");
                return false;
            }
        }
        for (LicenseEntry entry : allowed) {
            if (entry.matchesExactly(term)) {
                return true;
            }
        }
        for (LicenseEntry entry : denied) {
            if (entry.matchesLicense(term)) {
                reasons.add(term.render() + " is denied (" + source + ":" + entry.line() + ")");
                return false;
            }
        }
        if (allowed.isEmpty()) {
            return true;
        }
        for (LicenseEntry entry : allowed) {
            if (entry.matchesLicense(term)) {
                return true;
            }
        }
        reasons.add(term.render() + " is not among the allowed licenses (" + source + ":" + allowedLine + ")");
        return false;
    }
}
