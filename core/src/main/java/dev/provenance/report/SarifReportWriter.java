package dev.provenance.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.inventory.FileKind;
import dev.provenance.license.Declaration;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.policy.RuleDescriptor;
import dev.provenance.policy.Severity;
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Violation;
import dev.provenance.policy.Waiver;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.text.LineRange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code provenance.sarif}: the violations of a scan as a SARIF 2.1.0 log for code scanning (GitHub code scanning,
 * IDE SARIF viewers, other CI dashboards).
 *
 * <p>What is written:
 * <ul>
 *   <li>One run. {@code tool.driver} is Provenance with the scanner's version (and {@code semanticVersion} when the
 *       version is a semantic version); its {@code rules} are every rule of the policy that ran, in the policy's
 *       order, each with its title, help text and Markdown (the {@code howToFix}) and its default level
 *       ({@code ERROR} → {@code error}, {@code WARNING} → {@code warning}, {@code INFO} → {@code note}) even when
 *       no result names it; then, by id, one rule made from the violations of each rule id the policy does not
 *       describe.</li>
 *   <li>{@code originalUriBaseIds}: {@code %SRCROOT%} is the scanned root as a {@code file:} URI ending in
 *       {@code /}; every result's file is a percent-encoded URI relative to it. A writer made
 *       {@link #relativeTo(Path) relative to} the repository's top directory uses that directory instead, for scans
 *       of a module.</li>
 *   <li><b>Only violations are results.</b> A snippet whose attribution satisfies its license breaks no rule, and
 *       code scanning users triage results as alerts to fix or dismiss; a satisfied copy as a {@code note} alert
 *       would be noise with nothing to do about it. Snippets stay in the JSON report; the run's properties count
 *       them. A violation the policy file waived is a result too, after the open ones and as far as the limit leaves
 *       room, with an {@code external}, {@code accepted} suppression whose justification is the waiver's reason,
 *       comment, line and expiry: code scanning shows it as dismissed, not lost.</li>
 *   <li>Each result: {@code ruleId}, {@code ruleIndex}, the violation's own {@code level} (a policy may have changed
 *       the rule's severity), the message with its fix (text and Markdown), and one location: the file and lines.
 *       A violation about a whole file has no region (SARIF's "the whole artifact"). Code scanning rejects a whole
 *       upload when a result has no file location, so a violation about the repository as a whole ({@code path}
 *       {@code .}) is placed on the file a reader would open for it (a declared license file, then a top-level
 *       legal file, model card, README, any top-level file), without a region, its location message and
 *       {@code properties.scope = "repository"} saying so.</li>
 *   <li>A violation about a snippet ({@code origin} set, and path and lines those of a snippet from that origin)
 *       carries the upstream as related location 1: the upstream file as a package URL with the file as subpath
 *       (when the origin has a package URL) and the upstream lines as region, its
 *       {@code component@version/path} as logical location, and a message naming component@version, path, lines,
 *       license and copyright holders; and properties with the clone type, similarity, tokens and the attribution
 *       verdict.</li>
 *   <li>{@code partialFingerprints["provenance/v1"]}: see {@link ResultFingerprint}; it does not change when
 *       unrelated lines are added above a finding.</li>
 *   <li>{@code invocations[0]}: execution successful, with a notification per input problem of the scan (the
 *       first {@value #MAX_ISSUE_NOTIFICATIONS}) and, when results were cut, one saying how many and of which
 *       rules.</li>
 * </ul>
 *
 * <p><b>Truncation.</b> GitHub code scanning rejects a run of more than 25,000 results (and shows only the most
 * serious 5,000). When a scan has more violations than {@code maxResults}, the first {@code maxResults} in the
 * scan's order are kept: most serious first, then by path, line, rule, message and origin, so the cut is the same
 * in every run. A {@code results-truncated} notification says how many were left out, per rule and per severity.
 * Each result has one location and at most one related location, far below GitHub's per-result limits.
 *
 * <p>The output is pretty-printed UTF-8 with LF line ends, with no timestamp, so that equal results give equal
 * bytes. It is written to a temporary file and moved into place.
 */
public final class SarifReportWriter implements ReportWriter {
    /** The report's file name. */
    public static final String FILE_NAME = "provenance.sarif";

    /** GitHub code scanning's hard limit of results per run: a run with more is rejected. */
    public static final int GITHUB_MAX_RESULTS = 25_000;

    /** Input problems reported as notifications at most; the JSON report has them all. */
    static final int MAX_ISSUE_NOTIFICATIONS = 1_000;

    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String TRUNCATED = "results-truncated";
    static final String INPUT_PROBLEM = "input-problem";
    private static final String TOOL_NAME = "Provenance";
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final List<RuleDescriptor> rules;
    private final int maxResults;
    private final Path uriBase;

    /**
     * A writer within GitHub's limit of {@value #GITHUB_MAX_RESULTS} results per run.
     *
     * @param rules the descriptors of the policy that ran ({@code policy.descriptors()}), in its order
     */
    public SarifReportWriter(List<RuleDescriptor> rules) {
        this(rules, GITHUB_MAX_RESULTS);
    }

    /**
     * A writer that keeps at most {@code maxResults} results.
     *
     * @param rules      the descriptors of the policy that ran, in its order
     * @param maxResults results per run at most, at least 1
     */
    public SarifReportWriter(List<RuleDescriptor> rules, int maxResults) {
        this(rules, maxResults, null);
    }

    private SarifReportWriter(List<RuleDescriptor> rules, int maxResults, Path uriBase) {
        this.rules = List.copyOf(rules);
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1: " + maxResults);
        }
        this.maxResults = maxResults;
        this.uriBase = uriBase;
    }

    /**
     * This writer with result URIs relative to {@code directory} instead of the scanned directory: for a scan of a
     * module or other subdirectory of a repository, pass the repository's top directory. GitHub code scanning
     * resolves relative result URIs against the repository's top directory, so without this a module's findings
     * point at files that do not exist there. {@code %SRCROOT%} is then
     * {@code directory}, and each path gains the scanned directory's path in it ({@code module-a/src/Main.java}).
     * Writing a scan whose directory is not {@code directory} or below it throws
     * {@link IllegalArgumentException}.
     */
    public SarifReportWriter relativeTo(Path directory) {
        return new SarifReportWriter(rules, maxResults, Objects.requireNonNull(directory, "directory"));
    }

    @Override
    public String format() {
        return "sarif";
    }

    /** Results per run at most. */
    int maxResults() {
        return maxResults;
    }

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFile.write(outputDirectory.resolve(FILE_NAME), out -> write(result, out));
    }

    /** Writes the report to {@code out}, which stays open. */
    public void write(ScanResult result, OutputStream out) throws IOException {
        List<Violation> described = new ArrayList<>(result.violations());
        result.waivers().forEach(w -> described.add(w.violation()));
        new Run(result, SarifRules.of(rules, described), maxResults,
                SarifUris.base(result.root(), uriBase)).write(out);
    }

    /** One run being written: the result, its rules, the results kept and what they refer to. */
    private static final class Run {
        private final ScanResult result;
        private final SarifRules rules;
        private final List<Violation> kept;
        private final List<Violation> omitted;
        private final List<AppliedWaiver> waived;
        private final Map<SnippetKey, AttributedSnippet> snippets = new HashMap<>();
        private final String repositoryAnchor;
        private final SarifUris.Base base;

        Run(ScanResult result, SarifRules rules, int maxResults, SarifUris.Base base) {
            this.result = result;
            this.base = base;
            this.rules = rules;
            List<Violation> all = result.violations();
            int cut = Math.min(maxResults, all.size());
            this.kept = all.subList(0, cut);
            this.omitted = all.subList(cut, all.size());
            this.waived = result.waivers().subList(0, Math.min(result.waivers().size(), maxResults - cut));
            for (AttributedSnippet s : result.snippets()) {
                snippets.putIfAbsent(new SnippetKey(s.path(), s.lines(), s.origin().coordinates()), s);
            }
            this.repositoryAnchor = repositoryAnchor(result);
        }

        void write(OutputStream out) throws IOException {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                json.setPrettyPrinter(printer);
                json.writeStartObject();
                json.writeStringField("$schema", SCHEMA_URI);
                json.writeStringField("version", "2.1.0");
                json.writeArrayFieldStart("runs");
                json.writeStartObject();
                tool(json);
                invocation(json);
                Optional<String> root = base.uri();
                if (root.isPresent()) {
                    json.writeObjectFieldStart("originalUriBaseIds");
                    json.writeObjectFieldStart(SRCROOT);
                    json.writeStringField("uri", root.get());
                    text(json, "description", base.prefix().isEmpty() ? "The scanned directory."
                            : "The directory that holds the scanned directory " + base.path(".") + ".");
                    json.writeEndObject();
                    json.writeEndObject();
                }
                results(json);
                json.writeObjectFieldStart("properties");
                json.writeNumberField("scannedFiles", result.files().size());
                json.writeNumberField("snippets", result.snippets().size());
                json.writeNumberField("violations", result.violations().size());
                json.writeNumberField("resultsOmitted", omitted.size());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }

        private void tool(JsonGenerator json) throws IOException {
            String version = result.tool().version();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", TOOL_NAME);
            json.writeStringField("version", version);
            if (SEMVER.matcher(version).matches()) {
                json.writeStringField("semanticVersion", version);
            }
            json.writeArrayFieldStart("notifications");
            notificationDescriptor(json, TRUNCATED, "Some violations were left out of the results",
                    "Raise the limit of results per run, fix or waive the most frequent violations, or read the"
                            + " JSON report, which lists every violation.");
            notificationDescriptor(json, INPUT_PROBLEM, "A file could not be fully analysed",
                    "The notification says what went wrong with the file and what the scan did instead.");
            json.writeEndArray();
            json.writeArrayFieldStart("rules");
            for (SarifRule rule : rules.all()) {
                rule(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }

        private static void notificationDescriptor(JsonGenerator json, String id, String title, String help)
                throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            text(json, "shortDescription", title);
            text(json, "help", help);
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", "warning");
            json.writeEndObject();
            json.writeEndObject();
        }

        private static void rule(JsonGenerator json, SarifRule rule) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            text(json, "shortDescription", rule.title());
            text(json, "fullDescription", sentence(rule.title()) + " Default severity: "
                    + rule.severity().name().toLowerCase(Locale.ROOT) + ".");
            json.writeObjectFieldStart("help");
            json.writeStringField("text", "How to fix: " + rule.howToFix());
            json.writeStringField("markdown", "**How to fix:** " + MarkdownText.escape(rule.howToFix())
                    + "\n\nRule " + MarkdownText.escape(rule.id()) + ", reported by Provenance.");
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", SarifRule.level(rule.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("tags");
            json.writeString("provenance");
            json.writeString("license-compliance");
            json.writeEndArray();
            if (rule.synthesised()) {
                json.writeBooleanField("describedByPolicy", false);
            }
            json.writeEndObject();
            json.writeEndObject();
        }

        private void invocation(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", true);
            if (!omitted.isEmpty() || !result.issues().isEmpty()) {
                json.writeArrayFieldStart("toolExecutionNotifications");
                if (!omitted.isEmpty()) {
                    truncation(json);
                }
                issues(json);
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndArray();
        }

        private void truncation(JsonGenerator json) throws IOException {
            Map<String, Integer> byRule = new LinkedHashMap<>();
            for (SarifRule rule : rules.all()) {
                long n = omitted.stream().filter(v -> v.rule().equals(rule.id())).count();
                if (n > 0) {
                    byRule.put(rule.id(), (int) n);
                }
            }
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            omitted.forEach(v -> bySeverity.merge(v.severity(), 1, Integer::sum));
            int total = result.violations().size();
            String perRule = byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            String message = "Only the " + kept.size() + " most serious of " + total + " violations are results: "
                    + omitted.size() + " were left out to stay within " + kept.size() + " results per run"
                    + " (GitHub code scanning rejects a run of more than " + GITHUB_MAX_RESULTS + "). Left out, by"
                    + " rule: " + perRule + ". The JSON report lists every violation.";
            json.writeStartObject();
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", TRUNCATED);
            json.writeNumberField("index", 0);
            json.writeEndObject();
            json.writeStringField("level", "warning");
            text(json, "message", message);
            json.writeObjectFieldStart("properties");
            json.writeNumberField("limit", kept.size());
            json.writeNumberField("violations", total);
            json.writeNumberField("omitted", omitted.size());
            json.writeObjectFieldStart("omittedByRule");
            for (Map.Entry<String, Integer> e : byRule.entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("omittedBySeverity");
            for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
                json.writeNumberField(e.getKey().name(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }

        private void issues(JsonGenerator json) throws IOException {
            List<ScanIssue> issues = result.issues();
            int shown = Math.min(issues.size(), MAX_ISSUE_NOTIFICATIONS);
            for (ScanIssue issue : issues.subList(0, shown)) {
                json.writeStartObject();
                inputProblemDescriptor(json);
                json.writeStringField("level", "warning");
                text(json, "message", issue.path() + ": " + issue.message());
                if (!issue.path().equals(".")) {
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    json.writeObjectFieldStart("physicalLocation");
                    artifact(json, base.path(issue.path()));
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeObjectFieldStart("properties");
                json.writeStringField("code", issue.code().id());
                json.writeEndObject();
                json.writeEndObject();
            }
            if (issues.size() > shown) {
                json.writeStartObject();
                inputProblemDescriptor(json);
                json.writeStringField("level", "warning");
                text(json, "message", (issues.size() - shown) + " more input problems are not listed here; the"
                        + " JSON report lists every one.");
                json.writeEndObject();
            }
        }

        private static void inputProblemDescriptor(JsonGenerator json) throws IOException {
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", INPUT_PROBLEM);
            json.writeNumberField("index", 1);
            json.writeEndObject();
        }

        private void results(JsonGenerator json) throws IOException {
            Map<String, Integer> occurrences = new HashMap<>();
            json.writeArrayFieldStart("results");
            for (Violation v : kept) {
                result(json, v, null, occurrences);
            }
            for (AppliedWaiver w : waived) {
                result(json, w.violation(), w.waiver(), occurrences);
            }
            json.writeEndArray();
        }

        /** One result; a waived one carries the waiver as an external, accepted suppression. */
        private void result(JsonGenerator json, Violation v, Waiver waiver, Map<String, Integer> occurrences)
                throws IOException {
            {
                AttributedSnippet snippet = v.origin().isEmpty() || v.lines() == null ? null
                        : snippets.get(new SnippetKey(v.path(), v.lines(), v.origin()));
                String hash = ResultFingerprint.hash(v, base.path(v.path()), snippet);
                int occurrence = occurrences.merge(hash, 1, Integer::sum);
                json.writeStartObject();
                json.writeStringField("ruleId", v.rule());
                json.writeNumberField("ruleIndex", rules.indexOf(v.rule()));
                json.writeStringField("level", SarifRule.level(v.severity()));
                message(json, v, snippet);
                location(json, v);
                if (snippet != null) {
                    upstream(json, snippet.origin());
                }
                json.writeObjectFieldStart("partialFingerprints");
                json.writeStringField(ResultFingerprint.KEY, hash + ":" + occurrence);
                json.writeEndObject();
                if (waiver != null) {
                    suppression(json, waiver);
                }
                properties(json, v, snippet);
                json.writeEndObject();
            }
        }

        /** The policy file's waiver as SARIF sees it: suppressed outside the code, accepted, with its reason. */
        private static void suppression(JsonGenerator json, Waiver waiver) throws IOException {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            String comment = waiver.comment().isEmpty() ? "" : ": " + waiver.comment();
            String until = waiver.expires() == null ? "" : ", until " + waiver.expires();
            json.writeStringField("justification", waiver.reason() + comment + " (waiver at line " + waiver.line()
                    + " of the policy file" + until + ")");
            json.writeEndObject();
            json.writeEndArray();
        }

        private static void message(JsonGenerator json, Violation v, AttributedSnippet snippet) throws IOException {
            String fix = v.howToFix().isBlank() ? "" : v.howToFix();
            StringBuilder text = new StringBuilder(sentence(v.message()));
            StringBuilder markdown = new StringBuilder(MarkdownText.escape(v.message()));
            if (snippet != null) {
                Origin o = snippet.origin();
                Attribution a = snippet.attribution();
                markdown.append("\n\n**Upstream:** ").append(MarkdownText.escape(upstreamText(o)))
                        .append("\n\n**Attribution:** ").append(a.status().name())
                        .append(a.satisfied() ? " (satisfies the license)" : " (does not satisfy the license)");
            }
            if (!fix.isEmpty()) {
                text.append(" How to fix: ").append(fix);
                markdown.append("\n\n**How to fix:** ").append(MarkdownText.escape(fix));
            }
            json.writeObjectFieldStart("message");
            json.writeStringField("text", text.toString());
            json.writeStringField("markdown", markdown.toString());
            json.writeEndObject();
        }

        private void location(JsonGenerator json, Violation v) throws IOException {
            boolean repository = v.path().equals(".");
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            artifact(json, base.path(repository ? repositoryAnchor : v.path()));
            if (!repository && v.lines() != null) {
                region(json, v.lines());
            }
            json.writeEndObject();
            if (repository) {
                String whole = base.prefix().isEmpty() ? "The repository as a whole"
                        : "The scanned directory " + base.path(".") + " as a whole";
                text(json, "message", repositoryAnchor.equals(".") ? whole + "."
                        : whole + ", shown on " + base.path(repositoryAnchor) + ".");
            }
            json.writeEndObject();
            json.writeEndArray();
        }

        private static void upstream(JsonGenerator json, Origin origin) throws IOException {
            json.writeArrayFieldStart("relatedLocations");
            json.writeStartObject();
            json.writeNumberField("id", 1);
            Optional<String> uri = SarifUris.upstream(origin);
            if (uri.isPresent()) {
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                json.writeStringField("uri", uri.get());
                json.writeEndObject();
                region(json, origin.lines());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", origin.path());
            json.writeStringField("fullyQualifiedName", origin.coordinates() + "/" + origin.path());
            json.writeStringField("kind", "module");
            json.writeEndObject();
            json.writeEndArray();
            text(json, "message", "Upstream: " + upstreamText(origin));
            json.writeEndObject();
            json.writeEndArray();
        }

        private static void properties(JsonGenerator json, Violation v, AttributedSnippet snippet)
                throws IOException {
            json.writeObjectFieldStart("properties");
            json.writeStringField("scope", v.path().equals(".") ? "repository" : v.lines() == null ? "file" : "lines");
            if (!v.origin().isEmpty()) {
                json.writeStringField("origin", v.origin());
            }
            if (snippet != null) {
                SnippetMatch m = snippet.match();
                Origin o = m.origin();
                Attribution a = snippet.attribution();
                json.writeStringField("upstreamPath", o.path());
                json.writeStringField("upstreamLines", o.lines().first() + "-" + o.lines().last());
                if (!o.purl().isEmpty()) {
                    json.writeStringField("purl", o.purl());
                }
                if (!o.license().isEmpty()) {
                    json.writeStringField("license", o.license());
                }
                json.writeStringField("cloneType", m.cloneType().name());
                json.writeNumberField("similarity", Math.round(m.similarity() * 1000) / 1000.0);
                json.writeNumberField("tokens", m.tokens());
                json.writeBooleanField("wholeFile", m.wholeFile());
                json.writeStringField("attributionStatus", a.status().name());
                json.writeBooleanField("attributionSatisfied", a.satisfied());
                json.writeArrayFieldStart("attributionMissing");
                for (String missing : a.missing()) {
                    json.writeString(missing);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        private static void artifact(JsonGenerator json, String path) throws IOException {
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", SarifUris.relative(path));
            json.writeStringField("uriBaseId", SRCROOT);
            json.writeEndObject();
        }

        private static void region(JsonGenerator json, LineRange lines) throws IOException {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", lines.first());
            json.writeNumberField("endLine", lines.last());
            json.writeEndObject();
        }

        private static void text(JsonGenerator json, String field, String text) throws IOException {
            json.writeObjectFieldStart(field);
            json.writeStringField("text", text);
            json.writeEndObject();
        }

        /** {@code acme-rope@1.4.0 acme_rope/rotary.py:20-46, license Apache-2.0, copyright holders Acme Labs}. */
        private static String upstreamText(Origin o) {
            return o.coordinates() + " " + o.path() + ":" + o.lines().first() + "-" + o.lines().last()
                    + ", license " + (o.license().isEmpty() ? "unknown" : o.license())
                    + (o.holders().isEmpty() ? ", no copyright holder known"
                    : ", copyright holders " + String.join("; ", o.holders()));
        }

        /** The text ending in a full stop (or the other end mark it has). */
        private static String sentence(String text) {
            String t = text.strip();
            if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
                return t;
            }
            return t + ".";
        }

        /**
         * The file a repository-wide violation is shown on: a declared license's file, then a top-level legal file,
         * model card, README, any top-level file, any file; {@code .} when the scan found no file at all.
         */
        private static String repositoryAnchor(ScanResult result) {
            List<FileReport> files = result.files();
            Set<String> paths = files.stream().map(FileReport::path).collect(Collectors.toSet());
            for (Declaration d : result.declared()) {
                if (paths.contains(d.source())) {
                    return d.source();
                }
            }
            List<Predicate<FileReport>> preferences = List.of(
                    f -> f.kind() == FileKind.LEGAL,
                    f -> f.kind() == FileKind.MODEL_CARD,
                    f -> f.path().toUpperCase(Locale.ROOT).startsWith("README"),
                    f -> true);
            for (Predicate<FileReport> preferred : preferences) {
                Optional<String> found = files.stream().filter(f -> f.path().indexOf('/') < 0).filter(preferred)
                        .map(FileReport::path).sorted().findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return files.stream().map(FileReport::path).sorted().findFirst().orElse(".");
        }
    }

    /** A snippet as a violation names it: file, lines and upstream {@code component@version}. */
    private record SnippetKey(String path, LineRange lines, String origin) {
    }
}
