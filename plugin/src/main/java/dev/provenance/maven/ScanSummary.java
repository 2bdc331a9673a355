package dev.provenance.maven;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.Declaration;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import java.nio.file.Path;
import java.util.ArrayList;
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
        log.info("Violations: " + counts(result));
        for (Violation v : result.violations()) {
            String line = CheckMojo.line(v);
            switch (v.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        for (Path report : reports) {
            log.info("Report: " + report);
        }
    }

    /** One line per file with snippets: how many, from which upstream components, over which lines. */
    private void snippets(List<AttributedSnippet> snippets) {
        Map<String, List<AttributedSnippet>> byFile = new TreeMap<>();
        snippets.forEach(s -> byFile.computeIfAbsent(s.path(), p -> new ArrayList<>()).add(s));
        log.info("Snippets: " + snippets.size() + " in " + byFile.size() + " file" + (byFile.size() == 1 ? "" : "s"));
        for (Map.Entry<String, List<AttributedSnippet>> e : byFile.entrySet()) {
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
