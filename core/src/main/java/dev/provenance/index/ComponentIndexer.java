package dev.provenance.index;

import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.kb.CollectedSources;
import dev.provenance.kb.SourceFile;
import dev.provenance.kb.Component;
import dev.provenance.kb.ComponentSources;
import dev.provenance.kb.IndexSummary;
import dev.provenance.kb.KnowledgeBaseWriter;
import dev.provenance.lex.Lexers;
import dev.provenance.scan.ComponentLicensing;
import dev.provenance.scan.ScanIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Adds one component to a knowledge base: collects its files from a directory or an archive (safely: nothing is
 * extracted, unsafe entries are refused and noted), tells its license and holders unless given, and writes one
 * segment. Indexing the same name and version again replaces it.
 */
public final class ComponentIndexer {
    private final Path knowledgeBase;
    private final ComponentSources sources;

    public ComponentIndexer(Path knowledgeBase) {
        this(knowledgeBase, new ComponentSources());
    }

    public ComponentIndexer(Path knowledgeBase, ComponentSources sources) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /**
     * What to index.
     *
     * @param source  a directory or an archive (zip, jar, wheel, tar, tar.gz, tgz)
     * @param name    the component's name
     * @param version its version
     * @param license its SPDX license expression; {@code null} to detect it
     * @param url     its home or source URL, or {@code null}
     * @param purl    its package URL, or {@code null}
     */
    public record Request(Path source, String name, String version, String license, String url, String purl) {
        public Request {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * What indexing did.
     *
     * @param component       the component as stored
     * @param licenseEvidence where its license was read ({@code given}, {@code LICENSE}, {@code file headers (…)})
     * @param summary         the writer's counts
     * @param notes           files refused or skipped, and why
     */
    public record Outcome(Component component, String licenseEvidence, IndexSummary summary, List<ScanIssue> notes) {
        public Outcome {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(licenseEvidence, "licenseEvidence");
            Objects.requireNonNull(summary, "summary");
            notes = List.copyOf(notes);
        }
    }

    /**
     * The text of the component's NOTICE file — {@code NOTICE}, {@code NOTICE.txt}, {@code NOTICE.md} in any case,
     * the shallowest one (a sources jar keeps it in {@code META-INF/}) — or null.
     */
    static String notice(CollectedSources collected) {
        SourceFile best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (SourceFile file : collected.metadata()) {
            String path = file.path();
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("notice") && !name.equals("notice.txt") && !name.equals("notice.md")) {
                continue;
            }
            int depth = (int) path.chars().filter(c -> c == '/').count();
            if (depth < bestDepth) {
                best = file;
                bestDepth = depth;
            }
        }
        return best == null ? null : best.text();
    }

    /**
     * Indexes {@code request.source()}.
     *
     * @throws IOException when the source cannot be read or the KB cannot be written (a damaged KB is a
     *                     {@link dev.provenance.kb.KnowledgeBaseException} naming the segment)
     */
    public Outcome index(Request request) throws IOException {
        if (!Files.exists(request.source())) {
            throw new IOException(request.source() + " does not exist");
        }
        CollectedSources collected = sources.collect(request.source());
        ComponentLicensing.Licensing licensing = ComponentLicensing.of(collected);
        String license = request.license() != null && !request.license().isBlank() ? request.license()
                : licensing.expression();
        String evidence = request.license() != null && !request.license().isBlank() ? "given" : licensing.evidence();
        Component component = new Component(request.name(), request.version(), request.purl(), license,
                licensing.holders(), request.url(), notice(collected));
        Files.createDirectories(knowledgeBase);
        IndexSummary summary = new KnowledgeBaseWriter(knowledgeBase, WinnowingParameters.DEFAULT, Lexers::forLanguage)
                .add(component, collected.files());
        return new Outcome(component, evidence, summary, collected.notes());
    }
}
