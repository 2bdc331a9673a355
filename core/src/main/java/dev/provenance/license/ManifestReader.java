package dev.provenance.license;

import com.fasterxml.jackson.databind.JsonNode;
import dev.provenance.config.ConfigParser;
import dev.provenance.scan.InputProblem;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the license and party declarations of build and package manifests, chosen by file name: {@code pom.xml},
 * {@code package.json}, {@code pyproject.toml}, {@code setup.cfg}, {@code setup.py}, {@code Cargo.toml}.
 *
 * <p>Nothing in a manifest is ever executed: {@code setup.py} is read as text ({@code license="…"} keywords,
 * {@code "License :: …"} classifier strings, {@code author="…"}). The structured formats go through
 * {@link ConfigParser}'s safe parsers, so a manifest that does not parse is an {@link InputProblem}
 * ({@code INVALID_XML}, {@code XML_DOCTYPE_REFUSED}, {@code INVALID_JSON}, {@code INVALID_TOML}). Declared licenses are
 * normalised by {@link LicenseCatalog#normalize}; each finding's lines point at the declaring line.
 */
public final class ManifestReader {
    private static final int MAX_LINE = 2_000;
    private static final Pattern SETUP_STRING_KEYWORD = Pattern.compile(
            "\\b(license|license_expression|author|maintainer)\\s*=\\s*(?:\"([^\"\\n]{1,300})\"|'([^'\\n]{1,300})')");
    private static final Pattern CLASSIFIER = Pattern.compile(
            "[\"'](License :: [^\"'\\n]{1,200})[\"']");

    private final LicenseCatalog catalog;
    private final ConfigParser parser;

    public ManifestReader(LicenseCatalog catalog, ConfigParser parser) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A reader over {@link LicenseCatalog#bundled()} and {@link ConfigParser#standard()}. */
    public static ManifestReader standard() {
        return new ManifestReader(LicenseCatalog.bundled(), ConfigParser.standard());
    }

    /** Whether {@code path}'s file name is a manifest this reader understands. */
    public static boolean supports(String path) {
        return kind(path) != null;
    }

    /**
     * The licenses and parties {@code file} declares.
     *
     * @throws InputProblem             when the manifest does not parse
     * @throws IllegalArgumentException when the file is not a supported manifest ({@link #supports})
     */
    public ManifestFacts read(TextFile file) throws InputProblem {
        String kind = kind(file.path());
        if (kind == null) {
            throw new IllegalArgumentException("not a supported manifest: " + file.path());
        }
        return switch (kind) {
            case "pom.xml" -> pom(file);
            case "package.json" -> packageJson(file);
            case "pyproject.toml" -> pyproject(file);
            case "setup.cfg" -> setupCfg(file);
            case "setup.py" -> setupPy(file);
            default -> cargo(file);
        };
    }

    private static String kind(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return switch (name) {
            case "pom.xml", "package.json", "pyproject.toml", "setup.cfg", "setup.py", "Cargo.toml" -> name;
            default -> null;
        };
    }

    // ---- pom.xml

    private ManifestFacts pom(TextFile file) throws InputProblem {
        Document document = parser.xml(file);
        Element project = document.getDocumentElement();
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        String text = file.text();
        int searchFrom = Math.max(0, text.indexOf("<licenses"));
        for (Element license : children(child(project, "licenses"), "license")) {
            String name = childText(license, "name");
            String url = childText(license, "url");
            int at = text.indexOf("<license>", searchFrom);
            if (at < 0) {
                at = text.indexOf("<license ", searchFrom);
            }
            int line = at < 0 ? 1 : file.lineOf(declaringOffset(text, at));
            searchFrom = at < 0 ? searchFrom : at + 1;
            String declared = name != null ? name : url;
            if (declared == null) {
                continue;
            }
            NormalizedLicense normalized = catalog.normalize(declared);
            if (!normalized.known() && name != null && url != null) {
                NormalizedLicense byUrl = catalog.normalize(url);
                if (byUrl.known()) {
                    normalized = new NormalizedLicense(byUrl.expression(), true, declared);
                }
            }
            licenses.add(normalized.toFinding(LicenseSource.MANIFEST, LineRange.of(line)));
        }
        addIfPresent(parties, childText(child(project, "organization"), "name"));
        for (Element developer : children(child(project, "developers"), "developer")) {
            String name = childText(developer, "name");
            addIfPresent(parties, name != null ? name : childText(developer, "id"));
        }
        for (Element contributor : children(child(project, "contributors"), "contributor")) {
            addIfPresent(parties, childText(contributor, "name"));
        }
        return new ManifestFacts(licenses, parties);
    }

    /** Offset of the {@code <name>} (else {@code <url>}, else the element) of the license element at {@code at}. */
    private static int declaringOffset(String text, int at) {
        int end = text.indexOf("</license>", at);
        int limit = end < 0 ? text.length() : end;
        for (String tag : List.of("<name", "<url")) {
            int found = text.indexOf(tag, at);
            if (found >= 0 && found < limit) {
                return found;
            }
        }
        return at;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && localName.equals(localName(e))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    // ---- package.json

    private ManifestFacts packageJson(TextFile file) throws InputProblem {
        JsonNode root = parser.json(file);
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        if (!root.isObject()) {
            return ManifestFacts.EMPTY;
        }
        int licenseLine = jsonKeyLine(file, "license", 0);
        JsonNode license = root.get("license");
        if (license != null) {
            String declared = license.isTextual() ? license.asText() : license.path("type").asText("");
            addNpmLicense(licenses, declared, licenseLine);
        }
        JsonNode legacy = root.get("licenses");
        if (legacy != null && legacy.isArray()) {
            int from = file.lineStart(Math.max(1, jsonKeyLine(file, "licenses", 0)));
            for (JsonNode entry : legacy) {
                String declared = entry.isTextual() ? entry.asText() : entry.path("type").asText("");
                int line = jsonKeyLine(file, entry.isTextual() ? null : "type", from);
                if (line > 0) {
                    from = file.lineStart(line) + 1 <= file.text().length() ? file.lineStart(line) + 1 : from;
                }
                addNpmLicense(licenses, declared, line > 0 ? line : jsonKeyLine(file, "licenses", 0));
            }
        } else if (legacy != null && legacy.isObject()) {
            addNpmLicense(licenses, legacy.path("type").asText(""), jsonKeyLine(file, "licenses", 0));
        }
        addPerson(parties, root.get("author"));
        for (String key : List.of("contributors", "maintainers")) {
            JsonNode people = root.get(key);
            if (people != null && people.isArray()) {
                people.forEach(p -> addPerson(parties, p));
            }
        }
        return new ManifestFacts(licenses, parties);
    }

    private void addNpmLicense(List<LicenseFinding> licenses, String declared, int line) {
        if (declared == null || declared.isBlank()) {
            return;
        }
        String trimmed = declared.strip();
        if (trimmed.regionMatches(true, 0, "SEE LICENSE IN ", 0, 15)) {
            licenses.add(new LicenseFinding("SEE LICENSE IN " + trimmed.substring(15).strip(), LicenseSource.MANIFEST,
                    lineOrFirst(line), false, declared));
            return;
        }
        licenses.add(catalog.normalize(declared).toFinding(LicenseSource.MANIFEST, lineOrFirst(line)));
    }

    private static void addPerson(List<String> parties, JsonNode person) {
        if (person == null) {
            return;
        }
        if (person.isTextual()) {
            addIfPresent(parties, person.asText());
        } else if (person.isObject()) {
            String name = person.path("name").asText(null);
            addIfPresent(parties, name != null ? name : person.path("email").asText(null));
        }
    }

    /** Line of the first {@code "key"} property at or after offset {@code from} (0 when absent). */
    private static int jsonKeyLine(TextFile file, String key, int from) {
        if (key == null) {
            return 0;
        }
        String text = file.text();
        String quoted = "\"" + key + "\"";
        int at = from;
        while ((at = text.indexOf(quoted, at)) >= 0) {
            int after = at + quoted.length();
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == ':') {
                return file.lineOf(at);
            }
            at = after;
        }
        return 0;
    }

    // ---- pyproject.toml

    private ManifestFacts pyproject(TextFile file) throws InputProblem {
        TomlParseResult toml = parser.toml(file);
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        TomlTable project = toml.getTable("project");
        if (project != null) {
            Object license = project.get("license");
            int line = line(project.inputPositionOf("license"));
            if (license instanceof String s) {
                addDeclared(licenses, s, line);
            } else if (license instanceof TomlTable table) {
                String text = table.getString("text");
                String path = table.getString("file");
                if (text != null) {
                    addLicenseText(licenses, text, line);
                } else if (path != null) {
                    licenses.add(new LicenseFinding("SEE LICENSE IN " + path, LicenseSource.MANIFEST,
                            lineOrFirst(line), false, "file = \"" + path + "\""));
                }
            }
            String expression = project.getString("license-expression");
            if (expression != null) {
                addDeclared(licenses, expression, line(project.inputPositionOf("license-expression")));
            }
            classifiers(file, project.getArray("classifiers"), line(project.inputPositionOf("classifiers")),
                    licenses);
            for (String key : List.of("authors", "maintainers")) {
                TomlArray people = project.getArray(key);
                if (people != null) {
                    for (int i = 0; i < people.size(); i++) {
                        Object person = people.get(i);
                        if (person instanceof TomlTable t) {
                            String name = t.getString("name");
                            addIfPresent(parties, name != null ? name : t.getString("email"));
                        } else if (person instanceof String s) {
                            addIfPresent(parties, s);
                        }
                    }
                }
            }
        }
        TomlTable poetry = toml.getTable("tool.poetry");
        if (poetry != null) {
            String license = poetry.getString("license");
            if (license != null) {
                addDeclared(licenses, license, line(poetry.inputPositionOf("license")));
            }
            classifiers(file, poetry.getArray("classifiers"), line(poetry.inputPositionOf("classifiers")), licenses);
            TomlArray authors = poetry.getArray("authors");
            if (authors != null) {
                for (int i = 0; i < authors.size(); i++) {
                    if (authors.get(i) instanceof String s) {
                        addIfPresent(parties, s);
                    }
                }
            }
        }
        return new ManifestFacts(licenses, parties);
    }

    private void classifiers(TextFile file, TomlArray classifiers, int line, List<LicenseFinding> licenses) {
        if (classifiers == null) {
            return;
        }
        int from = line > 0 ? file.lineStart(line) : 0;
        for (int i = 0; i < classifiers.size(); i++) {
            if (classifiers.get(i) instanceof String classifier && classifier.startsWith("License ::")) {
                int at = file.text().indexOf(classifier, from);
                addClassifier(licenses, classifier, at >= 0 ? file.lineOf(at) : line);
            }
        }
    }

    private void addClassifier(List<LicenseFinding> licenses, String classifier, int line) {
        String last = classifier.substring(classifier.lastIndexOf("::") + 2).strip();
        if (last.equalsIgnoreCase("OSI Approved") || last.equalsIgnoreCase("DFSG approved")) {
            return;
        }
        addDeclared(licenses, classifier, line);
    }

    /** A {@code license = {text = "…"}}: a name or expression, or a whole license text. */
    private void addLicenseText(List<LicenseFinding> licenses, String text, int line) {
        if (text.isBlank()) {
            return;
        }
        if (text.indexOf('\n') < 0 && text.length() <= 200) {
            addDeclared(licenses, text, line);
            return;
        }
        List<LicenseFinding> found = LicenseTextMatcher.shared().find(new TextFile("license", text));
        for (LicenseFinding f : found) {
            licenses.add(new LicenseFinding(f.expression(), LicenseSource.MANIFEST, lineOrFirst(line), true,
                    f.declaredAs()));
        }
        if (found.isEmpty()) {
            String first = text.strip().lines().findFirst().orElse(text.strip());
            addDeclared(licenses, first.length() > 200 ? first.substring(0, 200) : first, line);
        }
    }

    // ---- setup.cfg

    private ManifestFacts setupCfg(TextFile file) {
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        String section = "";
        String key = null;
        int keyLine = 0;
        for (int line = 1; line <= file.lineCount(); line++) {
            String raw = capped(file.line(line));
            String stripped = raw.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(raw.charAt(0)) && key != null;
            if (!continuation && stripped.startsWith("[") && stripped.endsWith("]")) {
                section = stripped.substring(1, stripped.length() - 1).strip().toLowerCase(Locale.ROOT);
                key = null;
                continue;
            }
            if (!section.equals("metadata")) {
                continue;
            }
            String value;
            if (continuation) {
                value = stripped;
            } else {
                int eq = indexOfSeparator(stripped);
                if (eq <= 0) {
                    key = null;
                    continue;
                }
                key = stripped.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
                keyLine = line;
                value = stripped.substring(eq + 1).strip();
            }
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "license", "license_expression" -> addDeclared(licenses, value, continuation ? line : keyLine);
                case "classifiers" -> {
                    if (value.startsWith("License ::")) {
                        addClassifier(licenses, value, line);
                    }
                }
                case "author", "maintainer" -> addIfPresent(parties, value);
                default -> {
                }
            }
        }
        return new ManifestFacts(licenses, parties);
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    // ---- setup.py (text only, never executed)

    private ManifestFacts setupPy(TextFile file) {
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        for (int line = 1; line <= file.lineCount(); line++) {
            String text = capped(file.line(line));
            if (text.indexOf('=') >= 0) {
                Matcher keyword = SETUP_STRING_KEYWORD.matcher(text);
                while (keyword.find()) {
                    String value = keyword.group(2) != null ? keyword.group(2) : keyword.group(3);
                    switch (keyword.group(1)) {
                        case "license", "license_expression" -> addDeclared(licenses, value, line);
                        default -> addIfPresent(parties, value);
                    }
                }
            }
            if (text.contains("License ::")) {
                Matcher classifier = CLASSIFIER.matcher(text);
                while (classifier.find()) {
                    addClassifier(licenses, classifier.group(1), line);
                }
            }
        }
        return new ManifestFacts(licenses, parties);
    }

    // ---- Cargo.toml

    private ManifestFacts cargo(TextFile file) throws InputProblem {
        TomlParseResult toml = parser.toml(file);
        List<LicenseFinding> licenses = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        TomlTable pkg = toml.getTable("package");
        if (pkg != null) {
            if (pkg.get("license") instanceof String license) {
                addDeclared(licenses, license, line(pkg.inputPositionOf("license")));
            }
            if (pkg.get("license-file") instanceof String path) {
                licenses.add(new LicenseFinding("SEE LICENSE IN " + path, LicenseSource.MANIFEST,
                        lineOrFirst(line(pkg.inputPositionOf("license-file"))), false,
                        "license-file = \"" + path + "\""));
            }
            if (pkg.get("authors") instanceof TomlArray authors) {
                for (int i = 0; i < authors.size(); i++) {
                    if (authors.get(i) instanceof String s) {
                        addIfPresent(parties, s);
                    }
                }
            }
        }
        return new ManifestFacts(licenses, parties);
    }

    // ---- shared

    private void addDeclared(List<LicenseFinding> licenses, String declared, int line) {
        if (declared != null && !declared.isBlank()) {
            licenses.add(catalog.normalize(declared).toFinding(LicenseSource.MANIFEST, lineOrFirst(line)));
        }
    }

    private static void addIfPresent(List<String> parties, String party) {
        if (party != null && !party.isBlank() && !parties.contains(party.strip())) {
            parties.add(party.strip());
        }
    }

    private static int line(TomlPosition position) {
        return position == null ? 0 : position.line();
    }

    private static LineRange lineOrFirst(int line) {
        return LineRange.of(Math.max(1, line));
    }

    private static String capped(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }
}
