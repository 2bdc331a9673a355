package dev.provenance.scan;

import dev.provenance.config.ConfigParser;
import dev.provenance.inventory.ContentLoader;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.InventoryEntry;
import dev.provenance.inventory.Language;
import dev.provenance.inventory.LoadedText;
import dev.provenance.attribution.Marker;
import dev.provenance.attribution.MarkerExtractor;
import dev.provenance.license.HeaderLicenseDetector;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.license.LicenseTextMatcher;
import dev.provenance.license.ManifestFacts;
import dev.provenance.license.ManifestReader;
import dev.provenance.license.ModelCard;
import dev.provenance.license.ModelCardReader;
import dev.provenance.license.ReuseAnnotations;
import dev.provenance.license.ReuseReader;
import dev.provenance.match.SnippetMatch;
import dev.provenance.match.SnippetMatcher;
import dev.provenance.notice.CopyrightExtractor;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.LegalRole;
import dev.provenance.notice.NoticeFile;
import dev.provenance.text.ByteSize;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the per-file stages over one inventoried file: load its text, then the detectors its kind calls for. One
 * failing detector becomes one {@link ScanIssue}; the others still run. Thread-safe: it holds only immutable
 * detectors.
 */
final class FileAnalyser {
    /** Lines of a file's top read as its header: license notices and copyright lines live there. */
    static final int HEADER_LINES = 100;
    /** Longest line kept for reports (snippet excerpts, prose credits); longer ones are cut with an ellipsis. */
    static final int MAX_KEPT_LINE = 500;
    /** Most lines of a prose document kept for finding credits in it. */
    static final int MAX_PROSE_LINES = 5_000;

    private static final Set<FileKind> TEXT_KINDS = EnumSet.of(FileKind.SOURCE, FileKind.CONFIG,
            FileKind.TOKENIZER, FileKind.LEGAL, FileKind.MODEL_CARD, FileKind.DOC, FileKind.MANIFEST, FileKind.OTHER);

    /** Kinds whose header copyright lines are facts about the file's code (prose documents are not). */
    /** Kinds whose content is matched against the knowledge base: what gets copied into other projects. */
    private static final Set<FileKind> MATCHED_KINDS = EnumSet.of(FileKind.SOURCE, FileKind.CONFIG,
            FileKind.TOKENIZER);

    private static final Set<FileKind> HEADER_KINDS = EnumSet.of(FileKind.SOURCE, FileKind.CONFIG,
            FileKind.MANIFEST, FileKind.OTHER);

    private final long maxFileBytes;
    private final Duration timeBudget;
    private final ContentLoader loader = new ContentLoader();
    private final ConfigParser config = ConfigParser.standard();
    private final HeaderLicenseDetector headerLicenses;
    private final LicenseTextMatcher licenseTexts;
    private final ManifestReader manifests;
    private final ModelCardReader modelCards;
    private final ReuseReader reuse;
    private final CopyrightExtractor copyrights = new CopyrightExtractor();
    private final MarkerExtractor markerExtractor = new MarkerExtractor();
    private final SnippetMatcher matcher;

    FileAnalyser(long maxFileBytes, Duration timeBudget, Detectors detectors, SnippetMatcher matcher) {
        this.maxFileBytes = maxFileBytes;
        this.timeBudget = timeBudget;
        this.headerLicenses = detectors.headerLicenses();
        this.licenseTexts = detectors.licenseTexts();
        this.manifests = detectors.manifests();
        this.modelCards = detectors.modelCards();
        this.reuse = detectors.reuse();
        this.matcher = matcher;
    }

    /**
     * An analyser with the standard detectors and the scanner's per-file time budget.
     *
     * @param matcher matches code and configuration against a knowledge base; {@code null} for none
     */
    static FileAnalyser standard(long maxFileBytes, SnippetMatcher matcher) {
        return new FileAnalyser(maxFileBytes, Scanner.FILE_TIME_BUDGET,
                new Detectors(HeaderLicenseDetector.standard(), LicenseTextMatcher.shared(),
                        ManifestReader.standard(), ModelCardReader.standard(), ReuseReader.standard()), matcher);
    }

