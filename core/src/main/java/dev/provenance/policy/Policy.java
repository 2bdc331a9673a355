package dev.provenance.policy;

import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules a scan is checked against. */
public final class Policy {
    private final List<Rule> rules;

    private Policy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every built-in rule at its default severity. */
    public static Policy defaults() {
        return new Policy(List.of(
                new LicenseUndeclaredRule(),
                new LicenseDeclarationConflictRule(),
                new LicenseUnknownRule(),
                new NoticeIncompleteRule(),
                new SnippetUnattributedRule(),
                new HeaderReplacedRule(),
                new AttributionPartialRule(),
                new CopiedFromMismatchRule()));
    }

    /** The descriptors of the rules, in evaluation order. */
    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(Rule::descriptor).toList();
    }

    /** Runs every rule; the result carries the violations, sorted. */
    public ScanResult evaluate(ScanResult scan) {
        Objects.requireNonNull(scan, "scan");
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            violations.addAll(rule.evaluate(scan));
        }
        return scan.withViolations(violations);
    }
}
