package dev.provenance.scan;

import dev.provenance.inventory.Exclusion;
import dev.provenance.inventory.FileKind;
import dev.provenance.license.Declaration;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.UnconfirmedClaim;
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one scan found: the only thing reporters and the plugin see. Lists are sorted, so two scans of the
 * same tree give equal results.
 *
 * @param schemaVersion version of this structure as written to reports
 * @param tool          the scanner's name and version
 * @param root          the scanned directory as given
 * @param files         one entry per inventoried file, by path
 * @param excluded      paths left out and why, by path
 * @param declared      repository-level license declarations, by source
 * @param ownHolders    the repository's own copyright holders
 * @param thirdParty    every other holder, by name
 * @param snippets      code and configuration matched to indexed upstream files, by path and line
 * @param violations    rule violations, most serious first
 * @param waivers       violations the policy file's waivers removed from {@code violations}, in violation order
 * @param issues        problems with the input, by path
 */
public record ScanResult(int schemaVersion, Tool tool, String root, List<FileReport> files, List<Exclusion> excluded,
                         List<Declaration> declared, List<OwnHolder> ownHolders, List<ThirdPartyHolder> thirdParty,
                         List<AttributedSnippet> snippets, List<Violation> violations, List<AppliedWaiver> waivers,
                         List<ScanIssue> issues, List<UnconfirmedClaim> claims) {
    /** Bumped on every incompatible change of the report structure. */
    public static final int SCHEMA_VERSION = 1;

    /** The scanner that produced a result. */
    public record Tool(String name, String version) {
        public Tool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /** A result that no waiver touched. */
    public ScanResult(int schemaVersion, Tool tool, String root, List<FileReport> files, List<Exclusion> excluded,
                      List<Declaration> declared, List<OwnHolder> ownHolders, List<ThirdPartyHolder> thirdParty,
                      List<AttributedSnippet> snippets, List<Violation> violations, List<ScanIssue> issues) {
        this(schemaVersion, tool, root, files, excluded, declared, ownHolders, thirdParty, snippets, violations,
                List.of(), issues, List.of());
    }

    /** A result without unconfirmed claims (no knowledge base, or none found). */
    public ScanResult(int schemaVersion, Tool tool, String root, List<FileReport> files, List<Exclusion> excluded,
                      List<Declaration> declared, List<OwnHolder> ownHolders, List<ThirdPartyHolder> thirdParty,
                      List<AttributedSnippet> snippets, List<Violation> violations, List<AppliedWaiver> waivers,
                      List<ScanIssue> issues) {
        this(schemaVersion, tool, root, files, excluded, declared, ownHolders, thirdParty, snippets, violations,
                waivers, issues, List.of());
    }

    public ScanResult {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(root, "root");
        files = List.copyOf(files);
        excluded = List.copyOf(excluded);
        declared = List.copyOf(declared);
        ownHolders = List.copyOf(ownHolders);
        thirdParty = List.copyOf(thirdParty);
        snippets = snippets.stream().sorted().toList();
        violations = violations.stream().sorted().toList();
        waivers = waivers.stream().sorted().toList();
        issues = issues.stream().sorted().toList();
        claims = claims.stream().sorted().toList();
    }

    /** The same result with {@code newViolations} in place of its violations (the applied waivers kept). */
    public ScanResult withViolations(List<Violation> newViolations) {
        return withEvaluation(newViolations, waivers);
    }

    /** The same result with the outcome of a policy evaluation: the violations left and the waivers applied. */
    public ScanResult withEvaluation(List<Violation> newViolations, List<AppliedWaiver> appliedWaivers) {
        return new ScanResult(schemaVersion, tool, root, files, excluded, declared, ownHolders, thirdParty, snippets,
                newViolations, appliedWaivers, issues, claims);
    }

    /** Files per kind, every kind present (zero where none). */
    public Map<FileKind, Integer> filesByKind() {
        Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            counts.put(kind, 0);
        }
        files.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }

    /** Violations per severity, every severity present. */
    public Map<Severity, Integer> violationsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        violations.forEach(v -> counts.merge(v.severity(), 1, Integer::sum));
        return counts;
    }

    /** Total bytes of the inventoried files. */
    public long totalBytes() {
        return files.stream().mapToLong(FileReport::size).sum();
    }
}
