package dev.provenance.maven;

import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.policy.Policy;
import dev.provenance.report.HtmlReportWriter;
import dev.provenance.report.JsonReportWriter;
import dev.provenance.report.SarifReportWriter;
import dev.provenance.report.SpdxReportWriter;
import dev.provenance.report.ReportWriter;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans a directory — the project, or any checkout given with {@code -Dprovenance.directory} — for what it declares
 * (licenses, copyright holders, notices) and, with a knowledge base ({@code -Dprovenance.kb}), for code and
 * configuration copied from indexed components; writes {@code provenance-report.json}, and fails the build on
 * violations at or above {@code provenance.failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public final class CheckMojo extends AbstractScanMojo {
    /** Skip the check. */
    @Parameter(property = "provenance.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build on violations of this severity or worse: {@code ERROR}, {@code WARNING}, {@code INFO} or {@code NONE}. */
    @Parameter(property = "provenance.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /** Report formats to write, comma-separated: {@code json}, {@code html}, {@code sarif}, {@code spdx}. */
    @Parameter(property = "provenance.formats", defaultValue = "json,html")
    private List<String> formats;

    /**
     * The SPDX document's namespace (an absolute URI without {@code #}); by default one derived from what the
     * document states, so that equal scans give equal documents.
     */
    @Parameter(property = "provenance.spdx.namespace")
    private String spdxNamespace;

    /** The build's reproducible timestamp (ISO-8601 or seconds since the epoch): the SPDX document's creation time. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Provenance check skipped");
            return;
        }
        Optional<Severity> threshold = threshold();
        Path root = root();
        Policy rules = policy(root);
        List<ReportWriter> writers = writers(rules);
        Path output = outputDirectory();
        ScanRequest request = request(root, output);
        ScanResult result = scan(request, rules);
        List<Path> reports = new ArrayList<>();
        for (ReportWriter writer : writers) {
            try {
                reports.add(writer.write(result, output));
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write the " + writer.format() + " report to "
                        + output + ": " + e.getMessage(), e);
            }
        }
        new ScanSummary(getLog()).log(result, reports, request.knowledgeBase() != null);
        verdict(result, threshold, reports);
    }

    private Optional<Severity> threshold() throws MojoExecutionException {
        String value = failOnSeverity == null ? "" : failOnSeverity.trim().toUpperCase(Locale.ROOT);
        if (value.equals("NONE")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("provenance.failOnSeverity must be ERROR, WARNING, INFO or NONE, was '"
                    + failOnSeverity + "'");
        }
    }

    private List<ReportWriter> writers(Policy rules) throws MojoExecutionException {
        Set<String> wanted = new LinkedHashSet<>();
        for (String format : clean(formats)) {
            wanted.add(format.toLowerCase(Locale.ROOT));
        }
        if (wanted.isEmpty()) {
            wanted.add("json");
        }
        List<ReportWriter> writers = new ArrayList<>();
        for (String format : wanted) {
            switch (format) {
                case "json" -> writers.add(new JsonReportWriter());
                case "html" -> writers.add(new HtmlReportWriter());
                case "sarif" -> writers.add(sarif(rules));
                case "spdx" -> writers.add(spdx());
                default -> throw new MojoExecutionException("Unknown report format '" + format
                        + "' in provenance.formats; supported: json, html, sarif, spdx");
            }
        }
        return writers;
    }

    /** SARIF paths are relative to the top of a multi-module build, where code scanning looks for files. */
    private SarifReportWriter sarif(Policy rules) {
        SarifReportWriter writer = new SarifReportWriter(rules.descriptors());
        File top = session == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        return hasProject() && top != null ? writer.relativeTo(top.toPath().toAbsolutePath().normalize()) : writer;
    }

    /** SPDX with the configured namespace and the build's reproducible timestamp, when there are. */
    private SpdxReportWriter spdx() throws MojoExecutionException {
        Instant created = null;
        String stamp = outputTimestamp == null ? "" : outputTimestamp.trim();
        if (!stamp.isEmpty()) {
            try {
                created = stamp.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(stamp))
                        : OffsetDateTime.parse(stamp).toInstant();
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new MojoExecutionException("project.build.outputTimestamp '" + outputTimestamp
                        + "' is neither an ISO-8601 date-time nor seconds since the epoch");
            }
        }
        String namespace = spdxNamespace == null || spdxNamespace.isBlank() ? null : spdxNamespace.trim();
        try {
            return new SpdxReportWriter(null, namespace, created);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("provenance.spdx.namespace: " + e.getMessage());
        }
    }

    private void verdict(ScanResult result, Optional<Severity> threshold, List<Path> reports)
            throws MojoFailureException {
        if (threshold.isEmpty()) {
            return;
        }
        long failing = result.violations().stream().filter(v -> v.severity().atLeast(threshold.get())).count();
        if (failing > 0) {
            throw new MojoFailureException("Provenance found " + failing + " violation" + (failing == 1 ? "" : "s")
                    + " at or above " + threshold.get() + " (" + ScanSummary.counts(result) + "); see "
                    + reports.get(0));
        }
    }

    static String line(Violation v) {
        return "[" + v.rule() + "] " + v.location() + " " + v.message();
    }
}
