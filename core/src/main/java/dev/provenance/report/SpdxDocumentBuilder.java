package dev.provenance.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileTrait;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.license.LicenseFinding;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.report.LineOffsets.ByteRange;
import dev.provenance.report.TreeReader.ReadFile;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.model.v2.ReferenceType;
import org.spdx.library.model.v2.SpdxConstantsCompatV2;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxFile;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.SpdxSnippet;
import org.spdx.library.model.v2.enumerations.ChecksumAlgorithm;
import org.spdx.library.model.v2.enumerations.FileType;
import org.spdx.library.model.v2.enumerations.Purpose;
import org.spdx.library.model.v2.enumerations.ReferenceCategory;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.ExtractedLicenseInfo;
import org.spdx.library.model.v2.license.InvalidLicenseExpression;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * Builds one SPDX 2.3 document from a scan with spdx-java-library (its {@code …CompatV2} model only) and serialises
 * it as JSON through spdx-jackson-store. Everything it states comes from the {@link ScanResult} and from the files
 * as read for their checksums; elements are created in sorted order with identifiers derived from paths, so equal
 * inputs give equal bytes.
 *
 * <p>The library keeps process-wide state (its model registry, the listed-license store it copies from), so
 * documents are built one at a time per JVM: a parallel Maven build writes its modules' SPDX reports in turn.
 */