    /** The license detectors, built once per scanner: they share the SPDX catalog. */
    record Detectors(HeaderLicenseDetector headerLicenses, LicenseTextMatcher licenseTexts, ManifestReader manifests,
                     ModelCardReader modelCards, ReuseReader reuse) {
    }

    FileAnalysis analyse(InventoryEntry entry) {
        FileFacts facts = FileFacts.of(entry);
        List<ScanIssue> issues = new ArrayList<>();
        if (entry.size() > maxFileBytes) {
            issues.add(new ScanIssue(entry.path(), IssueCode.TOO_LARGE, ByteSize.of(entry.size())
                    + " exceeds the " + ByteSize.ofBudget(maxFileBytes) + " analysis budget; inventoried, not analysed"));
            return FileAnalysis.inventoryOnly(facts, issues);
        }
        if (!TEXT_KINDS.contains(entry.kind()) || entry.charset() == null) {
            return FileAnalysis.inventoryOnly(facts, issues);
        }
        TextFile text;
        try {
            LoadedText loaded = loader.load(entry, maxFileBytes);
            issues.addAll(loaded.issues());
            text = loaded.text();
        } catch (InputProblem problem) {
            issues.add(problem.toIssue(entry.path()));
            return FileAnalysis.inventoryOnly(facts, issues);
        }
        return new Run(facts, text, issues).analyse();
    }

    /** The stages over a text already in memory (an entry of a component being indexed). */
    FileAnalysis analyse(FileFacts facts, TextFile text) {
        return new Run(facts, text, new ArrayList<>()).analyse();
    }

    /** The stages over one loaded file, each guarded so that one failure is one issue. */
    private final class Run {
        private final FileFacts file;
        private final TextFile text;
        private final List<ScanIssue> issues;
        private final long deadline;
        private final List<LicenseFinding> licenses = new ArrayList<>();
        private final List<CopyrightStatement> statements = new ArrayList<>();
        private final List<String> parties = new ArrayList<>();
        private final List<SnippetMatch> snippets = new ArrayList<>();
        private final Map<LineRange, List<String>> copyLines = new HashMap<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<String> prose = new ArrayList<>();
        private ModelCard modelCard;
        private ReuseAnnotations reuseAnnotations;
        private NoticeFile notice;
        private boolean overBudget;

        Run(FileFacts file, TextFile text, List<ScanIssue> issues) {
            this.file = file;
            this.text = text;
            this.issues = issues;
            this.deadline = System.nanoTime() + timeBudget.toNanos();
        }

        FileAnalysis analyse() {
            FileKind kind = file.kind();
            LineRange header = new LineRange(1, Math.min(text.lineCount(), HEADER_LINES));
            LineRange whole = new LineRange(1, text.lineCount());
            if (kind == FileKind.LEGAL) {
                stage("license texts", () -> licenses.addAll(legalLicenses()));
                stage("copyrights", () -> statements.addAll(copyrights.extract(text, whole)));
                if (LegalRole.of(file.path()) == LegalRole.NOTICE) {
                    stage("notice", () -> notice = NoticeFile.parse(text));
                }
            } else if (kind != FileKind.TOKENIZER) {
                stage("license notices", () -> licenses.addAll(headerLicenses.detect(text, header)));
                if (HEADER_KINDS.contains(kind)) {
                    stage("copyrights", () -> statements.addAll(copyrights.extract(text, header)));
                }
            }
            if (kind == FileKind.MANIFEST && ManifestReader.supports(file.path())) {
                stage("manifest", () -> {
                    ManifestFacts facts = manifests.read(text);
                    licenses.addAll(facts.licenses());
                    parties.addAll(facts.parties());
                });
            }
            if (kind == FileKind.MODEL_CARD) {
                stage("model card", () -> {
                    modelCard = modelCards.read(text);
                    licenses.addAll(modelCard.licenses());
                });
            }
            if (ReuseReader.supports(file.path())) {
                stage("REUSE", () -> reuseAnnotations = reuse.read(text));
            }
            if ((kind == FileKind.CONFIG || kind == FileKind.TOKENIZER) && file.language() != Language.NONE) {
                stage("syntax", this::validateConfig);
            }
            if (matcher != null && MATCHED_KINDS.contains(kind)) {
                stage("snippets", () -> snippets.addAll(matcher.match(file.path(), text, file.language())));
                stage("markers", () -> markers.addAll(markerExtractor.extract(text)));
                for (SnippetMatch snippet : snippets) {
                    copyLines.computeIfAbsent(snippet.lines(), r -> lines(text, r, Integer.MAX_VALUE));
                }
            }
            if ((kind == FileKind.DOC || kind == FileKind.MODEL_CARD) && creditsProse(file.path())) {
                prose.addAll(lines(text, new LineRange(1, text.lineCount()), MAX_PROSE_LINES));
            }
            licenses.sort(Comparator.comparingInt((LicenseFinding l) -> l.lines() == null ? 0 : l.lines().first())
                    .thenComparing(LicenseFinding::expression));
            return new FileAnalysis(file, licenses, statements, issues, parties, modelCard, reuseAnnotations, notice,
                    snippets, copyLines, markers, prose);
        }

