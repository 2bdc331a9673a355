package dev.provenance.scan;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.license.ReuseAnnotations;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.HolderNames;
import dev.provenance.notice.LegalRole;
import dev.provenance.notice.OwnHolders;
import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The repository-level stages over the per-file results: REUSE annotations applied to the files they cover, the
 * root declarations, the repository's own holders, and every other holder with where it appears and who credits it.
 */
final class RepositoryView {
    private final List<FileAnalysis> analyses;
    private final List<FileReport> fileReports;
    private final List<Declaration> declarations;
    private final List<OwnHolder> ownHolders;
    private final OwnHolders own;

    RepositoryView(List<FileAnalysis> analyses, List<String> userOwnHolders) {
        this.analyses = analyses;
        this.fileReports = reports(analyses);
        this.declarations = declarations(fileReports);
        this.own = OwnHolders.decide(evidence(analyses, userOwnHolders));
        this.ownHolders = own.holders().stream().map(h -> new OwnHolder(h.name(), h.reason())).toList();
    }

    List<FileReport> fileReports() {
        return fileReports;
    }

    List<Declaration> declarations() {
        return declarations;
    }

    List<OwnHolder> ownHolders() {
        return ownHolders;
    }

    private static List<FileReport> reports(List<FileAnalysis> analyses) {
        // The deepest REUSE file above a path governs it (a nested REUSE.toml covers its own directory).
        List<ReuseAnnotations> reuse = analyses.stream()
                .map(FileAnalysis::reuse)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((ReuseAnnotations r) -> r.base().length()).reversed())
                .toList();
        LicensePointers pointers = new LicensePointers(analyses);
        List<FileReport> reports = new ArrayList<>(analyses.size());
        for (FileAnalysis a : analyses) {
            List<LicenseFinding> licenses = new ArrayList<>(a.licenses().size());
            a.licenses().forEach(l -> licenses.add(pointers.resolve(a.path(), l)));
            reuse.stream()
                    .filter(r -> a.path().startsWith(r.base()))
                    .findFirst()
                    .flatMap(r -> r.forPath(a.path()))
                    .ifPresent(annotation -> apply(annotation, licenses));
            reports.add(new FileReport(a.path(), a.file().kind(), a.file().language(), a.file().size(),
                    a.file().traits(), licenses, a.copyrights()));
        }
        reports.sort(Comparator.comparing(FileReport::path));
        return reports;
    }

    /** A REUSE annotation's license joins, fills in for or replaces the file's own, as its precedence says. */
    private static void apply(ReuseAnnotations.Annotation annotation, List<LicenseFinding> licenses) {
        annotation.licenseFinding().ifPresent(license -> {
            switch (annotation.precedence()) {
                case CLOSEST -> {
                    if (licenses.isEmpty()) {
                        licenses.add(license);
                    }
                }
                case AGGREGATE -> licenses.add(license);
                case OVERRIDE -> {
                    licenses.clear();
                    licenses.add(license);
                }
            }
        });
    }

    /** One declaration per root file that states the repository's license. */
    private static List<Declaration> declarations(List<FileReport> files) {
        List<Declaration> declared = new ArrayList<>();
        for (FileReport a : files) {
            if (!a.atRoot()) {
                continue;
            }
            FileKind kind = a.kind();
            if (kind == FileKind.LEGAL && LegalRole.of(a.path()) == LegalRole.LICENSE) {
                a.licenses().stream()
                        .filter(l -> l.source() == LicenseSource.LICENSE_TEXT)
                        .findFirst()
                        .ifPresent(l -> declared.add(
                                new Declaration(l.expression(), a.path(), l.source(), l.lines(), l.known())));
            } else if (kind == FileKind.MANIFEST || kind == FileKind.MODEL_CARD) {
                LicenseSource source = kind == FileKind.MANIFEST ? LicenseSource.MANIFEST : LicenseSource.MODEL_CARD;
                List<LicenseFinding> stated = a.licenses().stream().filter(l -> l.source() == source).toList();
                if (!stated.isEmpty()) {
                    declared.add(combine(stated, a.path(), source));
                }
            }
        }
        declared.sort(Comparator.comparing(Declaration::source).thenComparing(Declaration::expression));
        return declared;
    }

    /** Several licenses in one manifest are alternatives (Maven's and npm's reading of a license list). */
    private static Declaration combine(List<LicenseFinding> stated, String path, LicenseSource source) {
        TreeSet<String> expressions = new TreeSet<>();
        boolean known = true;
        LineRange lines = null;
        for (LicenseFinding l : stated) {
            expressions.add(l.expression());
            known &= l.known();
            if (l.lines() != null) {
                lines = lines == null ? l.lines() : lines.span(l.lines());
            }
        }
        String expression = expressions.size() == 1 ? expressions.first()
                : String.join(" OR ", expressions.stream().map(e -> e.contains(" ") ? "(" + e + ")" : e).toList());
        return new Declaration(expression, path, source, lines, known);
    }

    private static OwnHolders.Evidence evidence(List<FileAnalysis> analyses, List<String> userOwnHolders) {
        List<CopyrightStatement> licenseStatements = new ArrayList<>();
        List<CopyrightStatement> noticeStatements = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        Map<String, Integer> headerCounts = new LinkedHashMap<>();
        int filesWithHeaders = 0;
        for (FileAnalysis a : analyses) {
            boolean atRoot = a.path().indexOf('/') < 0;
            FileKind kind = a.file().kind();
            if (kind == FileKind.LEGAL) {
                LegalRole role = LegalRole.of(a.path());
                if (atRoot && role == LegalRole.LICENSE) {
                    licenseStatements.addAll(ownPart(a));
                } else if (atRoot && role == LegalRole.NOTICE && a.notice() != null) {
                    noticeStatements.addAll(a.notice().ownStatements());
                }
            } else if (kind == FileKind.MANIFEST && atRoot) {
                parties.addAll(a.parties());
            } else if (!a.copyrights().isEmpty()) {
                filesWithHeaders++;
                new TreeSet<>(a.copyrights().stream().flatMap(c -> c.holders().stream()).toList())
                        .forEach(h -> headerCounts.merge(h, 1, Integer::sum));
            }
        }
        return new OwnHolders.Evidence(licenseStatements, noticeStatements, parties, headerCounts, filesWithHeaders,
                userOwnHolders);
    }

    /**
     * The copyright lines of a root LICENSE that belong to the repository: those of its first license text. Lines
     * further down belong to appended third-party licenses.
     */
    private static List<CopyrightStatement> ownPart(FileAnalysis license) {
        LineRange first = license.licenses().stream()
                .filter(l -> l.source() == LicenseSource.LICENSE_TEXT && l.known() && l.lines() != null)
                .map(LicenseFinding::lines)
                .findFirst()
                .orElse(null);
        return OwnHolders.coveringLicense(license.copyrights(), first);
    }

    /**
     * Every holder that is not the repository's own, from every file but the root license files and the notice
     * files (which credit holders rather than hold their code).
     */
    List<ThirdPartyHolder> thirdParty() {
        List<FileAnalysis> notices = analyses.stream().filter(a -> a.notice() != null).toList();
        Map<String, Census> byKey = new TreeMap<>();
        for (FileAnalysis a : analyses) {
            if (a.file().kind() == FileKind.LEGAL) {
                LegalRole role = LegalRole.of(a.path());
                if (role == LegalRole.NOTICE || (role == LegalRole.LICENSE && a.path().indexOf('/') < 0)) {
                    continue;
                }
            }
            for (CopyrightStatement statement : a.copyrights()) {
                for (String holder : statement.holders()) {
                    if (own.isOwn(holder)) {
                        continue;
                    }
                    Census census = byKey.computeIfAbsent(HolderNames.key(holder), k -> new Census(holder));
                    census.files.add(a.path());
                    a.licenses().forEach(l -> census.licenses.add(l.expression()));
                }
            }
        }
        List<ThirdPartyHolder> holders = new ArrayList<>();
        for (Census census : byKey.values()) {
            List<String> creditedIn = notices.stream()
                    .filter(n -> n.notice().credits(census.name))
                    .map(FileAnalysis::path)
                    .sorted()
                    .toList();
            holders.add(new ThirdPartyHolder(census.name, List.copyOf(census.files), List.copyOf(census.licenses),
                    creditedIn));
        }
        holders.sort(Comparator.comparing(ThirdPartyHolder::holder, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ThirdPartyHolder::holder));
        return holders;
    }

    /** One third-party holder as the census sees it. */
    private static final class Census {
        private final String name;
        private final TreeSet<String> files = new TreeSet<>();
        private final TreeSet<String> licenses = new TreeSet<>();

        Census(String name) {
            this.name = name;
        }
    }
}