final class SpdxDocumentBuilder {
    static final String SPEC_VERSION = "SPDX-2.3";
    private static final String DATA_LICENSE = "CC0-1.0";
    private static final Object LIBRARY = new Object();
    /** Fields of SPDX 2.3 JSON that hold license expressions, alone or in arrays. */
    private static final List<String> LICENSE_FIELDS = List.of("licenseConcluded", "licenseDeclared",
            "licenseInfoInFiles", "licenseInfoFromFiles", "licenseInfoInSnippets");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024)
                    .maxNestingDepth(200).build())
            .build());
    /** Holders listed per snippet in its copyright text. */
    private static final int MAX_HOLDERS = 50;
    /** Items named in one comment (files left out, snippets left out). */
    private static final int MAX_LISTED = 50;
    /** Longest statement quoted in a comment; the JSON report keeps it whole. */
    private static final int MAX_QUOTE = 300;

    /** What the document is called and when it was made. */
    record Header(String name, String namespace, String created, String creator) {
        Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(creator, "creator");
        }
    }

    /**
     * The files as read for the report.
     *
     * @param files   path → what reading it gave, for every file the document lists
     * @param leftOut files of the scan left out of the document, each {@code path: reason}, sorted
     */
    record Reading(Map<String, ReadFile> files, List<String> leftOut) {
        Reading {
            files = Map.copyOf(files);
            leftOut = List.copyOf(leftOut);
        }
    }

    private final LicenseCatalog catalog;

    SpdxDocumentBuilder(LicenseCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The document as JSON bytes, LF line ends, a final LF. */
    byte[] build(ScanResult result, Header header, Reading reading) throws IOException {
        synchronized (LIBRARY) {
            OfflineSpdx.start();
            try {
                return new Assembly(result, header, reading).bytes();
            } catch (InvalidSPDXAnalysisException e) {
                throw new IOException("the SPDX document could not be built: " + e.getMessage(), e);
            }
        }
    }

    /** One document being put together. */
    private final class Assembly {
        private final ScanResult result;
        private final Header header;
        private final Reading reading;
        private final MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(),
                MultiFormatStore.Format.JSON_PRETTY);
        private final ModelCopyManager copyManager = new ModelCopyManager();
        private final DocumentLicenses licenses = new DocumentLicenses(catalog);
        private final SpdxIds ids = new SpdxIds();
        private final Map<String, AnyLicenseInfo> parsed = new HashMap<>();
        private final SpdxDocument document;
        private final List<FileReport> listed;
        private final Map<String, FileReport> byPath = new HashMap<>();

        Assembly(ScanResult result, Header header, Reading reading) throws InvalidSPDXAnalysisException {
            this.result = result;
            this.header = header;
            this.reading = reading;
            this.listed = result.files().stream().filter(f -> reading.files().containsKey(f.path()))
                    .sorted(Comparator.comparing(FileReport::path)).toList();
            listed.forEach(f -> byPath.put(f.path(), f));
            this.document = new SpdxDocument(store, header.namespace(), copyManager, true);
        }

        byte[] bytes() throws InvalidSPDXAnalysisException, IOException {
            collectLicenses();
            document.setSpecVersion(SPEC_VERSION);
            document.setName(header.name());
            document.setDataLicense(license(DATA_LICENSE));
            document.setCreationInfo(document.createCreationInfo(List.of(header.creator()), header.created())
                    .setLicenseListVersion(catalog.listVersion()));
            document.setComment("Provenance scan of " + header.name() + ": the files of the scanned tree with the"
                    + " licenses and copyright statements found in them, and one snippet per run of lines matched to"
                    + " an indexed upstream file, with the upstream's license as its concluded license.");
            for (DocumentLicenses.Extracted extracted : licenses.extracted()) {
                ExtractedLicenseInfo info = new ExtractedLicenseInfo(store, header.namespace(), extracted.id(),
                        copyManager, true);
                info.setExtractedText(extracted.text());
                info.setName(extracted.name());
                info.setComment("Not on the SPDX license list (" + catalog.listVersion() + "); stated in "
                        + String.join(", ", extracted.places()) + ".");
                document.addExtractedLicenseInfos(info);
            }
            List<ByteRange> ranges = new ArrayList<>(result.snippets().size());
            List<String> skipped = new ArrayList<>();
            for (AttributedSnippet snippet : result.snippets()) {
                ReadFile read = reading.files().get(snippet.path());
                Optional<ByteRange> range = read == null || read.lines() == null ? Optional.empty()
                        : read.lines().bytes(snippet.lines()).filter(r -> r.last() <= Integer.MAX_VALUE);
                ranges.add(range.orElse(null));
                if (range.isEmpty()) {
                    skipped.add(snippet.path() + ":" + snippet.lines() + " (" + snippet.origin().coordinates() + ")");
                }
            }
            Map<String, SpdxFile> files = new TreeMap<>();
            for (FileReport file : listed) {
                files.put(file.path(), file(file));
            }
            SpdxPackage scanned = scannedPackage(files, skipped);
            document.getDocumentDescribes().add(scanned);
            for (SpdxFile file : files.values()) {
                // straight into the store: the model's relationship collection checks for a duplicate on every
                // add by inflating each element it holds, quadratic in the files of a package (minutes at 3,000)
                store.addValueToCollection(scanned.getObjectUri(), SpdxConstantsCompatV2.PROP_RELATIONSHIP,
                        scanned.createRelationship(file, RelationshipType.CONTAINS, null).toTypedValue());
            }
            Map<String, SpdxPackage> upstreams = upstreamPackages();
            Set<String> made = new HashSet<>();
            for (int i = 0; i < result.snippets().size(); i++) {
                AttributedSnippet snippet = result.snippets().get(i);
                ByteRange range = ranges.get(i);
                if (range != null && made.add(snippetKey(snippet))) {
                    snippet(snippet, files.get(snippet.path()), range, upstreams.get(snippet.origin().coordinates()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.serialize(out);
            return canonical(out.toByteArray());
        }

        /** Runs every statement through {@link DocumentLicenses} first, so the extracted licenses are complete. */
        private void collectLicenses() {
            declared();
            for (FileReport file : listed) {
                for (LicenseFinding finding : file.licenses()) {
                    licenses.expression(finding.expression(), finding.declaredAs(), file.path());
                }
            }
            for (AttributedSnippet snippet : result.snippets()) {
                Origin origin = snippet.origin();
                licenses.expression(origin.license(), origin.license(), origin.coordinates());
            }
        }

        private SpdxFile file(FileReport file) throws InvalidSPDXAnalysisException {
            ReadFile read = reading.files().get(file.path());
            List<AnyLicenseInfo> inFile = new ArrayList<>();
            for (String expression : inFileExpressions(file)) {
                inFile.add(license(expression));
            }
            if (inFile.isEmpty()) {
                inFile.add(license(looked(file.kind()) ? DocumentLicenses.NONE : DocumentLicenses.NOASSERTION));
            }
            SpdxFile.SpdxFileBuilder builder = document.createSpdxFile(ids.id("File", file.path()),
                    "./" + file.path(), license(DocumentLicenses.NOASSERTION), inFile, copyrightText(file),
                    document.createChecksum(ChecksumAlgorithm.SHA1, read.sha1()));
            builder.addFileType(fileType(file.kind()));
            String comment = fileComment(file);
            if (!comment.isEmpty()) {
                builder.setComment(comment);
            }
            String licenseComments = licenseComments(file);
            if (!licenseComments.isEmpty()) {
                builder.setLicenseComments(licenseComments);
            }
            return builder.build();
        }

        /** The expressions stated in the file itself (a REUSE annotation states it from elsewhere), distinct. */
        private List<String> inFileExpressions(FileReport file) {
            Set<String> out = new LinkedHashSet<>();
            for (LicenseFinding finding : file.licenses()) {
                if (finding.lines() != null) {
                    out.add(licenses.expression(finding.expression(), finding.declaredAs(), file.path()));
                }
            }
            return out.stream().sorted().toList();
        }

        private SpdxPackage scannedPackage(Map<String, SpdxFile> files, List<String> skipped)
                throws InvalidSPDXAnalysisException {
            Set<AnyLicenseInfo> fromFiles = new LinkedHashSet<>();
            TreeSet<String> expressions = new TreeSet<>();
            listed.forEach(f -> expressions.addAll(inFileExpressions(f)));
            for (String expression : expressions) {
                fromFiles.add(license(expression));
            }
            if (fromFiles.isEmpty()) {
                fromFiles.add(license(DocumentLicenses.NOASSERTION));
            }
            SpdxPackage.SpdxPackageBuilder builder = document.createPackage(ids.id("Package", header.name()),
                    header.name(), license(DocumentLicenses.NOASSERTION), packageCopyright(), license(declared()))
                    .setDownloadLocation(SpdxConstantsCompatV2.NOASSERTION_VALUE)
                    .setPrimaryPurpose(Purpose.SOURCE)
                    .setComment(packageComment(skipped));
            if (files.isEmpty()) {
                // SPDX: a package whose files were analysed has files; an empty tree is stated as not analysed
                builder.setFilesAnalyzed(false);
            } else {
                builder.setFilesAnalyzed(true)
                        .setLicenseInfosFromFile(new ArrayList<>(fromFiles))
                        .setPackageVerificationCode(document.createPackageVerificationCode(verificationCode(),
                                List.of()));
            }
            String declaredComment = declaredComment();
            if (!declaredComment.isEmpty()) {
                builder.setLicenseComments(declaredComment);
            }
            return builder.build();
        }

        /** The repository-level declarations joined with AND, each one once; NOASSERTION when there are none. */
        private String declared() {
            Set<String> parts = new LinkedHashSet<>();
            for (Declaration d : result.declared()) {
                parts.add(licenses.expression(d.expression(), d.expression(), d.source()));
            }
            parts.remove(DocumentLicenses.NOASSERTION);
            if (parts.isEmpty()) {
                return DocumentLicenses.NOASSERTION;
            }
            if (parts.size() == 1) {
                return parts.iterator().next();
            }
            return parts.stream().sorted().map(p -> p.contains(" ") ? "(" + p + ")" : p)
                    .collect(Collectors.joining(" AND "));
        }

        private String declaredComment() {
            if (result.declared().isEmpty()) {
                return "";
            }
            return "Declared license from " + result.declared().stream()
                    .map(d -> d.location() + " (" + d.kind().id() + "): " + d.expression())
                    .collect(Collectors.joining("; ")) + ".";
        }

        /** The copyright statements of the files that declare the repository's license, each once. */
        private String packageCopyright() {
            Set<String> sources = result.declared().stream().map(Declaration::source).collect(Collectors.toSet());
            Set<String> statements = new LinkedHashSet<>();
            for (FileReport file : listed) {
                if (sources.contains(file.path())) {
                    file.copyrights().forEach(c -> statements.add(c.statement()));
                }
            }
            return statements.isEmpty() ? SpdxConstantsCompatV2.NOASSERTION_VALUE : String.join("\n", statements);
        }

        private String packageComment(List<String> skipped) {
            StringBuilder comment = new StringBuilder();
            comment.append("Scanned by ").append(result.tool().name()).append(' ').append(result.tool().version())
                    .append(": ").append(listed.size()).append(listed.size() == 1 ? " file, " : " files, ")
                    .append(result.snippets().size())
                    .append(result.snippets().size() == 1 ? " copied snippet." : " copied snippets.");
            if (!result.excluded().isEmpty()) {
                comment.append(" Paths left out of the scan by ignore rules (not part of this package): ")
                        .append(result.excluded().size()).append('.');
            }
            if (!reading.leftOut().isEmpty()) {
                comment.append(" Left out of this document (could not be read when it was written): ")
                        .append(capped(reading.leftOut())).append('.');
            }
            if (!skipped.isEmpty()) {
                comment.append(" Snippets left out (their file or lines could not be read): ")
                        .append(capped(skipped)).append('.');
            }
            return comment.toString();
        }

        /** SPDX 2.3 §7.9: SHA-1 over the sorted, concatenated SHA-1s of the package's files. */
        private String verificationCode() {
            List<String> sums = listed.stream().map(f -> reading.files().get(f.path()).sha1()).sorted().toList();
            MessageDigest sha1 = TreeReader.sha1();
            for (String sum : sums) {
                sha1.update(sum.getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha1.digest());
        }

        /** One package per upstream component@version, by coordinates. */
        private Map<String, SpdxPackage> upstreamPackages() throws InvalidSPDXAnalysisException {
            Map<String, List<Origin>> byComponent = new TreeMap<>();
            for (AttributedSnippet snippet : result.snippets()) {
                byComponent.computeIfAbsent(snippet.origin().coordinates(), k -> new ArrayList<>())
                        .add(snippet.origin());
            }
            Map<String, SpdxPackage> out = new TreeMap<>();
            for (Map.Entry<String, List<Origin>> e : byComponent.entrySet()) {
                Origin first = e.getValue().get(0);
                String license = e.getValue().stream().map(Origin::license).filter(l -> !l.isBlank()).findFirst()
                        .orElse("");
                Set<String> holders = new TreeSet<>();
                e.getValue().forEach(o -> holders.addAll(o.holders()));
                SpdxPackage.SpdxPackageBuilder builder = document.createPackage(ids.id("Upstream", e.getKey()),
                        first.component(), license(DocumentLicenses.NOASSERTION), holders(new ArrayList<>(holders)),
                        license(licenses.expression(license, license, e.getKey())))
                        .setFilesAnalyzed(false)
                        .setDownloadLocation(SpdxConstantsCompatV2.NOASSERTION_VALUE)
                        .setComment("Upstream component indexed in the knowledge base; " + e.getValue().size()
                                + (e.getValue().size() == 1 ? " snippet of the scanned package comes"
                                : " snippets of the scanned package come") + " from it.");
                if (!first.version().isBlank()) {
                    builder.setVersionInfo(first.version());
                }
                if (isPurl(first.purl())) {
                    builder.addExternalRef(document.createExternalRef(ReferenceCategory.PACKAGE_MANAGER,
                            new ReferenceType(SpdxConstantsCompatV2.SPDX_LISTED_REFERENCE_TYPES_PREFIX + "purl"),
                            first.purl(), null));
                }
                out.put(e.getKey(), builder.build());
            }
            return out;
        }

        private void snippet(AttributedSnippet attributed, SpdxFile file, ByteRange range, SpdxPackage upstream)
                throws InvalidSPDXAnalysisException {
            SnippetMatch match = attributed.match();
            Origin origin = match.origin();
            String id = ids.id("Snippet", snippetKey(attributed));
            List<AnyLicenseInfo> inSnippet = new ArrayList<>();
            for (String expression : inSnippetExpressions(attributed)) {
                inSnippet.add(license(expression));
            }
            if (inSnippet.isEmpty()) {
                inSnippet.add(license(DocumentLicenses.NONE));
            }
            String concluded = licenses.expression(origin.license(), origin.license(), origin.coordinates());
            SpdxSnippet snippet = document.createSpdxSnippet(id, origin.coordinates() + " " + origin.path() + ":"
                            + origin.lines(), license(concluded), inSnippet, holders(origin.holders()), file,
                            (int) range.first(), (int) range.last())
                    .setLineRange(match.lines().first(), match.lines().last())
                    .setComment(snippetComment(attributed))
                    .setLicenseComments("Concluded from the license of " + origin.coordinates()
                            + (origin.license().isBlank() ? ", which the knowledge base does not record."
                            : " as the knowledge base records it: " + origin.license() + "."))
                    .build();
            if (upstream != null) {
                snippet.addRelationship(snippet.createRelationship(upstream, RelationshipType.OTHER,
                        "copied from " + origin.coordinates() + " " + origin.path() + " lines " + origin.lines()));
            }
        }

        /** The file's license statements whose lines overlap the snippet's. */
        private List<String> inSnippetExpressions(AttributedSnippet snippet) {
            Set<String> out = new TreeSet<>();
            LineRange lines = snippet.lines();
            FileReport file = byPath.get(snippet.path());
            for (LicenseFinding finding : file == null ? List.<LicenseFinding>of() : file.licenses()) {
                LineRange at = finding.lines();
                if (at != null && at.first() <= lines.last() && lines.first() <= at.last()) {
                    out.add(licenses.expression(finding.expression(), finding.declaredAs(), file.path()));
                }
            }
            return List.copyOf(out);
        }

        private String snippetComment(AttributedSnippet snippet) {
            SnippetMatch match = snippet.match();
            Origin origin = match.origin();
            Attribution attribution = snippet.attribution();
            StringBuilder comment = new StringBuilder();
            comment.append("Lines ").append(match.lines()).append(" of ").append(match.path())
                    .append(" are copied from ").append(origin.coordinates());
            if (!origin.purl().isBlank()) {
                comment.append(" (").append(origin.purl()).append(')');
            }
            comment.append(", ").append(origin.path()).append(" lines ").append(origin.lines())
                    .append(match.wholeFile() ? " (the whole file)" : "")
                    .append("; clone type ").append(match.cloneType().name())
                    .append(", similarity ").append(String.format(Locale.ROOT, "%.1f%%", match.similarity() * 100))
                    .append(", ").append(match.tokens()).append(" tokens");
            if (!match.renames().isEmpty()) {
                comment.append(", renamed ").append(match.renames().entrySet().stream()
                        .map(r -> r.getKey() + " -> " + r.getValue()).collect(Collectors.joining(", ")));
            }
            comment.append(". Attribution: ").append(attribution.status().name())
                    .append(attribution.satisfied() ? " (meets the license's attribution duties)"
                            : " (does not meet the license's attribution duties)");
            if (!attribution.missing().isEmpty()) {
                comment.append("; missing: ").append(String.join("; ", attribution.missing()));
            }
            return comment.append('.').toString();
        }

        /** The document's license object for {@code expression}, parsed once per document. */
        private AnyLicenseInfo license(String expression) throws InvalidSPDXAnalysisException {
            AnyLicenseInfo known = parsed.get(expression);
            if (known != null) {
                return known;
            }
            AnyLicenseInfo info = LicenseInfoFactory.parseSPDXLicenseStringCompatV2(expression, store,
                    header.namespace(), copyManager);
            if (info instanceof InvalidLicenseExpression) {
                throw new InvalidSPDXAnalysisException("license expression rejected by spdx-java-library: "
                        + expression);
            }
            parsed.put(expression, info);
            return info;
        }
    }

    /**
     * The serialised document with every array in a fixed order (SPDX 2.3 JSON gives no array an order), so the bytes
     * do not depend on how the library's store happens to iterate: strings sorted, elements by their {@code SPDXID},
     * other objects by their compact JSON; license expressions spelt one way ({@link LicenseExpressionOrder}); LF
     * line ends and a final LF.
     */
    static byte[] canonical(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        sortArrays(tree);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 64);
        MAPPER.writer(printer).writeValue(out, tree);
        out.write('\n');
        return out.toByteArray();
    }

    private static void sortArrays(JsonNode node) throws IOException {
        if (node instanceof ObjectNode object) {
            for (String field : LICENSE_FIELDS) {
                JsonNode value = object.get(field);
                if (value != null && value.isTextual()) {
                    object.put(field, LicenseExpressionOrder.canonical(value.textValue()));
                } else if (value instanceof ArrayNode items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i).isTextual()) {
                            items.set(i, LicenseExpressionOrder.canonical(items.get(i).textValue()));
                        }
                    }
                }
            }
            for (JsonNode child : object) {
                sortArrays(child);
            }
        } else if (node instanceof ArrayNode array) {
            List<Map.Entry<String, JsonNode>> keyed = new ArrayList<>(array.size());
            for (JsonNode child : array) {
                sortArrays(child);
                keyed.add(Map.entry(sortKey(child), child));
            }
            keyed.sort(Map.Entry.comparingByKey());
            array.removeAll();
            keyed.forEach(e -> array.add(e.getValue()));
        }
    }

    /** What tells two snippets apart: the copying file and lines, the upstream file and lines. */
    private static String snippetKey(AttributedSnippet snippet) {
        Origin origin = snippet.origin();
        return snippet.path() + ":" + snippet.lines() + ":" + origin.coordinates() + ":" + origin.path() + ":"
                + origin.lines();
    }

    /**
     * What an array element sorts by: a string itself; an element by its {@code SPDXID} (unique in a document, and
     * cheaper than writing a large file or snippet out); anything else by its compact JSON.
     */
    private static String sortKey(JsonNode element) throws IOException {
        if (element.isTextual()) {
            return element.textValue();
        }
        JsonNode id = element.get("SPDXID");
        return id != null && id.isTextual() ? "SPDXID " + id.textValue() : MAPPER.writeValueAsString(element);
    }

    /** Whether the scan looked for license statements in files of this kind (text it reads). */
    static boolean looked(FileKind kind) {
        return switch (kind) {
            case WEIGHTS, LFS_POINTER, ARCHIVE, BINARY -> false;
            default -> true;
        };
    }

    static FileType fileType(FileKind kind) {
        return switch (kind) {
            case SOURCE, MANIFEST -> FileType.SOURCE;
            case CONFIG, TOKENIZER, LEGAL, LFS_POINTER -> FileType.TEXT;
            case DOC, MODEL_CARD -> FileType.DOCUMENTATION;
            case ARCHIVE -> FileType.ARCHIVE;
            case WEIGHTS, BINARY -> FileType.BINARY;
            case OTHER -> FileType.TEXT;
        };
    }

    private static String fileComment(FileReport file) {
        List<String> parts = new ArrayList<>();
        parts.add("kind " + file.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        parts.add("language " + file.language().id());
        for (FileTrait trait : FileTrait.values()) {
            if (file.traits().contains(trait)) {
                parts.add(trait.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join("; ", parts);
    }

    /** Where each license statement of the file stands and how it was written. */
    private static String licenseComments(FileReport file) {
        return file.licenses().stream()
                .map(f -> f.expression() + " (" + f.source().id()
                        + (f.lines() == null ? ", stated outside the file"
                        : (f.lines().length() == 1 ? ", line " : ", lines ") + f.lines())
                        + (f.known() ? "" : ", not on the SPDX list") + "): " + shortened(f.declaredAs().strip()))
                .collect(Collectors.joining("\n"));
    }

    private static String copyrightText(FileReport file) {
        if (file.copyrights().isEmpty()) {
            return SpdxConstantsCompatV2.NOASSERTION_VALUE;
        }
        return file.copyrights().stream().map(CopyrightStatement::statement).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** The first {@value #MAX_LISTED} items joined with "; ", and how many more there are. */
    static String capped(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, MAX_LISTED)) + "; and " + (items.size() - MAX_LISTED) + " more";
    }

    /** {@code text} cut to {@value #MAX_QUOTE} characters, an ellipsis marking the cut. */
    static String shortened(String text) {
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…";
    }

    /** The holders one per line, or NOASSERTION. */
    private static String holders(List<String> holders) {
        if (holders.isEmpty()) {
            return SpdxConstantsCompatV2.NOASSERTION_VALUE;
        }
        List<String> kept = holders.size() > MAX_HOLDERS ? holders.subList(0, MAX_HOLDERS) : holders;
        return String.join("\n", kept) + (holders.size() > MAX_HOLDERS
                ? "\nand " + (holders.size() - MAX_HOLDERS) + " more" : "");
    }

    /** A package URL as SPDX accepts one: {@code pkg:type/name…}, no whitespace. */
    static boolean isPurl(String purl) {
        if (purl == null || !purl.startsWith("pkg:") || purl.length() > 2_000) {
            return false;
        }
        int slash = purl.indexOf('/');
        if (slash < 5) {
            return false;
        }
        for (int i = 0; i < purl.length(); i++) {
            if (Character.isWhitespace(purl.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
