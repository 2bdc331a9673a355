package dev.provenance.policy;

import dev.provenance.license.LicenseExpression;

import dev.provenance.config.YamlDepth;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.license.NormalizedLicense;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a policy file through snakeyaml-engine's node API (compose, no construction of objects), so that every value
 * keeps its line and column for messages. Safe loading as {@code dev.provenance.config.ConfigParser} does it: the
 * core schema, no recursive or non-scalar keys, aliases to collections capped, the document capped in size and its
 * nesting estimated before the composer (which recurses) sees it. One instance reads one file.
 */
final class PolicyFileParser {
    static final int MAX_DEPTH = 16;
    static final int MAX_ALIASES = 20;
    static final int MAX_VALUE_CHARS = 4096;
    private static final int MAX_QUOTED = 60;
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final List<String> TOP_KEYS = List.of("licenses", "rules", "waivers");
    private static final List<String> LICENSE_KEYS = List.of("allowed", "denied");
    private static final List<String> WAIVER_KEYS = List.of("rule", "path", "origin", "reason", "comment", "expires");
    /** Rules about waivers themselves: they can be set to another level, not waived. */
    private static final List<String> UNWAIVABLE = List.of(WaiverExpiredRule.DESCRIPTOR.id(),
            WaiverUnusedRule.DESCRIPTOR.id());

    private final String source;
    private final SortedSet<String> knownRules;
    private final List<String> warnings = new ArrayList<>();

    PolicyFileParser(String source, SortedSet<String> knownRules) {
        this.source = source;
        this.knownRules = knownRules;
    }

    PolicyFile parse(String text) throws PolicyFileException {
        if (text.length() > PolicyFile.MAX_BYTES) {
            throw new PolicyFileException(source, 0, 0, "is larger than the limit of " + PolicyFile.MAX_BYTES
                    + " characters for a policy file");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int deep = YamlDepth.firstLineDeeperThan(text, MAX_DEPTH);
        if (deep > 0) {
            throw new PolicyFileException(source, deep, 0, "nesting deeper than " + MAX_DEPTH
                    + " levels; a policy file needs three");
        }
        Optional<Node> document = compose(text);
        if (document.isEmpty() || isNull(document.get())) {
            return new PolicyFile(source, LicenseRestrictions.NONE, Map.of(), List.of(), warnings);
        }
        Node root = document.get();
        LicenseRestrictions licenses = LicenseRestrictions.NONE;
        Map<String, RuleLevel> levels = Map.of();
        List<Waiver> waivers = List.of();
        for (Map.Entry<String, NodeTuple> entry : mapping(root, "the policy", TOP_KEYS).entrySet()) {
            Node value = entry.getValue().getValueNode();
            switch (entry.getKey()) {
                case "licenses" -> licenses = licenses(value);
                case "rules" -> levels = rules(value);
                default -> waivers = waivers(value);
            }
        }
        return new PolicyFile(source, licenses, levels, waivers, warnings);
    }

    private Optional<Node> compose(String text) throws PolicyFileException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(PolicyFile.MAX_BYTES + 1)
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? firstLine(e.getMessage()) : firstLine(e.getProblem());
            if (e.getContext() != null && !e.getContext().isBlank()) {
                problem = firstLine(e.getContext()) + ": " + problem;
            }
            throw new PolicyFileException(source, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + problem, e);
        } catch (YamlEngineException e) {
            throw new PolicyFileException(source, 0, 0, "not valid YAML: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new PolicyFileException(source, 0, 0, "not valid YAML: nesting too deep to read");
        }
    }

    private LicenseRestrictions licenses(Node node) throws PolicyFileException {
        if (isNull(node)) {
            return LicenseRestrictions.NONE;
        }
        List<LicenseEntry> allowed = List.of();
        List<LicenseEntry> denied = List.of();
        int allowedLine = 0;
        for (Map.Entry<String, NodeTuple> entry : mapping(node, "licenses", LICENSE_KEYS).entrySet()) {
            String where = "licenses." + entry.getKey();
            List<LicenseEntry> entries = licenseList(entry.getValue().getValueNode(), where);
            if (entry.getKey().equals("allowed")) {
                allowed = entries;
                allowedLine = line(entry.getValue().getKeyNode());
            } else {
                denied = entries;
            }
        }
        Map<String, LicenseEntry> allowedByKey = new HashMap<>();
        allowed.forEach(e -> allowedByKey.put(e.key(), e));
        for (LicenseEntry entry : denied) {
            LicenseEntry both = allowedByKey.get(entry.key());
            if (both != null) {
                throw new PolicyFileException(source, entry.line(), entry.column(), "licenses.denied: " + entry
                        + " is also allowed (line " + both.line() + "); a license is either allowed or denied");
            }
        }
        return new LicenseRestrictions(source, allowed, allowedLine, denied);
    }

