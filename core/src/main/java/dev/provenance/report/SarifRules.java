package dev.provenance.report;

import dev.provenance.policy.RuleDescriptor;
import dev.provenance.policy.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of one SARIF run, in their {@code ruleIndex} order: the policy's rules in the policy's order, each even
 * without a result, then one rule per other rule id that a violation names, by id.
 */
final class SarifRules {
    /** Rule-level help of a made-up rule whose violations ask for different fixes. */
    static final String SEE_RESULTS = "Each result says what to change and where.";

    private final List<SarifRule> rules;
    private final Map<String, Integer> index;

    private SarifRules(List<SarifRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            positions.putIfAbsent(this.rules.get(i).id(), i);
        }
        this.index = Map.copyOf(positions);
    }

    /**
     * The policy's rules (a repeated id keeps its first descriptor) and a made-up rule for each rule id of
     * {@code violations} the policy lacks: titled after its id, at the severity of its most serious violation, with
     * the fix its violations share (or a pointer to the results when they differ).
     */
    static SarifRules of(List<RuleDescriptor> policy, List<Violation> violations) {
        Map<String, SarifRule> known = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : policy) {
            known.putIfAbsent(descriptor.id(), SarifRule.of(descriptor));
        }
        Map<String, List<Violation>> unknown = new TreeMap<>();
        for (Violation v : violations) {
            if (!known.containsKey(v.rule())) {
                unknown.computeIfAbsent(v.rule(), id -> new ArrayList<>()).add(v);
            }
        }
        List<SarifRule> all = new ArrayList<>(known.values());
        unknown.forEach((id, list) -> all.add(synthesise(id, list)));
        return new SarifRules(all);
    }

    private static SarifRule synthesise(String id, List<Violation> violations) {
        Violation first = violations.stream().min(Violation::compareTo).orElseThrow();
        boolean oneFix = violations.stream().allMatch(v -> v.howToFix().equals(first.howToFix()));
        String fix = oneFix && !first.howToFix().isBlank() ? first.howToFix() : SEE_RESULTS;
        return new SarifRule(id, first.severity(), title(id), fix, true);
    }

    /** {@code Snippet unattributed} for {@code snippet-unattributed}. */
    private static String title(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "Rule " + id;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    List<SarifRule> all() {
        return rules;
    }

    /** The {@code ruleIndex} of a rule id of this run. */
    int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("not a rule of this run: " + id);
        }
        return i;
    }

    SarifRule get(String id) {
        return rules.get(indexOf(id));
    }
}
