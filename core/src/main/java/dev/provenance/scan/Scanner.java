package dev.provenance.scan;

import dev.provenance.inventory.FileSystemWalker;
import dev.provenance.inventory.Inventory;
import dev.provenance.inventory.Language;
import dev.provenance.inventory.InventoryEntry;
import dev.provenance.inventory.RepositoryWalker;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.lex.Lexers;
import dev.provenance.match.KnowledgeBaseMatcher;
import dev.provenance.match.MatchParameters;
import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionChecker;
import dev.provenance.attribution.AttributionDuties;
import dev.provenance.attribution.CopiedFile;
import dev.provenance.attribution.CopiedSnippet;
import dev.provenance.attribution.Excerpt;
import dev.provenance.attribution.IndexedComponents;
import dev.provenance.attribution.RepositoryCredits;
import dev.provenance.attribution.UnconfirmedClaim;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.Origin;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.NoticeFile;
import dev.provenance.match.SnippetMatcher;
import dev.provenance.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a scan: inventory, the per-file stages (licenses, copyrights, manifests, syntax of configs) in parallel, then
 * the repository-level stages (declarations, own and third-party holders) and the policy. Never writes anything and
 * never follows a link out of the root; a problem with one file becomes one {@link ScanIssue}.
 */
public final class Scanner {
    /** Per-file analysis time budget. */
    static final Duration FILE_TIME_BUDGET = Duration.ofSeconds(20);

    private final RepositoryWalker walker;
    private final Policy policy;
    private final int parallelism;

    /** A scanner with the file-system walker, the default policy and one worker per processor. */
    public Scanner() {
        this(new FileSystemWalker(), Policy.defaults(), Runtime.getRuntime().availableProcessors());
    }

    /** A scanner of the file system checking {@code policy}, one worker per processor. */
    public Scanner(Policy policy) {
        this(new FileSystemWalker(), policy, Runtime.getRuntime().availableProcessors());
    }

    public Scanner(RepositoryWalker walker, Policy policy, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        this.walker = walker;
        this.policy = policy;
        this.parallelism = parallelism;
    }

