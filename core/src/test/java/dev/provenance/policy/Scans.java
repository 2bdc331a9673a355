package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Attribution;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.attribution.Excerpt;

import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.Language;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.CloneType;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.OwnHolder;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds small in-memory scan results for rule tests. */
final class Scans {
    private final List<FileReport> files = new ArrayList<>();
    private final List<Declaration> declared = new ArrayList<>();
    private final List<ThirdPartyHolder> thirdParty = new ArrayList<>();
    private final List<AttributedSnippet> snippets = new ArrayList<>();

    static Scans scan() {
        return new Scans();
    }

    Scans file(String path, FileKind kind, LicenseFinding... licenses) {
        files.add(new FileReport(path, kind, Language.NONE, 100, Set.of(), List.of(licenses), List.of()));
        return this;
    }

    Scans fileWithCopyright(String path, String holder, int line) {
        files.add(new FileReport(path, FileKind.SOURCE, Language.PYTHON, 100, Set.of(), List.of(),
                List.of(new CopyrightStatement("Copyright 2024 " + holder, "2024", List.of(holder),
                        LineRange.of(line)))));
        return this;
    }

    Scans declared(String expression, String source, LicenseSource kind) {
        declared.add(new Declaration(expression, source, kind, LineRange.of(1), true));
        return this;
    }

    Scans declaredUnknown(String expression, String source, LicenseSource kind) {
        declared.add(new Declaration(expression, source, kind, LineRange.of(1), false));
        return this;
    }

    Scans thirdParty(String holder, List<String> files, List<String> creditedIn) {
        thirdParty.add(new ThirdPartyHolder(holder, files, List.of("Apache-2.0"), creditedIn));
        return this;
    }

    /**
     * A snippet at {@code path:first-last} copied from {@code component@version} under {@code license}, credited in
     * its header, the license's text shipped in LICENSES/.
     */
    Scans snippet(String path, int first, int last, String component, String version, String license) {
        snippets.add(new AttributedSnippet(SnippetMatch.of(path, new LineRange(first, last),
                new Origin(component, version, "", component + "/core.py", new LineRange(first + 10, last + 10),
                        license, List.of("Upstream Authors")),
                1.0, CloneType.EXACT, 80, false),
                new Attribution(AttributionStatus.ATTRIBUTED, true,
                        List.of(new Evidence(EvidenceKind.LICENSE_TEXT, "LICENSES/" + license + ".txt",
                                new LineRange(1, 20), license)), List.of()), Excerpt.NONE));
        return this;
    }

    /** A snippet with its verdict, as the attribution stage gives it. */
    Scans snippet(AttributedSnippet snippet) {
        snippets.add(snippet);
        return this;
    }

    ScanResult build() {
        return new ScanResult(ScanResult.SCHEMA_VERSION, new ScanResult.Tool("provenance", "test"), "/repo", files,
                List.of(), declared, List.of(new OwnHolder("Us", "LICENSE:1")), thirdParty, snippets, List.of(),
                List.of(), List.of());
    }

    static LicenseFinding license(String expression, LicenseSource source, int line, boolean known) {
        return new LicenseFinding(expression, source, LineRange.of(line), known, expression);
    }
}
