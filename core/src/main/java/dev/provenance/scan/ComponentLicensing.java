package dev.provenance.scan;

import dev.provenance.inventory.FileClassifier;
import dev.provenance.inventory.FileKind;
import dev.provenance.kb.CollectedSources;
import dev.provenance.kb.SourceFile;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.notice.LegalRole;
import dev.provenance.text.TextFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The license and copyright holders of a component being indexed, told by the same stages as a scan: the license its
 * root LICENSE text or manifest declares (else the shallowest license file's, e.g. {@code META-INF/LICENSE} of a
 * sources jar), else the license most of its file headers state; its holders as the scan decides a repository's own.
 */
public final class ComponentLicensing {
    /** Share of the files with a license statement that must agree for the headers to name the license. */
    static final double HEADER_MAJORITY = 0.5;

    private ComponentLicensing() {
    }

    /**
     * What a component's files say about its license.
     *
     * @param expression the license expression, or {@code null} when nothing says
     * @param evidence   where it was read ({@code LICENSE}, {@code pom.xml}, {@code file headers (37 of 38 files)})
     * @param holders    its copyright holders
     */
    public record Licensing(String expression, String evidence, List<String> holders) {
        public Licensing {
            Objects.requireNonNull(evidence, "evidence");
            holders = List.copyOf(holders);
        }
    }

    /** Reads {@code sources}' legal files, manifests and headers. */
    public static Licensing of(CollectedSources sources) {
        FileAnalyser analyser = FileAnalyser.standard(Long.MAX_VALUE, null);
        FileClassifier classifier = new FileClassifier();
        List<FileAnalysis> analyses = new ArrayList<>();
        for (SourceFile file : sources.metadata()) {
            analyses.add(analyse(analyser, classifier, file));
        }
        for (SourceFile file : sources.files()) {
            analyses.add(analyse(analyser, classifier, file));
        }
        analyses.sort(Comparator.comparing(FileAnalysis::path));
        RepositoryView view = new RepositoryView(analyses, List.of());
        List<String> holders = view.ownHolders().stream().map(OwnHolder::name).toList();
        Optional<Declaration> declared = view.declarations().stream().filter(Declaration::known).findFirst();
        if (declared.isPresent()) {
            return new Licensing(declared.get().expression(), declared.get().source(), holders);
        }
        Optional<FileReport> licenseFile = view.fileReports().stream()
                .filter(f -> f.kind() == FileKind.LEGAL && LegalRole.of(f.path()) == LegalRole.LICENSE)
                .filter(f -> f.licenses().stream().anyMatch(LicenseFinding::known))
                .min(Comparator.comparingInt((FileReport f) -> depth(f.path())).thenComparing(FileReport::path));
        if (licenseFile.isPresent()) {
            String expression = licenseFile.get().licenses().stream().filter(LicenseFinding::known)
                    .findFirst().orElseThrow().expression();
            return new Licensing(expression, licenseFile.get().path(), holders);
        }
        return headerMajority(view.fileReports(), holders);
    }

    private static Licensing headerMajority(List<FileReport> files, List<String> holders) {
        Map<String, Integer> counts = new TreeMap<>();
        int stating = 0;
        for (FileReport f : files) {
            List<String> stated = f.licenses().stream()
                    .filter(l -> l.known() && (l.source() == LicenseSource.HEADER_NOTICE
                            || l.source() == LicenseSource.SPDX_TAG))
                    .map(LicenseFinding::expression)
                    .distinct()
                    .toList();
            if (!stated.isEmpty()) {
                stating++;
                stated.forEach(e -> counts.merge(e, 1, Integer::sum));
            }
        }
        int total = stating;
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .filter(e -> e.getValue() >= HEADER_MAJORITY * total)
                .map(e -> new Licensing(e.getKey(), "file headers (" + e.getValue() + " of " + total + " files)",
                        holders))
                .orElse(new Licensing(null, "no license statement found", holders));
    }

    private static FileAnalysis analyse(FileAnalyser analyser, FileClassifier classifier, SourceFile file) {
        byte[] head = file.text().substring(0, Math.min(file.text().length(), FileClassifier.SNIFF_BYTES))
                .getBytes(StandardCharsets.UTF_8);
        int length = Math.min(head.length, FileClassifier.SNIFF_BYTES);
        FileKind kind = classifier.classify(file.path(), head, length, file.text().length()).kind();
        FileFacts facts = new FileFacts(file.path(), kind, file.language(), file.text().length(), Set.of());
        return analyser.analyse(facts, new TextFile(file.path(), file.text()));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
