package dev.provenance.maven;

import dev.provenance.policy.Policy;
import dev.provenance.policy.PolicyFile;
import dev.provenance.policy.PolicyFileException;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that scan a directory share: which directory, which knowledge base and policy, what to leave out,
 * where reports go, and the scan itself.
 */
abstract class AbstractScanMojo extends AbstractMojo {
    // Maven 3.8 converts parameters to File, not Path: each is turned into a Path on first use.

    /** The directory to scan; by default the project's base directory, or the current directory without a project. */
    @Parameter(property = "provenance.directory")
    File directory;

    /** Where reports are written; by default {@code target/provenance} of the project, or of the current directory. */
    @Parameter(property = "provenance.outputDirectory")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Paths to leave out, as globs in .gitignore syntax relative to the scanned directory, comma-separated. */
    @Parameter(property = "provenance.excludes")
    List<String> excludes;

    /** The repository's own copyright holders, comma-separated; by default the scan decides from LICENSE, NOTICE and manifests. */
    @Parameter(property = "provenance.ownHolders")
    List<String> ownHolders;

    /**
     * The knowledge base to match code and configuration against (built with {@code provenance:index}); by default
     * {@code ~/.provenance/kb} when it exists. Without one, no snippets are matched.
     */
    @Parameter(property = "provenance.kb")
    File kb;

    /**
     * The policy file (allowed and denied licenses, rule severities, waivers); by default
     * {@code provenance-policy.yaml} at the root of the scanned directory when there is one.
     */
    @Parameter(property = "provenance.policy")
    File policy;

    /** Files larger than this many bytes are inventoried but not analysed. */
    @Parameter(property = "provenance.maxFileBytes", defaultValue = "16777216")
    long maxFileBytes;

    /** Seconds between progress lines during a long scan. */
    @Parameter(property = "provenance.progressSeconds", defaultValue = "5")
    int progressSeconds;

    /** The scanned directory, absolute. */
    Path root() throws MojoExecutionException {
        Path root = (directory != null ? directory.toPath() : baseDirectory()).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("provenance.directory " + root + " is not a directory");
        }
        return root;
    }

    /** Where reports go, absolute. */
    Path outputDirectory() {
        Path out;
        if (outputDirectory != null) {
            out = outputDirectory.toPath();
        } else {
            Path target = hasProject() ? Path.of(project.getBuild().getDirectory()) : baseDirectory().resolve("target");
            out = target.resolve("provenance");
        }
        return out.toAbsolutePath().normalize();
    }

    /** The policy: the given file, else the scanned directory's {@code provenance-policy.yaml}, else the defaults. */
    Policy policy(Path root) throws MojoExecutionException {
        PolicyFile file;
        try {
            file = policy != null ? PolicyFile.load(policy.toPath().toAbsolutePath().normalize())
                    : PolicyFile.find(root);
        } catch (PolicyFileException e) {
            throw new MojoExecutionException("Invalid policy file: " + e.getMessage(), e);
        }
        if (!file.isEmpty()) {
            getLog().info("Policy: " + file.source() + " (" + file.waivers().size() + " waiver"
                    + (file.waivers().size() == 1 ? "" : "s") + ")");
        }
        for (String warning : file.warnings()) {
            getLog().warn("Policy: " + warning);
        }
        return Policy.configured(file);
    }

    /** Scans {@code request.root()} against {@code rules}. */
    ScanResult scan(ScanRequest request, Policy rules) throws MojoExecutionException {
        getLog().info("Scanning " + request.root());
        try {
            return new Scanner(rules).scan(request, new LogListener(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot scan " + request.root() + ": " + e.getMessage(), e);
        }
    }

    /** The scan request for {@code root}; reports go to {@code output}, which the scan leaves out. */
    ScanRequest request(Path root, Path output) throws MojoExecutionException {
        if (maxFileBytes < 1) {
            throw new MojoExecutionException("provenance.maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (progressSeconds < 1) {
            throw new MojoExecutionException("provenance.progressSeconds must be positive, was " + progressSeconds);
        }
        Path knowledgeBase = knowledgeBase();
        List<String> globs = new ArrayList<>();
        // Our own output, the KB and the project's build directory (its output, not its sources) are never part of
        // what is scanned, even when they lie inside the tree.
        List<Path> ours = new ArrayList<>(List.of(output));
        if (knowledgeBase != null) {
            ours.add(knowledgeBase);
        }
        if (hasProject()) {
            ours.add(Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize());
        }
        for (Path path : ours) {
            if (path.startsWith(root) && !path.equals(root)) {
                globs.add("/" + root.relativize(path).toString().replace('\\', '/') + "/");
            }
        }
        return ScanRequest.of(root)
                .withKnowledgeBase(knowledgeBase)
                .withExcludes(clean(excludes))
                .withToolOutputs(globs)
                .withOwnHolders(clean(ownHolders))
                .withMaxFileBytes(maxFileBytes)
                .withProgressInterval(Duration.ofSeconds(progressSeconds));
    }

    /** The KB given, which must exist; else the default one when it exists; else none. */
    private Path knowledgeBase() throws MojoExecutionException {
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
    boolean hasProject() {
        return project != null && project.getFile() != null;
    }

    Path baseDirectory() {
        return hasProject() ? project.getBasedir().toPath() : Path.of(session.getExecutionRootDirectory());
    }

    static List<String> clean(List<String> values) {
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
}