    private List<LicenseEntry> licenseList(Node node, String where) throws PolicyFileException {
        if (isNull(node)) {
            return List.of();
        }
        List<Node> items = sequence(node, where, "a list of SPDX license ids");
        List<LicenseEntry> entries = new ArrayList<>();
        Map<String, LicenseEntry> byKey = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemWhere = where + "[" + i + "]";
            LicenseEntry entry = licenseEntry(item, itemWhere, scalar(item, itemWhere, "an SPDX license id"));
            LicenseEntry earlier = byKey.putIfAbsent(entry.key(), entry);
            if (earlier != null) {
                throw fail(item, itemWhere + " " + entry + " is already listed at line " + earlier.line());
            }
            entries.add(entry);
        }
        return entries;
    }

    /**
     * One license entry, normalised without asking spdx-java-library (whose first parse costs seconds): the id
     * through the catalog's tables, an exception checked against the list, a license name through the catalog's
     * name table.
     */
    private LicenseEntry licenseEntry(Node node, String where, String written) throws PolicyFileException {
        LicenseCatalog catalog = LicenseCatalog.bundled();
        Optional<LicenseExpression> parsed = LicenseExpression.parse(written);
        if (parsed.isPresent() && !(parsed.get() instanceof LicenseExpression.Term)) {
            throw notOneLicense(node, where, written);
        }
        if (parsed.isPresent()) {
            LicenseExpression.Term term = (LicenseExpression.Term) parsed.get();
            Optional<String> id = canonicalId(catalog, term.license());
            if (id.isPresent()) {
                String exception = term.hasException() ? term.exception() : null;
                if (exception != null && !exception.startsWith("AdditionRef-")
                        && !catalog.isListedException(exception)) {
                    warn(node, where + " " + quote(written) + " names an exception that is not on the SPDX "
                            + "exception list (" + catalog.listVersion() + "); it is compared as written");
                }
                return new LicenseEntry(written, id.get(), exception, true, line(node), column(node));
            }
        }
        NormalizedLicense normalized = catalog.normalize(written);
        if (normalized.known()) {
            LicenseExpression expression = LicenseExpression.parseOrTerm(normalized.expression());
            if (!(expression instanceof LicenseExpression.Term term)) {
                throw notOneLicense(node, where, written);
            }
            return new LicenseEntry(written, term.license(), term.hasException() ? term.exception() : null, true,
                    line(node), column(node));
        }
        warn(node, where + " " + quote(written) + " is not on the SPDX license list (" + catalog.listVersion()
                + "); it is compared with licenses as written");
        return new LicenseEntry(written, written.strip(), null, false, line(node), column(node));
    }

    /** A license id ({@code +} included) in canonical form, deprecated ids replaced; refs as written. */
    private static Optional<String> canonicalId(LicenseCatalog catalog, String id) {
        if (id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-")) {
            return Optional.of(id);
        }
        if (id.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return catalog.parseExpression(id)
                .filter(c -> c.indexOf(' ') < 0);
    }

    private PolicyFileException notOneLicense(Node node, String where, String written) {
        return fail(node, where + " must name one license (an SPDX id, optionally WITH an exception), not the "
                + "expression " + quote(written) + "; list each license on its own");
    }

    private void warn(Node node, String text) {
        Mark mark = node.getStartMark().orElse(null);
        warnings.add(source + ":" + (mark == null ? "0" : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
                + ": " + text);
    }

    private Map<String, RuleLevel> rules(Node node) throws PolicyFileException {
        if (isNull(node)) {
            return Map.of();
        }
        if (!(node instanceof MappingNode)) {
            throw fail(node, "rules must be a mapping of rule id to level (ERROR, WARNING, INFO or OFF), not "
                    + describe(node));
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : mapping(node, "rules", null).entrySet()) {
            String id = entry.getKey();
            if (!knownRules.contains(id)) {
                throw fail(entry.getValue().getKeyNode(), "rules: unknown rule " + quote(id) + "; known rules: "
                        + String.join(", ", knownRules));
            }
            Node value = entry.getValue().getValueNode();
            levels.put(id, choice(value, "rules." + id, RuleLevel.class));
        }
        return levels;
    }

    private List<Waiver> waivers(Node node) throws PolicyFileException {
        if (isNull(node)) {
            return List.of();
        }
        List<Node> items = sequence(node, "waivers", "a list of waivers");
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            waivers.add(waiver(items.get(i), "waivers[" + i + "]"));
        }
        return waivers;
    }

    private Waiver waiver(Node node, String where) throws PolicyFileException {
        if (!(node instanceof MappingNode)) {
            throw fail(node, where + " must be a mapping with keys " + String.join(", ", WAIVER_KEYS) + ", not "
                    + describe(node));
        }
        Map<String, NodeTuple> fields = mapping(node, where, WAIVER_KEYS);
        String rule = null;
        String path = "";
        String origin = "";
        WaiverReason reason = null;
        String comment = "";
        LocalDate expires = null;
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            Node value = field.getValue().getValueNode();
            String at = where + "." + field.getKey();
            switch (field.getKey()) {
                case "rule" -> rule = rule(value, at);
                case "path" -> path = pattern(value, at, true);
                case "origin" -> origin = pattern(value, at, false);
                case "reason" -> reason = choice(value, at, WaiverReason.class);
                case "comment" -> comment = scalar(value, at, "text").strip();
                default -> expires = date(value, at);
            }
        }
        if (rule == null) {
            throw fail(node, where + " needs a rule (the id of the rule it waives)");
        }
        if (reason == null) {
            throw fail(node, where + " needs a reason, one of " + names(WaiverReason.class));
        }
        if (path.isEmpty() && origin.isEmpty()) {
            throw fail(node, where + " needs a path or an origin (to turn a rule off everywhere, set it to OFF "
                    + "under rules)");
        }
        if (reason == WaiverReason.OTHER && comment.isEmpty()) {
            throw fail(node, where + " has reason OTHER and so needs a comment saying why");
        }
        return new Waiver(rule, path, origin, reason, comment, expires, line(node));
    }

    private String rule(Node value, String where) throws PolicyFileException {
        String id = scalar(value, where, "a rule id");
        if (UNWAIVABLE.contains(id)) {
            throw fail(value, where + " " + quote(id) + " cannot be waived; set its level under rules instead");
        }
        if (!knownRules.contains(id)) {
            throw fail(value, where + ": unknown rule " + quote(id) + "; known rules: "
                    + String.join(", ", knownRules));
        }
        return id;
    }

    private String pattern(Node value, String where, boolean isPath) throws PolicyFileException {
        String glob = scalar(value, where, isPath ? "a path glob" : "a component glob").strip();
        try {
            if (isPath) {
                PathPattern.compile(glob);
            } else {
                OriginPattern.compile(glob);
            }
        } catch (IllegalArgumentException e) {
            throw fail(value, where + " " + quote(glob) + " " + e.getMessage());
        }
        return glob;
    }

    private LocalDate date(Node value, String where) throws PolicyFileException {
        String text = scalar(value, where, "a date like 2027-06-30").strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(value, where + " must be a date like 2027-06-30 (year-month-day), not " + quote(text));
        }
    }

    private <E extends Enum<E>> E choice(Node value, String where, Class<E> type) throws PolicyFileException {
        String text = scalar(value, where, "one of " + names(type)).strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw fail(value, where + " must be one of " + names(type) + ", not " + quote(text));
    }

    /**
     * The entries of a mapping by key, in file order; duplicate keys and (when {@code allowed} is given) unknown
     * keys are errors.
     */
    private Map<String, NodeTuple> mapping(Node node, String where, List<String> allowed)
            throws PolicyFileException {
        checkTag(node, where);
        if (!(node instanceof MappingNode map)) {
            throw fail(node, where + " must be a mapping" + (allowed == null ? "" : " with keys "
                    + String.join(", ", allowed)) + ", not " + describe(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || isNull(keyNode)) {
                throw fail(keyNode, where + " has a key that is not a name");
            }
            String name = key.getValue();
            if (allowed != null && !allowed.contains(name)) {
                String prefix = where.equals("the policy") ? "" : where + ": ";
                throw fail(keyNode, prefix + "unknown key " + quote(name) + "; expected "
                        + String.join(", ", allowed));
            }
            NodeTuple earlier = entries.putIfAbsent(name, tuple);
            if (earlier != null) {
                String prefix = where.equals("the policy") ? "" : where + ": ";
                throw fail(keyNode, prefix + "duplicate key " + quote(name) + " (first at line "
                        + line(earlier.getKeyNode()) + ")");
            }
        }
        return entries;
    }

    private List<Node> sequence(Node node, String where, String expected) throws PolicyFileException {
        checkTag(node, where);
        if (!(node instanceof SequenceNode list)) {
            throw fail(node, where + " must be " + expected + ", not " + describe(node));
        }
        return list.getValue();
    }

    private String scalar(Node node, String where, String expected) throws PolicyFileException {
        checkTag(node, where);
        if (!(node instanceof ScalarNode scalar)) {
            throw fail(node, where + " must be " + expected + ", not " + describe(node));
        }
        if (isNull(node) || scalar.getValue().isBlank()) {
            throw fail(node, where + " must not be empty");
        }
        if (scalar.getValue().length() > MAX_VALUE_CHARS) {
            throw fail(node, where + " is longer than " + MAX_VALUE_CHARS + " characters");
        }
        return scalar.getValue();
    }

    private void checkTag(Node node, String where) throws PolicyFileException {
        String tag = node.getTag().getValue();
        if (!tag.startsWith(CORE_TAG_PREFIX)) {
            throw fail(node, where + " has the tag " + quote(tag) + "; a policy file uses no tags");
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "empty" : quote(((ScalarNode) node).getValue());
    }

    private PolicyFileException fail(Node node, String problem) {
        Mark mark = node.getStartMark().orElse(null);
        return new PolicyFileException(source, mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1, problem);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A value quoted for a message: control characters shown as {@code ?}, long values shortened. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        int n = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.append('\'').toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
