package dev.provenance.maven;

import dev.provenance.index.ComponentIndexer;
import dev.provenance.scan.ScanIssue;
import dev.provenance.text.ByteSize;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Adds components to a knowledge base of known code: a directory or an archive given with
 * {@code -Dprovenance.source}, or Maven coordinates given with {@code -Dprovenance.artifacts=g:a:v,…}, resolved to
 * their {@code -sources.jar} through Maven's own resolver with the user's settings and repositories.
 */
@Mojo(name = "index", requiresProject = false, threadSafe = true)
public final class IndexMojo extends AbstractMojo {
    private final RepositorySystem repositorySystem;

    /** The knowledge base directory. */
    @Parameter(property = "provenance.kb", defaultValue = "${user.home}/.provenance/kb")
    private File kb;

    /** A directory or an archive (zip, jar, wheel, tar, tar.gz, tgz) holding one component's sources. */
    @Parameter(property = "provenance.source")
    private File source;

    /** The component's name, with {@code provenance.source}. */
    @Parameter(property = "provenance.component")
    private String component;

    /** The component's version, with {@code provenance.source}. */
    @Parameter(property = "provenance.version")
    private String version;

    /** The component's SPDX license expression; detected from its files when not given. */
    @Parameter(property = "provenance.license")
    private String license;

    /** The component's home or source URL. */
    @Parameter(property = "provenance.url")
    private String url;

    /** The component's package URL. */
    @Parameter(property = "provenance.purl")
    private String purl;

    /** Maven coordinates {@code groupId:artifactId:version}, comma-separated, indexed from their sources jars. */
    @Parameter(property = "provenance.artifacts")
    private List<String> artifacts;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    @Inject
    public IndexMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> coordinates = clean(artifacts);
        if (source == null && coordinates.isEmpty()) {
            throw new MojoExecutionException("Nothing to index: give -Dprovenance.source=<dir or archive> with "
                    + "-Dprovenance.component=<name> -Dprovenance.version=<version>, or "
                    + "-Dprovenance.artifacts=<groupId:artifactId:version,…>");
        }
        ComponentIndexer indexer = new ComponentIndexer(kb.toPath().toAbsolutePath().normalize());
        if (source != null) {
            if (blank(component) || blank(version)) {
                throw new MojoExecutionException("-Dprovenance.source needs -Dprovenance.component=<name> and "
                        + "-Dprovenance.version=<version>");
            }
            index(indexer, new ComponentIndexer.Request(source.toPath(), component.trim(), version.trim(), license,
                    url, purl));
        }
        int missing = 0;
        for (String gav : coordinates) {
            String[] parts = gav.split(":");
            if (parts.length != 3 || blank(parts[0]) || blank(parts[1]) || blank(parts[2])) {
                throw new MojoExecutionException("provenance.artifacts entry '" + gav
                        + "' is not groupId:artifactId:version");
            }
            Path jar = sourcesJar(parts[0], parts[1], parts[2]);
            if (jar == null) {
                missing++;
                continue;
            }
            index(indexer, new ComponentIndexer.Request(jar, parts[0] + ":" + parts[1], parts[2], license, url,
                    "pkg:maven/" + parts[0] + "/" + parts[1] + "@" + parts[2]));
        }
        if (missing > 0) {
            getLog().warn(missing + " of " + coordinates.size() + " artifacts had no sources jar and were not indexed");
        }
    }

    private Path sourcesJar(String groupId, String artifactId, String version) {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(groupId, artifactId, "sources", "jar", version), remoteRepositories, null);
        try {
            ArtifactResult result = repositorySystem.resolveArtifact(repositorySession, request);
            return result.getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            getLog().warn("No sources jar for " + groupId + ":" + artifactId + ":" + version + ": "
                    + firstLine(e.getMessage()));
            return null;
        }
    }

    private void index(ComponentIndexer indexer, ComponentIndexer.Request request) throws MojoExecutionException {
        ComponentIndexer.Outcome outcome;
        try {
            outcome = indexer.index(request);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot index " + request.source() + " into " + kb + ": "
                    + e.getMessage(), e);
        }
        var summary = outcome.summary();
        var c = outcome.component();
        getLog().info("Indexed " + c.coordinates() + ": " + summary.files() + " files (" + summary.lexedFiles()
                + " fingerprinted), " + ByteSize.of(summary.sourceBytes()) + ", license "
                + (c.licenseExpression() == null ? "unknown" : c.licenseExpression()) + " ("
                + outcome.licenseEvidence() + "), holders "
                + (c.holders().isEmpty() ? "none found" : String.join(", ", c.holders()))
                + (summary.replaced() ? "; replaced the earlier index of this version" : ""));
        for (ScanIssue note : outcome.notes()) {
            getLog().warn("[" + note.code().id() + "] " + request.source().getFileName() + "!/" + note.path() + ": "
                    + note.message());
        }
        for (String note : summary.notes()) {
            getLog().warn(note);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not found";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> clean(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (!blank(value)) {
                    cleaned.add(value.trim());
                }
            }
        }
        return cleaned;
    }
}