        /** Full license texts; a LICENSE file whose text matches nothing is kept as an unknown license. */
        private List<LicenseFinding> legalLicenses() {
            List<LicenseFinding> found = licenseTexts.find(text);
            if (found.isEmpty() && LegalRole.of(file.path()) == LegalRole.LICENSE && !text.text().isBlank()) {
                String first = firstLine(text);
                return List.of(new LicenseFinding(first, LicenseSource.LICENSE_TEXT,
                        new LineRange(1, text.lineCount()), false, first));
            }
            return found;
        }

        private void validateConfig() throws InputProblem {
            switch (file.language()) {
                case JSON -> config.json(text);
                case YAML -> config.yaml(text);
                case TOML -> config.toml(text);
                default -> {
                    // INI, XML, properties, Jinja: nothing to validate before the lexers read them
                }
            }
        }

        private void stage(String name, Stage stage) {
            if (overBudget) {
                return;
            }
            try {
                stage.run();
            } catch (InputProblem problem) {
                issues.add(problem.toIssue(file.path()));
            } catch (RuntimeException | StackOverflowError e) {
                issues.add(new ScanIssue(file.path(), IssueCode.DETECTOR_FAILED,
                        name + " failed: " + e + "; the other detectors ran"));
            }
            if (System.nanoTime() > deadline) {
                overBudget = true;
                issues.add(new ScanIssue(file.path(), IssueCode.TIME_BUDGET_EXCEEDED,
                        "analysis passed its " + timeBudget.toSeconds() + " s budget during " + name
                                + "; later detectors skipped"));
            }
        }
    }

    @FunctionalInterface
    private interface Stage {
        void run() throws InputProblem;
    }

    /**
     * Whether a document is where a repository credits what it builds on in prose: a README anywhere, or any document
     * at the root (AUTHORS, CONTRIBUTING, a model card). A documentation site's thousands of pages are not kept.
     */
    static boolean creditsProse(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return path.indexOf('/') < 0 || name.startsWith("readme");
    }

    /** Lines {@code range} of {@code text} (at most {@code max} of them), each capped at {@link #MAX_KEPT_LINE}. */
    static List<String> lines(TextFile text, LineRange range, int max) {
        int last = Math.min(range.last(), text.lineCount());
        List<String> lines = new ArrayList<>(Math.max(0, Math.min(max, last - range.first() + 1)));
        for (int n = range.first(); n <= last && lines.size() < max; n++) {
            String line = text.line(n);
            lines.add(line.length() > MAX_KEPT_LINE ? line.substring(0, MAX_KEPT_LINE - 1) + "…" : line);
        }
        return lines;
    }

    private static String firstLine(TextFile text) {
        for (int line = 1; line <= text.lineCount(); line++) {
            String s = text.line(line).strip();
            if (!s.isEmpty()) {
                return s.length() > 80 ? s.substring(0, 80) + "…" : s;
            }
        }
        return "";
    }
}
