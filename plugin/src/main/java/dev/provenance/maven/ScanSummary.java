package dev.provenance.maven;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.Declaration;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Waiver;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/** The end-of-scan summary on Maven's log: one line per fact a user acts on, one line per violation. */
final class ScanSummary {
    /** Third-party holders listed by name before the rest are counted. */
    private static final int HOLDERS_SHOWN = 20;
    /** Upstream components listed by lines copied. */
    private static final int COMPONENTS_SHOWN = 5;
    /** Files with snippets listed one per line. */
    private static final int FILES_SHOWN = 20;

    private final Log log;

    ScanSummary(Log log) {
        this.log = log;
    }

    void log(ScanResult result, List<Path> reports, boolean matched) {
        log.info("Files: " + result.files().size() + byKind(result.filesByKind()));
        log.info("Repository licenses: " + declared(result.declared()));
        log.info("Own holders: " + (result.ownHolders().isEmpty() ? "none found"
                : result.ownHolders().stream().map(OwnHolder::name).collect(Collectors.joining(", "))));
        log.info("Third-party holders: " + result.thirdParty().size());
        int shown = 0;
        for (ThirdPartyHolder holder : result.thirdParty()) {
            if (shown++ == HOLDERS_SHOWN) {
                log.info("  … and " + (result.thirdParty().size() - HOLDERS_SHOWN) + " more in the report");
                break;
            }
            log.info("  " + holder.holder() + ": " + holder.files().size() + " file"
                    + (holder.files().size() == 1 ? "" : "s")
                    + (holder.licenses().isEmpty() ? "" : " [" + String.join(", ", holder.licenses()) + "]"));
        }
        if (matched) {
            snippets(result.snippets());
        }
        if (!result.issues().isEmpty()) {
            log.warn("Input issues: " + result.issues().size());
            for (ScanIssue issue : result.issues()) {
                log.warn("[" + issue.code().id() + "] " + issue.path() + ": " + issue.message());
            }
        }
        waivers(result.waivers());
        log.info("Violations: " + counts(result));
        violations(result.violations());
        for (Path report : reports) {
            log.info("Report: " + report);
        }
    }

    /**
     * The snippets: the count, the verdicts, the top upstream components, then one line per file (the first
     * {@link #FILES_SHOWN}; the report has them all).
     */
    private void snippets(List<AttributedSnippet> snippets) {
        Map<String, List<AttributedSnippet>> byFile = new TreeMap<>();
        snippets.forEach(s -> byFile.computeIfAbsent(s.path(), p -> new ArrayList<>()).add(s));
        log.info("Snippets: " + snippets.size() + " in " + byFile.size() + " file" + (byFile.size() == 1 ? "" : "s"));
        if (snippets.isEmpty()) {
            return;
        }
        Map<AttributionStatus, Long> verdicts = new EnumMap<>(AttributionStatus.class);
        snippets.forEach(s -> verdicts.merge(s.attribution().status(), 1L, Long::sum));
        long unsatisfied = snippets.stream().filter(s -> !s.attribution().satisfied()).count();
        log.info("Verdicts: " + verdicts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + "; " + unsatisfied + " not credited as their license requires");
        Map<String, List<AttributedSnippet>> byComponent = new TreeMap<>();
        snippets.forEach(s -> byComponent.computeIfAbsent(s.origin().coordinates(), c -> new ArrayList<>()).add(s));
        List<Map.Entry<String, List<AttributedSnippet>>> top = byComponent.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<AttributedSnippet>> e) -> -lines(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(COMPONENTS_SHOWN)
                .toList();
        log.info("Upstream components: " + byComponent.size());
        for (Map.Entry<String, List<AttributedSnippet>> e : top) {
            List<AttributedSnippet> in = e.getValue();
            String license = in.get(0).origin().license();
            long files = in.stream().map(AttributedSnippet::path).distinct().count();
            log.info("  " + e.getKey() + " (" + (license.isEmpty() ? "license unknown" : license) + "): " + files
                    + " file" + (files == 1 ? "" : "s") + ", " + lines(in) + " lines copied");
        }
        if (byComponent.size() > top.size()) {
            log.info("  … and " + (byComponent.size() - top.size()) + " more in the report");
        }
        int shown = 0;
        for (Map.Entry<String, List<AttributedSnippet>> e : byFile.entrySet()) {
            if (shown++ == FILES_SHOWN) {
                log.info("  … and " + (byFile.size() - FILES_SHOWN) + " more files in the report");
                break;
            }
            List<AttributedSnippet> in = e.getValue();
            String origins = in.stream().map(s -> s.origin().coordinates()).distinct().sorted()
                    .collect(Collectors.joining(", "));
            String lines = in.stream().map(s -> s.lines().toString()).collect(Collectors.joining(", "));
            String types = in.stream().map(s -> s.match().wholeFile() ? "WHOLE FILE" : s.match().cloneType().name())
                    .distinct().collect(Collectors.joining("/"));
            String statuses = in.stream().map(s -> s.attribution().status().name()).distinct()
                    .collect(Collectors.joining("/"));
            log.info("  " + e.getKey() + ": " + in.size() + " snippet" + (in.size() == 1 ? "" : "s") + " from "
                    + origins + ", lines " + lines + " (" + types + "), " + statuses);
        }
    }

    private static long lines(List<AttributedSnippet> snippets) {
        return snippets.stream().mapToLong(s -> s.lines().length()).sum();
    }

    /** Every waiver applied: what it waived, why, and until when. */
    private void waivers(List<AppliedWaiver> waivers) {
        if (waivers.isEmpty()) {
            return;
        }
        log.info("Waived: " + waivers.size());
        for (AppliedWaiver applied : waivers) {
            Waiver w = applied.waiver();
            log.info("  [" + applied.violation().rule() + "] " + applied.violation().location() + " waived by "
                    + "line " + w.line() + " (" + w.reason() + (w.comment().isEmpty() ? "" : ": " + w.comment())
                    + (w.expires() == null ? "" : "; until " + w.expires()) + ")");
        }
    }

    /**
     * One line per violation: those about no upstream first, then those about each upstream component, under a line
     * naming it.
     */
    private void violations(List<Violation> violations) {
        Map<String, List<Violation>> byOrigin = new TreeMap<>();
        for (Violation v : violations) {
            if (v.origin().isEmpty()) {
                emit(v);
            } else {
                byOrigin.computeIfAbsent(v.origin(), o -> new ArrayList<>()).add(v);
            }
        }
        for (Map.Entry<String, List<Violation>> e : byOrigin.entrySet()) {
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            e.getValue().forEach(v -> counts.merge(v.severity(), 1L, Long::sum));
            log.info("Upstream " + e.getKey() + ": " + counts.entrySet().stream()
                    .map(c -> c.getValue() + " " + c.getKey()).collect(Collectors.joining(", ")));
            e.getValue().forEach(this::emit);
        }
    }

    private void emit(Violation v) {
        String line = CheckMojo.line(v);
        switch (v.severity()) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }

    static String counts(ScanResult result) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Map.Entry<Severity, Integer> e : result.violationsBySeverity().entrySet()) {
            joiner.add(e.getValue() + " " + e.getKey());
        }
        return joiner.toString();
    }

    private static String byKind(Map<FileKind, Integer> counts) {
        String listed = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "" : " (" + listed + ")";
    }

    private static String declared(List<Declaration> declared) {
        if (declared.isEmpty()) {
            return "none declared";
        }
        return declared.stream()
                .map(d -> d.expression() + " (" + d.source() + ")")
                .collect(Collectors.joining(", "));
    }
}
