package dev.provenance.policy;

import dev.provenance.attribution.AttributionDuties;
import dev.provenance.license.LicenseCompatibility;

import dev.provenance.scan.ScanResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules a scan is checked against, with what a policy file sets: rule levels, license restrictions and waivers.
 *
 * <p>Evaluation: every rule that is not {@code OFF} runs, its violations take the level the policy file gives the
 * rule; each violation that an unexpired waiver matches is moved from the violations to the applied waivers (the
 * first matching waiver in file order is recorded); an expired waiver applies to nothing and is reported
 * ({@code waiver-expired}); an unexpired waiver that matches no violation is reported ({@code waiver-unused}).
 */
public final class Policy {
    private final List<Rule> rules;
    private final PolicyFile file;

    private Policy(List<Rule> rules, PolicyFile file) {
        this.rules = List.copyOf(rules);
        this.file = file;
    }

    /** Every built-in rule at its default severity, no license restrictions, no waivers. */
    public static Policy defaults() {
        return new Policy(List.of(
                new LicenseUndeclaredRule(),
                new LicenseDeclarationConflictRule(),
                new LicenseUnknownRule(),
                new NoticeIncompleteRule(),
                new SnippetUnattributedRule(),
                new HeaderReplacedRule(),
                new AttributionPartialRule(),
                new CopiedFromMismatchRule(),
                new LicenseTextMissingRule(AttributionDuties.standard()),
                new NoticeNotPropagatedRule(AttributionDuties.standard()),
                new LicenseIncompatibleRule(LicenseCompatibility.standard()),
                new LicenseNotAllowedRule(LicenseRestrictions.NONE)), PolicyFile.empty());
    }

    /** The built-in rules configured by {@code file}: {@code defaults().with(file)}. */
    public static Policy configured(PolicyFile file) {
        return defaults().with(file);
    }

    /** This policy's rules configured by {@code file} (levels, license restrictions, waivers), replacing any other. */
    public Policy with(PolicyFile file) {
        Objects.requireNonNull(file, "file");
        List<Rule> configured = rules.stream()
                .map(r -> r instanceof LicenseNotAllowedRule ? new LicenseNotAllowedRule(file.licenses()) : r)
                .toList();
        return new Policy(configured, file);
    }

    /** The policy file this policy applies ({@link PolicyFile#empty()} for the defaults). */
    public PolicyFile file() {
        return file;
    }

    /**
     * The descriptors of the rules that run, in evaluation order, at the severity the policy file gives them (rules
     * set {@code OFF} left out), followed by the rules about waivers.
     */
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> out = new ArrayList<>();
        for (RuleDescriptor descriptor : allDescriptors()) {
            RuleLevel level = file.levels().get(descriptor.id());
            if (level == null) {
                out.add(descriptor);
            } else {
                level.severity().ifPresent(s -> out.add(new RuleDescriptor(descriptor.id(), s, descriptor.title(),
                        descriptor.howToFix())));
            }
        }
        return out;
    }

    /** Every rule id a policy file may name: the built-in rules and the rules about waivers. */
    static Set<String> knownRuleIds() {
        Set<String> ids = new TreeSet<>();
        defaults().allDescriptors().forEach(d -> ids.add(d.id()));
        return ids;
    }

    private List<RuleDescriptor> allDescriptors() {
        List<RuleDescriptor> all = new ArrayList<>();
        rules.forEach(r -> all.add(r.descriptor()));
        all.add(WaiverExpiredRule.DESCRIPTOR);
        all.add(WaiverUnusedRule.DESCRIPTOR);
        return all;
    }

    /** {@link #evaluate(ScanResult, LocalDate)} with today's date in UTC. */
    public ScanResult evaluate(ScanResult scan) {
        return evaluate(scan, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Runs every rule and applies the waivers as of {@code today}; the result carries the remaining violations and
     * the applied waivers, sorted.
     */
    public ScanResult evaluate(ScanResult scan, LocalDate today) {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(today, "today");
        Map<String, RuleLevel> levels = file.levels();
        List<Violation> found = new ArrayList<>();
        for (Rule rule : rules) {
            RuleLevel level = levels.get(rule.descriptor().id());
            if (level == RuleLevel.OFF) {
                continue;
            }
            for (Violation violation : rule.evaluate(scan)) {
                found.add(level == null ? violation : violation.withSeverity(level.severity().orElseThrow()));
            }
        }

        List<CompiledWaiver> waivers = file.waivers().stream().map(CompiledWaiver::new).toList();
        List<Violation> kept = new ArrayList<>();
        List<AppliedWaiver> applied = new ArrayList<>();
        int[] matches = new int[waivers.size()];
        for (Violation violation : found) {
            CompiledWaiver first = null;
            for (int i = 0; i < waivers.size(); i++) {
                CompiledWaiver waiver = waivers.get(i);
                if (waiver.matches(violation)) {
                    matches[i]++;
                    if (first == null && !waiver.waiver.expiredOn(today)) {
                        first = waiver;
                    }
                }
            }
            if (first == null) {
                kept.add(violation);
            } else {
                applied.add(new AppliedWaiver(first.waiver, violation));
            }
        }
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i).waiver;
            if (waiver.expiredOn(today)) {
                report(kept, levels, WaiverExpiredRule.violation(file.source(), waiver, matches[i]));
            } else if (matches[i] == 0) {
                report(kept, levels, WaiverUnusedRule.violation(file.source(), waiver,
                        levels.get(waiver.rule()) == RuleLevel.OFF));
            }
        }
        return scan.withEvaluation(kept, applied);
    }

    private static void report(List<Violation> violations, Map<String, RuleLevel> levels, Violation violation) {
        RuleLevel level = levels.get(violation.rule());
        if (level == null) {
            violations.add(violation);
        } else {
            Optional<Severity> severity = level.severity();
            severity.ifPresent(s -> violations.add(violation.withSeverity(s)));
        }
    }

    /** A waiver with its globs compiled once per evaluation. */
    private static final class CompiledWaiver {
        private final Waiver waiver;
        private final PathPattern path;
        private final OriginPattern origin;

        CompiledWaiver(Waiver waiver) {
            this.waiver = waiver;
            this.path = waiver.path().isEmpty() ? null : PathPattern.compile(waiver.path());
            this.origin = waiver.origin().isEmpty() ? null : OriginPattern.compile(waiver.origin());
        }

        boolean matches(Violation violation) {
            return waiver.rule().equals(violation.rule())
                    && (path == null || path.matches(violation.path()))
                    && (origin == null || origin.matches(violation.origin()));
        }
    }
}
