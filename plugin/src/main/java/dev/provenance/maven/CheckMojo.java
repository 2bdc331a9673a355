package dev.provenance.maven;

import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.report.JsonReportWriter;
import dev.provenance.report.ReportWriter;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans a directory — the project, or any checkout given with {@code -Dprovenance.directory} — for what it declares
 * (licenses, copyright holders, notices) and, with a knowledge base ({@code -Dprovenance.kb}), for code and
 * configuration copied from indexed components; writes {@code provenance-report.json}, and fails the build on
 * violations at or above {@code provenance.failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** Skip the check. */
    @Parameter(property = "provenance.skip", defaultValue = "false")
    private boolean skip;

    // Maven 3.8 converts parameters to File, not Path: each is turned into a Path on first use.

    /** The directory to scan; by default the project's base directory, or the current directory without a project. */
    @Parameter(property = "provenance.directory")
    private File directory;

    /** Where reports are written; by default {@code target/provenance} of the project, or of the current directory. */
    @Parameter(property = "provenance.outputDirectory")
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Fail the build on violations of this severity or worse: {@code ERROR}, {@code WARNING}, {@code INFO} or {@code NONE}. */
    @Parameter(property = "provenance.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /** Report formats to write, comma-separated. */
    @Parameter(property = "provenance.formats", defaultValue = "json")
    private List<String> formats;

    /** Paths to leave out, as globs in .gitignore syntax relative to the scanned directory, comma-separated. */
    @Parameter(property = "provenance.excludes")
    private List<String> excludes;

    /** The repository's own copyright holders, comma-separated; by default the scan decides from LICENSE, NOTICE and manifests. */
    @Parameter(property = "provenance.ownHolders")
    private List<String> ownHolders;

    /**
     * The knowledge base to match code and configuration against (built with {@code provenance:index}); by default
     * {@code ~/.provenance/kb} when it exists. Without one, no snippets are matched.
     */
    @Parameter(property = "provenance.kb")
    private File kb;

    /** Files larger than this many bytes are inventoried but not analysed. */
    @Parameter(property = "provenance.maxFileBytes", defaultValue = "16777216")
    private long maxFileBytes;

    /** Seconds between progress lines during a long scan. */
    @Parameter(property = "provenance.progressSeconds", defaultValue = "5")
    private int progressSeconds;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Provenance check skipped");
            return;
        }
        Optional<Severity> threshold = threshold();
        List<ReportWriter> writers = writers();
        Path output = outputDirectory().toAbsolutePath().normalize();
        ScanRequest request = request(output);
        getLog().info("Scanning " + request.root());
        ScanResult result;
        try {
            result = new Scanner().scan(request, new LogListener(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot scan " + request.root() + ": " + e.getMessage(), e);
        }
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

    private ScanRequest request(Path output) throws MojoExecutionException {
        Path root = (directory != null ? directory.toPath() : baseDirectory()).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("provenance.directory " + root + " is not a directory");
        }
        if (maxFileBytes < 1) {
            throw new MojoExecutionException("provenance.maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (progressSeconds < 1) {
            throw new MojoExecutionException("provenance.progressSeconds must be positive, was " + progressSeconds);
        }
        Path knowledgeBase = knowledgeBase(root);
        List<String> globs = new ArrayList<>(clean(excludes));
        // Our own output and the KB are never part of what is scanned, even when they lie inside the tree.
        for (Path ours : knowledgeBase == null ? List.of(output) : List.of(output, knowledgeBase)) {
            if (ours.startsWith(root) && !ours.equals(root)) {
                globs.add("/" + root.relativize(ours).toString().replace('\\', '/') + "/");
            }
        }
        return ScanRequest.of(root)
                .withKnowledgeBase(knowledgeBase)
                .withExcludes(globs)
                .withOwnHolders(clean(ownHolders))
                .withMaxFileBytes(maxFileBytes)
                .withProgressInterval(Duration.ofSeconds(progressSeconds));
    }

    /** The KB given, which must exist; else the default one when it exists; else none. */
    private Path knowledgeBase(Path root) throws MojoExecutionException {
        if (kb != null) {
            Path given = kb.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(given)) {
                throw new MojoExecutionException("provenance.kb " + given + " is not a knowledge base directory: "
                        + "build one with provenance:index, or leave provenance.kb unset");
            }
            return given;
        }
        Path home = Path.of(System.getProperty("user.home"), ".provenance", "kb");
        return Files.isDirectory(home) ? home : null;
    }

    /** Whether Maven runs with a real pom, not its stand-in for a directory without one. */
    private boolean hasProject() {
        return project != null && project.getFile() != null;
    }

    private Path baseDirectory() {
        return hasProject() ? project.getBasedir().toPath() : Path.of(session.getExecutionRootDirectory());
    }

    private Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        Path target = hasProject() ? Path.of(project.getBuild().getDirectory()) : baseDirectory().resolve("target");
        return target.resolve("provenance");
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

    private List<ReportWriter> writers() throws MojoExecutionException {
        Set<String> wanted = new LinkedHashSet<>();
        for (String format : clean(formats)) {
            wanted.add(format.toLowerCase(Locale.ROOT));
        }
        if (wanted.isEmpty()) {
            wanted.add("json");
        }
        List<ReportWriter> writers = new ArrayList<>();
        for (String format : wanted) {
            if (format.equals("json")) {
                writers.add(new JsonReportWriter());
            } else {
                throw new MojoExecutionException("Unknown report format '" + format
                        + "' in provenance.formats; supported: json");
            }
        }
        return writers;
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

    private static List<String> clean(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    cleaned.add(value.trim());
                }
            }
        }
        return cleaned;
    }

    static String line(Violation v) {
        return "[" + v.rule() + "] " + v.location() + " " + v.message();
    }
}