    /**
     * Scans {@code request.root()}.
     *
     * @throws IOException when the root itself cannot be read; problems below it are issues in the result
     */
    public ScanResult scan(ScanRequest request, ScanListener listener) throws IOException {
        long start = System.nanoTime();
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a directory");
        }
        Inventory inventory = walker.walk(root, request.excludes(), request.toolOutputs());
        listener.inventoried(inventory.files().size(), inventory.excluded().size());
        List<FileAnalysis> analyses;
        List<ScanIssue> issues = new ArrayList<>(inventory.issues());
        List<AttributedSnippet> snippets = new ArrayList<>();
        List<UnconfirmedClaim> claims = new ArrayList<>();
        if (request.knowledgeBase() == null) {
            analyses = analyse(inventory.files(), FileAnalyser.standard(request.maxFileBytes(), null), request,
                    listener, start);
        } else {
            try (KnowledgeBase kb = openKnowledgeBase(request.knowledgeBase())) {
                listener.matching(request.knowledgeBase().toString(), kb.componentCount(), kb.fileCount());
                SnippetMatcher matcher = new KnowledgeBaseMatcher(kb, Lexers::forLanguage, MatchParameters.DEFAULT);
                analyses = analyse(inventory.files(), FileAnalyser.standard(request.maxFileBytes(), matcher),
                        request, listener, start);
                List<Origin> origins = analyses.stream().flatMap(a -> a.snippets().stream())
                        .map(SnippetMatch::origin).toList();
                snippets.addAll(attribute(analyses, new UpstreamTexts(kb, origins, issues)));
                claims.addAll(claims(analyses, kb));
            }
        }
        analyses.forEach(a -> issues.addAll(a.issues()));
        RepositoryView repository = new RepositoryView(analyses, request.ownHolders());
        ScanResult result = new ScanResult(ScanResult.SCHEMA_VERSION, tool(), root.toString(),
                repository.fileReports(), inventory.excluded(), repository.declarations(),
                repository.ownHolders(), repository.thirdParty(), snippets, List.of(), List.of(), issues);
        return policy.evaluate(result);
    }

    /** The attribution verdict of every snippet, with the upstream side read from the knowledge base. */
    private List<AttributedSnippet> attribute(List<FileAnalysis> analyses, UpstreamTexts upstream) {
        RepositoryCredits credits = credits(analyses);
        AttributionChecker checker = new AttributionChecker(AttributionDuties.standard());
        List<AttributedSnippet> attributed = new ArrayList<>();
        for (FileAnalysis analysis : analyses) {
            if (analysis.snippets().isEmpty()) {
                continue;
            }
            List<CopiedSnippet> copied = new ArrayList<>();
            for (SnippetMatch match : analysis.snippets()) {
                Excerpt excerpt = new Excerpt(analysis.copyLines().getOrDefault(match.lines(), List.of()),
                        upstream.lines(match.origin()));
                copied.add(new CopiedSnippet(match, upstream.header(match.origin()), excerpt,
                        upstream.notice(match.origin())));
            }
            CopiedFile file = new CopiedFile(analysis.path(), headerPossible(analysis.file().language()),
                    analysis.copyrights(), analysis.licenses(),
                    analysis.markers(), copied);
            attributed.addAll(checker.attribute(file, credits));
        }
        return attributed;
    }

    /** Whether a file in {@code language} can carry a header comment (JSON has none). */
    static boolean headerPossible(Language language) {
        return language != Language.JSON && language != Language.NONE;
    }

    /** The markers naming an indexed component whose code the marked file does not hold. */
    private static List<UnconfirmedClaim> claims(List<FileAnalysis> analyses, KnowledgeBase kb) {
        if (analyses.stream().allMatch(a -> a.markers().isEmpty())) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (int id = 0; id < kb.componentCount(); id++) {
            names.add(kb.component(id).name());
        }
        IndexedComponents indexed = new IndexedComponents(names);
        List<UnconfirmedClaim> claims = new ArrayList<>();
        for (FileAnalysis analysis : analyses) {
            if (!analysis.markers().isEmpty()) {
                claims.addAll(indexed.unconfirmed(analysis.path(), analysis.markers(), analysis.snippets()));
            }
        }
        return claims;
    }

    /** The repository's notice files, shipped license texts and prose documents. */
    static RepositoryCredits credits(List<FileAnalysis> analyses) {
        List<NoticeFile> notices = new ArrayList<>();
        List<RepositoryCredits.ShippedLicense> texts = new ArrayList<>();
        List<RepositoryCredits.ProseDocument> prose = new ArrayList<>();
        for (FileAnalysis analysis : analyses) {
            if (analysis.notice() != null) {
                notices.add(analysis.notice());
            }
            for (LicenseFinding finding : analysis.licenses()) {
                if (finding.source() == LicenseSource.LICENSE_TEXT && finding.known()) {
                    texts.add(new RepositoryCredits.ShippedLicense(analysis.path(), finding.expression(),
                            finding.lines()));
                }
            }
            if (!analysis.prose().isEmpty()) {
                prose.add(new RepositoryCredits.ProseDocument(analysis.path(), analysis.prose()));
            }
        }
        return new RepositoryCredits(notices, texts, prose);
    }

    /** Opens the knowledge base; a missing one is a configuration error, a damaged one names its segment. */
    private static KnowledgeBase openKnowledgeBase(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("no knowledge base at " + directory + ": build one with provenance:index first");
        }
        return KnowledgeBase.open(directory);
    }

    private List<FileAnalysis> analyse(List<InventoryEntry> files, FileAnalyser analyser, ScanRequest request,
                                       ScanListener listener, long start) throws IOException {
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            ForkJoinTask<List<FileAnalysis>> task = pool.submit(() -> files.parallelStream()
                    .map(entry -> {
                        FileAnalysis analysis = analyser.analyse(entry);
                        bytes.addAndGet(entry.size());
                        done.incrementAndGet();
                        return analysis;
                    })
                    .toList());
            long interval = request.progressInterval().toNanos();
            while (true) {
                try {
                    return task.get(interval, TimeUnit.NANOSECONDS);
                } catch (TimeoutException stillRunning) {
                    listener.progress(new ScanProgress(done.get(), files.size(), bytes.get(),
                            Duration.ofNanos(System.nanoTime() - start)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("internal error during the scan: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** This scanner's name and version, from the build. */
    static ScanResult.Tool tool() {
        Properties properties = new Properties();
        try (InputStream in = Scanner.class.getResourceAsStream("provenance.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read provenance.properties from the class path", e);
        }
        return new ScanResult.Tool("provenance", properties.getProperty("version", "unknown"));
    }
}
