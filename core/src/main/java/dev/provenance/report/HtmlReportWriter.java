package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.inventory.FileKind;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code provenance-report.html}: one self-contained page for release managers — the summary, the violations
 * filterable by rule, severity and path, and every snippet side by side with its upstream, differences highlighted,
 * with its attribution verdict and evidence.
 *
 * <p>The page fetches nothing (no CDN, fonts or images) and works offline from {@code file://}: its stylesheet and
 * script are inline, allowed by a Content-Security-Policy that names their SHA-256 hashes and nothing else. The
 * scan's data is embedded as JSON in {@code <script type="application/json">} elements, escaped so that no text of a
 * scanned repository can end the element or run, and the script only ever puts that text into the page as text.
 * The main data block holds what the lists need; each snippet's text and alignment sit in a block of their own,
 * parsed when the snippet is opened, and lists render one page of rows at a time, so the page stays responsive with
 * tens of thousands of findings.
 *
 * <p>Equal results give byte-identical files: everything comes from the result in its order, nothing from the
 * clock or the machine.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** The report's file name. */
    public static final String FILE_NAME = "provenance-report.html";

    /** Components listed in the summary's top upstream components. */
    static final int TOP_COMPONENTS = 10;

    private static final String RESOURCES = "/dev/provenance/report/";
    private static final List<String> PLACEHOLDERS =
            List.of("{{CSP}}", "{{TITLE}}", "{{CSS}}", "{{DATA}}", "{{SNIPPETS}}", "{{JS}}");

    private final List<String> template;
    private final String css;
    private final String script;
    private final String policy;

    /** Loads the page's template, stylesheet and script from the class path. */
    public HtmlReportWriter() {
        css = resource("report.css");
        script = resource("report.js");
        if (css.toLowerCase(Locale.ROOT).contains("</style")
                || script.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("the report's stylesheet or script closes its own element");
        }
        template = split(resource("report.html"));
        policy = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(css)
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFile.write(outputDirectory.resolve(FILE_NAME), out -> write(result, out));
    }

    /** Writes the page to {@code out}, which stays open. */
    public void write(ScanResult result, OutputStream out) throws IOException {
        // flushed, never closed: the caller's stream stays open
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < template.size(); i++) {
            writer.write(template.get(i));
            if (i < PLACEHOLDERS.size()) {
                switch (PLACEHOLDERS.get(i)) {
                    case "{{CSP}}" -> writer.write(policy);
                    case "{{TITLE}}" -> writer.write(html("Provenance report — " + result.root()));
                    case "{{CSS}}" -> writer.write(css);
                    case "{{DATA}}" -> data(new ScriptJson(writer), result);
                    case "{{SNIPPETS}}" -> snippetBlocks(writer, result.snippets());
                    case "{{JS}}" -> writer.write(script);
                    default -> throw new IllegalStateException(PLACEHOLDERS.get(i));
                }
            }
        }
        writer.flush();
    }

    private static void data(ScriptJson json, ScanResult result) throws IOException {
        json.beginObject();
        json.field("schemaVersion", result.schemaVersion());
        json.name("tool").beginObject().field("name", result.tool().name())
                .field("version", result.tool().version()).endObject();
        json.field("root", result.root());
        summary(json, result);
        violations(json, result.violations());
        snippetList(json, result.snippets());
        issues(json, result.issues());
        json.endObject();
    }

    private static void summary(ScriptJson json, ScanResult result) throws IOException {
        json.name("summary").beginObject();
        json.field("files", result.files().size());
        json.field("bytes", result.totalBytes());
        json.field("excluded", result.excluded().size());
        json.field("issues", result.issues().size());
        json.name("severities").beginArray();
        for (Map.Entry<Severity, Integer> e : result.violationsBySeverity().entrySet()) {
            json.beginArray().value(e.getKey().name()).value(e.getValue()).endArray();
        }
        json.endArray();
        json.name("kinds").beginArray();
        for (Map.Entry<FileKind, Integer> e : result.filesByKind().entrySet()) {
            if (e.getValue() > 0) {
                json.beginArray().value(e.getKey().name()).value(e.getValue()).endArray();
            }
        }
        json.endArray();
        Map<AttributionStatus, int[]> statuses = new EnumMap<>(AttributionStatus.class);
        for (AttributionStatus status : AttributionStatus.values()) {
            statuses.put(status, new int[2]);
        }
        for (AttributedSnippet s : result.snippets()) {
            int[] counts = statuses.get(s.attribution().status());
            counts[0]++;
            if (!s.attribution().satisfied()) {
                counts[1]++;
            }
        }
        json.name("statuses").beginArray();
        for (Map.Entry<AttributionStatus, int[]> e : statuses.entrySet()) {
            json.beginArray().value(e.getKey().name()).value(e.getValue()[0]).value(e.getValue()[1]).endArray();
        }
        json.endArray();
        List<ComponentUse> components = components(result.snippets());
        json.field("components", components.size());
        json.name("topComponents").beginArray();
        for (ComponentUse c : components.subList(0, Math.min(TOP_COMPONENTS, components.size()))) {
            json.beginObject().field("name", c.coordinates).field("license", String.join(" | ", c.licenses))
                    .field("snippets", c.snippets).field("files", c.files.size()).field("lines", c.lines)
                    .field("unsatisfied", c.unsatisfied).endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** What the repository took from one upstream component. */
    static final class ComponentUse {
        final String coordinates;
        final Set<String> licenses = new TreeSet<>();
        final Set<String> files = new TreeSet<>();
        int snippets;
        long lines;
        int unsatisfied;

        ComponentUse(String coordinates) {
            this.coordinates = coordinates;
        }
    }

    /** Upstream components by snippets copied, then lines copied, then name. */
    static List<ComponentUse> components(List<AttributedSnippet> snippets) {
        Map<String, ComponentUse> byName = new TreeMap<>();
        for (AttributedSnippet s : snippets) {
            ComponentUse use = byName.computeIfAbsent(s.origin().coordinates(), ComponentUse::new);
            use.snippets++;
            use.lines += s.lines().length();
            use.files.add(s.path());
            if (!s.origin().license().isEmpty()) {
                use.licenses.add(s.origin().license());
            }
            if (!s.attribution().satisfied()) {
                use.unsatisfied++;
            }
        }
        List<ComponentUse> uses = new ArrayList<>(byName.values());
        uses.sort(Comparator.comparingInt((ComponentUse u) -> -u.snippets)
                .thenComparingLong(u -> -u.lines)
                .thenComparing(u -> u.coordinates));
        return uses;
    }

    private static void violations(ScriptJson json, List<Violation> violations) throws IOException {
        Map<String, Integer> rules = new LinkedHashMap<>();
        new TreeSet<>(violations.stream().map(Violation::rule).toList()).forEach(r -> rules.put(r, rules.size()));
        json.strings("rules", rules.keySet());
        json.strings("severities", Arrays.stream(Severity.values()).map(Enum::name).toList());
        // one array per violation: [rule index, severity index, path, first line, last line, message, howToFix,
        // origin]; lines 0 when the violation is about a whole file or the repository
        json.name("violations").beginArray();
        for (Violation v : violations) {
            json.beginArray().value(rules.get(v.rule())).value(v.severity().ordinal()).value(v.path());
            lines(json, v.lines());
            json.value(v.message()).value(v.howToFix()).value(v.origin()).endArray();
        }
        json.endArray();
    }

    private static void lines(ScriptJson json, LineRange lines) throws IOException {
        json.value(lines == null ? 0 : lines.first()).value(lines == null ? 0 : lines.last());
    }

    private static void snippetList(ScriptJson json, List<AttributedSnippet> snippets) throws IOException {
        json.strings("statuses", Arrays.stream(AttributionStatus.values()).map(Enum::name).toList());
        // one array per snippet: [path, first, last, component@version, upstream path, first, last, license,
        // similarity in per mille, clone type, tokens, whole file, status index, satisfied]
        json.name("snippets").beginArray();
        for (AttributedSnippet s : snippets) {
            SnippetMatch m = s.match();
            Origin o = m.origin();
            json.beginArray().value(m.path());
            lines(json, m.lines());
            json.value(o.coordinates()).value(o.path());
            lines(json, o.lines());
            json.value(o.license()).value(Math.round(m.similarity() * 1000)).value(m.cloneType().name())
                    .value(m.tokens()).value(m.wholeFile()).value(s.attribution().status().ordinal())
                    .value(s.attribution().satisfied()).endArray();
        }
        json.endArray();
    }

    private static void issues(ScriptJson json, List<ScanIssue> issues) throws IOException {
        json.name("issues").beginArray();
        for (ScanIssue issue : issues) {
            json.beginArray().value(issue.path()).value(issue.code().id()).value(issue.message()).endArray();
        }
        json.endArray();
    }

    /** One JSON block per snippet ({@code id="sd-N"}): what its detail view needs, parsed when it opens. */
    private static void snippetBlocks(Writer writer, List<AttributedSnippet> snippets) throws IOException {
        for (int i = 0; i < snippets.size(); i++) {
            AttributedSnippet s = snippets.get(i);
            writer.write("<script type=\"application/json\" id=\"sd-" + i + "\">");
            snippetDetail(new ScriptJson(writer), s);
            writer.write("</script>\n");
        }
    }

    private static void snippetDetail(ScriptJson json, AttributedSnippet s) throws IOException {
        Origin o = s.origin();
        json.beginObject();
        json.field("purl", o.purl());
        json.strings("holders", o.holders());
        json.name("renames").beginObject();
        for (Map.Entry<String, String> rename : s.match().renames().entrySet()) {
            json.field(rename.getKey(), rename.getValue());
        }
        json.endObject();
        Attribution a = s.attribution();
        json.name("evidence").beginArray();
        for (Evidence e : a.evidence()) {
            json.beginArray().value(e.kind().name()).value(e.path());
            lines(json, e.lines());
            json.value(e.text()).endArray();
        }
        json.endArray();
        json.strings("missing", a.missing());
        SideBySide view = SideBySide.of(s.excerpt().copy(), s.excerpt().upstream(), s.match().renames());
        json.strings("copy", view.copy());
        json.strings("upstream", view.upstream());
        json.field("aligned", view.aligned());
        json.field("copyCut", view.copyCut());
        json.field("upstreamCut", view.upstreamCut());
        // one array per row: [kind index, line count, copy spans, upstream spans]; spans are flat
        // [start, end, kind index] triples
        json.name("rows").beginArray();
        for (SideBySide.Row row : view.rows()) {
            json.beginArray().value(row.kind().ordinal()).value(row.count());
            if (!row.copySpans().isEmpty() || !row.upstreamSpans().isEmpty()) {
                json.beginArray();
                for (int v : row.copySpans()) {
                    json.value(v);
                }
                json.endArray().beginArray();
                for (int v : row.upstreamSpans()) {
                    json.value(v);
                }
                json.endArray();
            }
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }

    /** Text for an HTML element or attribute. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** {@code sha256-…} of {@code text}'s UTF-8 bytes, as a Content-Security-Policy source. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<String> split(String page) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (String placeholder : PLACEHOLDERS) {
            int at = page.indexOf(placeholder, from);
            if (at < 0) {
                throw new IllegalStateException("report.html lacks " + placeholder + " in its place");
            }
            parts.add(page.substring(from, at));
            from = at + placeholder.length();
        }
        parts.add(page.substring(from));
        return List.copyOf(parts);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCES + name, e);
        }
    }
}
