package dev.provenance.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.provenance.inventory.Exclusion;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileTrait;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.match.Origin;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.UnconfirmedClaim;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.policy.AppliedWaiver;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.policy.Waiver;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code provenance-report.json}: the whole {@link ScanResult}, field names fixed so that other tools can rely on
 * them, in a fixed order, LF line ends, so that two scans of the same tree write the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {
    /** The report's file name. */
    public static final String FILE_NAME = "provenance-report.json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFile.write(outputDirectory.resolve(FILE_NAME), out -> write(result, out));
    }

    /** Writes the report to {@code out}, which stays open. */
    public void write(ScanResult result, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", result.schemaVersion());
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", result.tool().name());
            json.writeStringField("version", result.tool().version());
            json.writeEndObject();
            json.writeStringField("root", result.root());
            summary(json, result);
            files(json, result.files());
            declared(json, result.declared());
            ownHolders(json, result.ownHolders());
            thirdParty(json, result.thirdParty());
            snippets(json, result.snippets());
            violations(json, result.violations());
            waivers(json, result.waivers());
            issues(json, result.issues());
            claims(json, result.claims());
            excluded(json, result.excluded());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void summary(JsonGenerator json, ScanResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", result.files().size());
        json.writeNumberField("bytes", result.totalBytes());
        json.writeObjectFieldStart("byKind");
        for (Map.Entry<FileKind, Integer> e : result.filesByKind().entrySet()) {
            json.writeNumberField(e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("violations");
        for (Map.Entry<Severity, Integer> e : result.violationsBySeverity().entrySet()) {
            json.writeNumberField(e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("waived", result.waivers().size());
        json.writeNumberField("snippets", result.snippets().size());
        json.writeNumberField("issues", result.issues().size());
        json.writeNumberField("excluded", result.excluded().size());
        json.writeEndObject();
    }

    private static void files(JsonGenerator json, List<FileReport> files) throws IOException {
        json.writeArrayFieldStart("files");
        for (FileReport file : files) {
            json.writeStartObject();
            json.writeStringField("path", file.path());
            json.writeStringField("kind", file.kind().name());
            json.writeStringField("language", file.language().id());
            json.writeNumberField("size", file.size());
            json.writeArrayFieldStart("traits");
            for (FileTrait trait : FileTrait.values()) {
                if (file.traits().contains(trait)) {
                    json.writeString(trait.name());
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("licenses");
            for (LicenseFinding license : file.licenses()) {
                json.writeStartObject();
                json.writeStringField("expression", license.expression());
                json.writeStringField("source", license.source().id());
                lines(json, license.lines());
                json.writeBooleanField("known", license.known());
                json.writeStringField("declaredAs", license.declaredAs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("copyrights");
            for (CopyrightStatement copyright : file.copyrights()) {
                json.writeStartObject();
                json.writeStringField("statement", copyright.statement());
                json.writeStringField("years", copyright.years());
                strings(json, "holders", copyright.holders());
                lines(json, copyright.lines());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void declared(JsonGenerator json, List<Declaration> declared) throws IOException {
        json.writeArrayFieldStart("declared");
        for (Declaration d : declared) {
            json.writeStartObject();
            json.writeStringField("expression", d.expression());
            json.writeStringField("source", d.source());
            json.writeStringField("kind", d.kind().id());
            lines(json, d.lines());
            json.writeBooleanField("known", d.known());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void ownHolders(JsonGenerator json, List<OwnHolder> holders) throws IOException {
        strings(json, "ownHolders", holders.stream().map(OwnHolder::name).toList());
        json.writeArrayFieldStart("ownHolderEvidence");
        for (OwnHolder holder : holders) {
            json.writeStartObject();
            json.writeStringField("holder", holder.name());
            json.writeStringField("source", holder.source());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void thirdParty(JsonGenerator json, List<ThirdPartyHolder> holders) throws IOException {
        json.writeArrayFieldStart("thirdParty");
        for (ThirdPartyHolder holder : holders) {
            json.writeStartObject();
            json.writeStringField("holder", holder.holder());
            strings(json, "files", holder.files());
            strings(json, "licenses", holder.licenses());
            strings(json, "creditedIn", holder.creditedIn());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void snippets(JsonGenerator json, List<AttributedSnippet> snippets) throws IOException {
        json.writeArrayFieldStart("snippets");
        for (AttributedSnippet attributed : snippets) {
            SnippetMatch s = attributed.match();
            json.writeStartObject();
            json.writeStringField("path", s.path());
            lines(json, s.lines());
            Origin o = s.origin();
            json.writeObjectFieldStart("origin");
            json.writeStringField("component", o.component());
            json.writeStringField("version", o.version());
            json.writeStringField("purl", o.purl());
            json.writeStringField("path", o.path());
            lines(json, o.lines());
            json.writeStringField("license", o.license());
            strings(json, "holders", o.holders());
            json.writeEndObject();
            json.writeNumberField("similarity", Math.round(s.similarity() * 1000) / 1000.0);
            json.writeStringField("cloneType", s.cloneType().name());
            json.writeNumberField("tokens", s.tokens());
            json.writeBooleanField("wholeFile", s.wholeFile());
            json.writeObjectFieldStart("renames");
            for (Map.Entry<String, String> rename : s.renames().entrySet()) {
                json.writeStringField(rename.getKey(), rename.getValue());
            }
            json.writeEndObject();
            attribution(json, attributed.attribution());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void attribution(JsonGenerator json, Attribution attribution) throws IOException {
        json.writeObjectFieldStart("attribution");
        json.writeStringField("status", attribution.status().name());
        json.writeBooleanField("satisfied", attribution.satisfied());
        json.writeArrayFieldStart("evidence");
        for (Evidence e : attribution.evidence()) {
            json.writeStartObject();
            json.writeStringField("kind", e.kind().name());
            json.writeStringField("path", e.path());
            lines(json, e.lines());
            json.writeStringField("text", e.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "missing", attribution.missing());
        json.writeEndObject();
    }

    private static void violations(JsonGenerator json, List<Violation> violations) throws IOException {
        json.writeArrayFieldStart("violations");
        for (Violation v : violations) {
            json.writeStartObject();
            json.writeStringField("rule", v.rule());
            json.writeStringField("severity", v.severity().name());
            json.writeStringField("path", v.path());
            lines(json, v.lines());
            json.writeStringField("message", v.message());
            json.writeStringField("howToFix", v.howToFix());
            if (!v.origin().isEmpty()) {
                json.writeStringField("origin", v.origin());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void waivers(JsonGenerator json, List<AppliedWaiver> waivers) throws IOException {
        json.writeArrayFieldStart("waivers");
        for (AppliedWaiver applied : waivers) {
            Violation v = applied.violation();
            Waiver w = applied.waiver();
            json.writeStartObject();
            json.writeStringField("rule", v.rule());
            json.writeStringField("severity", v.severity().name());
            json.writeStringField("path", v.path());
            lines(json, v.lines());
            json.writeStringField("origin", v.origin());
            json.writeStringField("message", v.message());
            json.writeStringField("reason", w.reason().name());
            json.writeStringField("comment", w.comment());
            if (w.expires() == null) {
                json.writeNullField("expires");
            } else {
                json.writeStringField("expires", w.expires().toString());
            }
            json.writeNumberField("policyLine", w.line());
            json.writeStringField("pathGlob", w.path());
            json.writeStringField("originGlob", w.origin());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void claims(JsonGenerator json, List<UnconfirmedClaim> claims) throws IOException {
        json.writeArrayFieldStart("claims");
        for (UnconfirmedClaim claim : claims) {
            json.writeStartObject();
            json.writeStringField("path", claim.path());
            json.writeNumberField("line", claim.marker().line());
            json.writeStringField("marker", claim.marker().text());
            json.writeStringField("component", claim.component());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void issues(JsonGenerator json, List<ScanIssue> issues) throws IOException {
        json.writeArrayFieldStart("issues");
        for (ScanIssue issue : issues) {
            json.writeStartObject();
            json.writeStringField("path", issue.path());
            json.writeStringField("code", issue.code().id());
            json.writeStringField("message", issue.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void excluded(JsonGenerator json, List<Exclusion> excluded) throws IOException {
        json.writeArrayFieldStart("excluded");
        for (Exclusion e : excluded) {
            json.writeStartObject();
            json.writeStringField("path", e.path());
            json.writeStringField("reason", e.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void lines(JsonGenerator json, LineRange lines) throws IOException {
        json.writeFieldName("lines");
        if (lines == null) {
            json.writeNull();
        } else {
            json.writeRawValue("[ " + lines.first() + ", " + lines.last() + " ]");
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
