package dev.provenance.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseOptions;
import org.tomlj.TomlParseResult;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses JSON, YAML, TOML and XML from scanned repositories safely and within {@link ConfigLimits}.
 *
 * <p>Instances are immutable and thread-safe. A document that does not parse, or that exceeds a limit, is reported
 * as an {@link InputProblem} with {@link IssueCode#INVALID_JSON}, {@link IssueCode#INVALID_YAML},
 * {@link IssueCode#INVALID_TOML}, {@link IssueCode#INVALID_XML} or {@link IssueCode#XML_DOCTYPE_REFUSED} and a
 * message such as {@code line 7, column 3: trailing comma before '}'}.
 *
 * <ul>
 *   <li>JSON is strict (no comments, no trailing commas, no single quotes, nothing after the value) except that
 *       {@code NaN} and {@code Infinity} are accepted, because Python's {@code json} module writes them into real
 *       {@code config.json} files. Duplicate keys are accepted, the last one wins (as in Python).</li>
 *   <li>YAML is loaded with the core schema into plain maps, lists, strings, numbers, booleans and nulls; aliases to
 *       collections are capped, recursive keys refused, unknown tags refused. Duplicate keys are accepted and the
 *       last one wins, as PyYAML (which writes and reads model cards) does.</li>
 *   <li>TOML is parsed by tomlj with the nesting limit.</li>
 *   <li>XML never reads a DOCTYPE: a document declaring one is refused outright, so no entity of any kind (internal
 *       or external) is expanded and nothing is loaded from outside the text.</li>
 * </ul>
 */
public final class ConfigParser {
    /** Jackson names the (redacted) source inside nested locations; the path is already known to the reader. */
    private static final String JACKSON_REDACTED_SOURCE =
            "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";
    private static final ConfigParser STANDARD = new ConfigParser(ConfigLimits.DEFAULT);

    private final ConfigLimits limits;
    private final ObjectMapper json;
    private final LoadSettings yaml;
    private final TomlParseOptions toml;

    public ConfigParser(ConfigLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentChars())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.json = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.yaml = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setMaxAliasesForCollections(limits.maxYamlAliases())
                .setCodePointLimit(limits.maxDocumentChars())
                .setUseMarks(true)
                .build();
        this.toml = TomlParseOptions.defaults().withMaxNestingDepth(limits.maxNestingDepth());
    }

    /** The parser with {@link ConfigLimits#DEFAULT}. */
    public static ConfigParser standard() {
        return STANDARD;
    }

    public ConfigLimits limits() {
        return limits;
    }

    /**
     * Parses a JSON document into a tree.
     *
     * @throws InputProblem {@link IssueCode#INVALID_JSON} when it does not parse, is empty or exceeds a limit
     */
    public JsonNode json(TextFile file) throws InputProblem {
        String text = file.text();
        checkSize(text, IssueCode.INVALID_JSON);
        try {
            JsonNode node = json.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InputProblem(IssueCode.INVALID_JSON, "line 1, column 1: empty document, no JSON value");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new InputProblem(IssueCode.INVALID_JSON,
                    where(e.getLocation()) + "exceeds a limit: " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new InputProblem(IssueCode.INVALID_JSON, where(e.getLocation()) + jsonProblem(file, e), e);
        }
    }

    /**
     * Parses one YAML document into plain Java values ({@code Map<String, Object>} with insertion order,
     * {@code List<Object>}, {@code String}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double},
     * {@code Boolean}, {@code null}).
     *
     * @return the document's root value; {@code null} for an empty document
     * @throws InputProblem {@link IssueCode#INVALID_YAML} when it does not parse, holds several documents, uses an
     *                      unknown tag or exceeds a limit
     */
    public Object yaml(TextFile file) throws InputProblem {
        String text = file.text();
        checkSize(text, IssueCode.INVALID_YAML);
        YamlDepth.check(text, limits.maxNestingDepth());
        try {
            return new Load(yaml).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            throw new InputProblem(IssueCode.INVALID_YAML, yamlProblem(e), e);
        } catch (YamlEngineException e) {
            throw new InputProblem(IssueCode.INVALID_YAML, firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new InputProblem(IssueCode.INVALID_YAML, "nesting too deep to load");
        }
    }

    /**
     * Parses a TOML document.
     *
     * @throws InputProblem {@link IssueCode#INVALID_TOML} when it does not parse or exceeds a limit
     */
    public TomlParseResult toml(TextFile file) throws InputProblem {
        String text = file.text();
        checkSize(text, IssueCode.INVALID_TOML);
        TomlParseResult result;
        try {
            result = Toml.parse(text, toml);
        } catch (StackOverflowError e) {
            throw new InputProblem(IssueCode.INVALID_TOML, "nesting too deep to parse");
        }
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            String message = firstLine(error.getMessage());
            throw new InputProblem(IssueCode.INVALID_TOML, "line " + error.position().line() + ", column "
                    + error.position().column() + ": " + stripTomlPosition(message), error);
        }
        return result;
    }

    /**
     * Parses an XML document, namespace-aware, without DOCTYPE, external entities, DTD loading or XInclude.
     *
     * @throws InputProblem {@link IssueCode#XML_DOCTYPE_REFUSED} when it declares a DOCTYPE,
     *                      {@link IssueCode#INVALID_XML} when it is not well formed or exceeds a limit
     */
    public Document xml(TextFile file) throws InputProblem {
        String text = file.text();
        checkSize(text, IssueCode.INVALID_XML);
        int doctype = doctypeOffset(text);
        if (doctype >= 0) {
            throw doctypeRefused(file.lineOf(doctype), doctype - file.lineStart(file.lineOf(doctype)) + 1);
        }
        try {
            DocumentBuilder builder = xmlFactory(limits.maxNestingDepth()).newDocumentBuilder();
            builder.setErrorHandler(SilentErrors.INSTANCE);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            Document document = builder.parse(new InputSource(new StringReader(text)));
            if (depth(document.getDocumentElement(), 1) > limits.maxNestingDepth()) {
                throw new InputProblem(IssueCode.INVALID_XML,
                        "elements nested deeper than " + limits.maxNestingDepth());
            }
            return document;
        } catch (SAXParseException e) {
            String message = firstLine(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw doctypeRefused(e.getLineNumber(), e.getColumnNumber());
            }
            throw new InputProblem(IssueCode.INVALID_XML,
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message, e);
        } catch (SAXException | IOException e) {
            throw new InputProblem(IssueCode.INVALID_XML, firstLine(e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        } catch (StackOverflowError e) {
            throw new InputProblem(IssueCode.INVALID_XML, "elements nested too deep to parse");
        }
    }

    private void checkSize(String text, IssueCode code) throws InputProblem {
        if (text.length() > limits.maxDocumentChars()) {
            throw new InputProblem(code, "document of " + text.length() + " characters exceeds the limit of "
                    + limits.maxDocumentChars());
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr()) + ": ";
    }

    /** Jackson's problem, rephrased where a common mistake (a trailing comma) can be named. */
    private static String jsonProblem(TextFile file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String text = file.text();
        if (location != null && location.getLineNr() >= 1 && location.getLineNr() <= file.lineCount()
                && location.getColumnNr() >= 1) {
            int at = file.lineStart(location.getLineNr()) + location.getColumnNr() - 1;
            if (at < text.length() && (text.charAt(at) == '}' || text.charAt(at) == ']')) {
                int before = at - 1;
                while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                    before--;
                }
                if (before >= 0 && text.charAt(before) == ',') {
                    return "trailing comma before '" + text.charAt(at) + "'";
                }
            }
        }
        return firstLine(e.getOriginalMessage()).replace(JACKSON_REDACTED_SOURCE, "");
    }

    private static String yamlProblem(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : firstLine(e.getProblem());
        if (e.getContext() != null && !e.getContext().isBlank()) {
            problem = firstLine(e.getContext()) + ": " + problem;
        }
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        return mark == null ? problem
                : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + problem;
    }

    private static String stripTomlPosition(String message) {
        int at = message.lastIndexOf(" (line ");
        return at > 0 && message.endsWith(")") ? message.substring(0, at) : message;
    }

    private static InputProblem doctypeRefused(int line, int column) {
        return new InputProblem(IssueCode.XML_DOCTYPE_REFUSED, "line " + line + ", column " + column
                + ": DOCTYPE is not allowed (external entities are refused)");
    }

    /** Offset of a {@code <!DOCTYPE} in the prolog (before the root element), or -1. */
    private static int doctypeOffset(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return -1;
            }
            char next = text.charAt(lt + 1);
            if (text.startsWith("<!DOCTYPE", lt)) {
                return lt;
            } else if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (next == '?') {
                int end = text.indexOf("?>", lt + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static DocumentBuilderFactory xmlFactory(int maxDepth) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                Integer.toString(maxDepth));
        return factory;
    }

    /** Deepest element nesting below {@code root} (root alone is 1), walked without recursion. */
    private static int depth(org.w3c.dom.Node root, int rootDepth) {
        int max = rootDepth;
        int depth = rootDepth;
        org.w3c.dom.Node node = root;
        while (node != null) {
            org.w3c.dom.Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                depth++;
            } else {
                while (node != root && node.getNextSibling() == null) {
                    node = node.getParentNode();
                    depth--;
                }
                node = node == root ? null : node.getNextSibling();
            }
            if (node != null && node.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                max = Math.max(max, depth);
            }
        }
        return max;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        String line = nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Turns warnings into nothing and errors into exceptions, so that nothing is printed to stderr. */
    private enum SilentErrors implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make the document unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
