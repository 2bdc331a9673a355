package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.license.LicenseFinding;
import dev.provenance.match.Origin;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.report.TreeReader.ReadFile;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code provenance.spdx.json}: the scan as an SPDX 2.3 JSON document, built with spdx-java-library (offline) and
 * serialised by spdx-jackson-store.
 *
 * <p>The document describes one package, the scanned tree ({@code filesAnalyzed: true}, a package verification code
 * over its files, the repository's declared licenses ANDed as {@code licenseDeclared}); each file with its SHA-1,
 * the licenses stated in it ({@code licenseInfoInFiles}; {@code NONE} for text without any, {@code NOASSERTION} for
 * binaries, weights and archives) and its copyright statements; one {@code Snippet} per copied run of lines with its
 * byte and line range, the upstream's license as {@code licenseConcluded}, its holders as copyright text and a comment
 * naming component@version, upstream path and lines, clone type, similarity and attribution verdict; one package per
 * upstream component (with its purl) that the snippets point to. License names not on the SPDX list become
 * {@code LicenseRef-} licenses whose extracted text is the statement as written.
 *
 * <p>The checksums and byte ranges come from the files themselves: the writer reads the tree at
 * {@link ScanResult#root()} again (read only; nothing outside the output directory is written). A file that can no
 * longer be read is left out and named in the package comment.
 *
 * <p>Deterministic: equal results over an unchanged tree give byte-identical documents. Defaults, each replaceable:
 * <ul>
 *   <li>document name: the scanned directory's name;</li>
 *   <li>{@code created}: the given instant (the plugin passes {@code project.build.outputTimestamp}); else the
 *       environment's {@code SOURCE_DATE_EPOCH}; else the newest last-modified time among the files listed; else
 *       {@code 1970-01-01T00:00:00Z} — never the clock;</li>
 *   <li>{@code documentNamespace}: {@code https://provenance.dev/spdxdocs/<name>-<UUID>} whose name-based UUID is
 *       derived from what the document states (the files with their checksums, licenses and copyrights, the
 *       declarations, the snippets with their verdicts, the name and the created time), not from where the tree lies
 *       — never random.</li>
 * </ul>
 */
public final class SpdxReportWriter implements ReportWriter {
    /** The report's file name. */
    public static final String FILE_NAME = "provenance.spdx.json";
    /** Where default namespaces live: the project's own site. */
    static final String NAMESPACE_BASE = "https://provenance.dev/spdxdocs/";
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    private static final DateTimeFormatter SPDX_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String documentName;
    private final String namespace;
    private final Instant created;
    private final UnaryOperator<String> environment;

    /** A writer with every default (see the class comment). */
    public SpdxReportWriter() {
        this(null, null, null);
    }

    /**
     * A writer with the given document name, namespace and creation time; {@code null} for any of them means its
     * default.
     *
     * @throws IllegalArgumentException when {@code namespace} is not an absolute URI without a {@code #} part, or
     *                                  {@code documentName} is blank
     */
    public SpdxReportWriter(String documentName, String namespace, Instant created) {
        this(documentName, namespace, created, System::getenv);
    }

    SpdxReportWriter(String documentName, String namespace, Instant created, UnaryOperator<String> environment) {
        if (documentName != null && documentName.isBlank()) {
            throw new IllegalArgumentException("the SPDX document name is blank");
        }
        this.documentName = documentName == null ? null : documentName.strip();
        this.namespace = namespace == null ? null : checkedNamespace(namespace.strip());
        this.created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
        this.environment = environment;
    }

    /** This writer with {@code namespace} as the document namespace. */
    public SpdxReportWriter withNamespace(String namespace) {
        return new SpdxReportWriter(documentName, namespace, created, environment);
    }

    /** This writer with {@code created} as the document's creation time (seconds kept, UTC). */
    public SpdxReportWriter withCreated(Instant created) {
        return new SpdxReportWriter(documentName, namespace, created, environment);
    }

    /** This writer with {@code documentName} as the name of the document and of the scanned package. */
    public SpdxReportWriter withDocumentName(String documentName) {
        return new SpdxReportWriter(documentName, namespace, created, environment);
    }

    @Override
    public String format() {
        return "spdx";
    }

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(FILE_NAME);
        byte[] document = document(result, selfPath(result, target));
        return AtomicFile.write(target, out -> out.write(document));
    }

    /** Writes the document to {@code out}, which stays open. */
    public void write(ScanResult result, OutputStream out) throws IOException {
        out.write(document(result, null));
    }

    /**
     * The document's bytes; {@code self} is the report's own path relative to the root when it is written inside the
     * scanned tree (its old content is not listed: SPDX leaves the document itself out of what it describes).
     */
    private byte[] document(ScanResult result, String self) throws IOException {
        Path root;
        try {
            root = Path.of(result.root());
        } catch (InvalidPathException e) {
            throw new IOException("the scanned root " + result.root() + " is not a path: " + e.getMessage(), e);
        }
        SpdxDocumentBuilder.Reading reading = read(result, root, self);
        String name = documentName != null ? documentName : defaultName(root);
        String createdText = SPDX_DATE.format(created != null ? created : defaultCreated(reading));
        String ns = namespace != null ? namespace : defaultNamespace(result, name, createdText, reading);
        String creator = "Tool: " + SpdxIds.reduce(result.tool().name()) + "-" + result.tool().version();
        return new SpdxDocumentBuilder(LicenseCatalog.bundled())
                .build(result, new SpdxDocumentBuilder.Header(name, ns, createdText, creator), reading);
    }

    private static SpdxDocumentBuilder.Reading read(ScanResult result, Path root, String self) throws IOException {
        Set<String> withSnippets = result.snippets().stream().map(AttributedSnippet::path)
                .collect(Collectors.toSet());
        Map<String, ReadFile> files = new HashMap<>();
        List<String> leftOut = new ArrayList<>();
        if (result.files().isEmpty()) {
            return new SpdxDocumentBuilder.Reading(files, leftOut);
        }
        TreeReader reader;
        try {
            reader = new TreeReader(root);
        } catch (IOException e) {
            // the document is still written, stating what it could not list and why
            String reason = "the scanned root cannot be read (" + e.getClass().getSimpleName() + ")";
            result.files().forEach(f -> leftOut.add(f.path() + ": " + reason));
            leftOut.sort(null);
            return new SpdxDocumentBuilder.Reading(files, leftOut);
        }
        for (FileReport file : result.files()) {
            if (file.path().equals(self)) {
                continue;
            }
            try {
                files.put(file.path(), reader.read(file.path(), withSnippets.contains(file.path())));
            } catch (IOException | RuntimeException e) {
                leftOut.add(file.path() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            }
        }
        leftOut.sort(null);
        return new SpdxDocumentBuilder.Reading(files, leftOut);
    }

    /** The report's path relative to the scanned root, or {@code null} when it is written outside it. */
    private static String selfPath(ScanResult result, Path target) {
        try {
            Path root = Path.of(result.root()).toAbsolutePath().normalize();
            Path self = target.toAbsolutePath().normalize();
            return self.startsWith(root) ? root.relativize(self).toString().replace('\\', '/') : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String defaultName(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null || name.toString().isBlank() ? "scan" : name.toString();
    }

    private Instant defaultCreated(SpdxDocumentBuilder.Reading reading) {
        String epoch = environment.apply(SOURCE_DATE_EPOCH);
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // an unusable SOURCE_DATE_EPOCH is ignored, as reproducible-build tools do
            }
        }
        return reading.files().values().stream().map(ReadFile::modified).max(Instant::compareTo)
                .map(i -> i.truncatedTo(ChronoUnit.SECONDS)).orElse(Instant.EPOCH);
    }

    /**
     * {@code https://provenance.dev/spdxdocs/<name>-<UUID>}: a name-based UUID over what the document states — the
     * tool, the files (path, kind, licenses, copyrights, SHA-1), the declarations, the snippets and their verdicts —
     * the name and the creation time. The scanned root's location is not part of it, so the same tree checked out
     * elsewhere under the same name gives the same namespace.
     */
    private static String defaultNamespace(ScanResult result, String name, String created,
                                           SpdxDocumentBuilder.Reading reading) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        StringBuilder text = new StringBuilder(4096);
        text.append(result.tool().name()).append(' ').append(result.tool().version()).append('\n')
                .append(name).append('\n').append(created).append('\n');
        for (FileReport file : result.files()) {
            ReadFile read = reading.files().get(file.path());
            text.append("file ").append(file.path()).append(' ').append(file.kind()).append(' ')
                    .append(file.language().id()).append(' ').append(read == null ? "-" : read.sha1());
            file.traits().stream().map(Enum::name).sorted().forEach(t -> text.append(' ').append(t));
            text.append('\n');
            for (LicenseFinding f : file.licenses()) {
                text.append(" license ").append(f.expression()).append(' ').append(f.source().id()).append(' ')
                        .append(f.lines()).append(' ').append(f.known()).append(' ').append(f.declaredAs())
                        .append('\n');
            }
            for (CopyrightStatement c : file.copyrights()) {
                text.append(" copyright ").append(c.statement()).append(' ').append(c.lines()).append('\n');
            }
            flush(sha256, text);
        }
        for (Declaration d : result.declared()) {
            text.append("declared ").append(d.expression()).append(' ').append(d.location()).append(' ')
                    .append(d.kind().id()).append('\n');
        }
        for (AttributedSnippet s : result.snippets()) {
            Origin o = s.origin();
            text.append("snippet ").append(s.path()).append(' ').append(s.lines()).append(' ')
                    .append(o.coordinates()).append(' ').append(o.purl()).append(' ').append(o.path()).append(' ')
                    .append(o.lines()).append(' ').append(o.license()).append(' ').append(o.holders()).append(' ')
                    .append(s.match().cloneType()).append(' ').append(Math.round(s.match().similarity() * 1000))
                    .append(' ').append(s.match().tokens()).append(' ').append(s.match().wholeFile()).append(' ')
                    .append(s.match().renames()).append(' ').append(s.attribution().status()).append(' ')
                    .append(s.attribution().satisfied()).append(' ').append(s.attribution().missing()).append('\n');
            flush(sha256, text);
        }
        flush(sha256, text);
        UUID uuid = UUID.nameUUIDFromBytes(sha256.digest());
        return NAMESPACE_BASE + SpdxIds.reduce(name) + "-" + uuid;
    }

    private static void flush(MessageDigest digest, StringBuilder text) {
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    private static String checkedNamespace(String namespace) {
        try {
            URI uri = new URI(namespace);
            if (!uri.isAbsolute() || namespace.indexOf('#') >= 0) {
                throw new IllegalArgumentException("the SPDX document namespace must be an absolute URI without a"
                        + " '#' part (e.g. https://example.com/spdxdocs/my-project-1.0): " + namespace);
            }
            return namespace;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the SPDX document namespace is not a URI (" + e.getMessage()
                    + "); give an absolute URI such as https://example.com/spdxdocs/my-project-1.0", e);
        }
    }
}
