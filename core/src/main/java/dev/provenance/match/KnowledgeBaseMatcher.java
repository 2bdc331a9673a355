package dev.provenance.match;

import dev.provenance.fingerprint.FileHashes;
import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.fingerprint.Winnower;
import dev.provenance.inventory.Language;
import dev.provenance.kb.Component;
import dev.provenance.kb.Hits;
import dev.provenance.kb.KbFile;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.KnowledgeBaseException;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.SeedSequence;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Matches scanned files against an open {@link KnowledgeBase}.
 *
 * <p>Per file:
 * <ol>
 *   <li><b>Whole-file copies</b>, cheapest first: a file whose raw hash equals an indexed file's (line ends aside) and
 *       whose text is then found equal is one EXACT snippet over the whole file on both sides; else a file whose
 *       seed sequence equals an indexed file's (reformatted, comments changed, renamed) is verified token by token
 *       and, if it passes, reported the same way with its clone type.</li>
 *   <li><b>Look-up.</b> The file is lexed, its seed sequence winnowed, and its distinct fingerprint hashes looked up
 *       in one sorted batch.</li>
 *   <li><b>Candidates</b> ({@link Candidates}): upstream files ranked by the IDF mass of their hits, stop keys
 *       skipped, identical texts grouped; the best {@link MatchParameters#maxCandidates()} are kept.</li>
 *   <li><b>Chaining</b> ({@link Chainer}): per candidate, anchors that go forward on both sides with gaps of at most
 *       {@link MatchParameters#maxGap()} seeds form chains.</li>
 *   <li><b>Verification</b> ({@link Aligner}, {@link Verifier}): the upstream text is re-lexed with the lexer of its
 *       language (cached), each chain becomes a seed alignment, which is checked on raw tokens: clone type, rename
 *       map, similarity, exact lines on both sides. A snippet needs {@link MatchParameters#minTokens()} seed tokens
 *       ({@link MatchParameters#minExactTokens()} if EXACT; matched ones if EDITED),
 *       {@link MatchParameters#minLines()} lines, more than the minimum similarity and the minimum verbatim
 *       share.</li>
 *   <li><b>One origin per region</b> ({@link OriginPreference}): overlapping snippets are taken in order of
 *       preference; a later one keeps only its largest part outside the regions already taken, verified again.</li>
 * </ol>
 * The result is sorted and depends only on the file and the knowledge base, never on thread timing. Thread-safe:
 * the only shared mutable state is the bounded cache of lexed upstream files.
 */
public final class KnowledgeBaseMatcher implements SnippetMatcher {
    private final KnowledgeBase kb;
    private final Function<Language, Optional<Lexer>> lexers;
    private final MatchParameters parameters;
    private final Winnower winnower;
    private final UpstreamCache cache;

    /**
     * @param kb         the knowledge base; stays open while this matcher is used (the caller closes it)
     * @param lexers     the lexer for a language, or empty (such files only match as exact whole-file copies)
     * @param parameters thresholds and limits
     * @throws KnowledgeBaseException when the knowledge base was built with other winnowing parameters than
     *                                {@code parameters.winnowing()}
     */
    public KnowledgeBaseMatcher(KnowledgeBase kb, Function<Language, Optional<Lexer>> lexers,
                                MatchParameters parameters) throws KnowledgeBaseException {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.lexers = Objects.requireNonNull(lexers, "lexers");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        kb.requireParameters(parameters.winnowing());
        this.winnower = new Winnower(parameters.winnowing());
        this.cache = new UpstreamCache(parameters.upstreamCacheChars());
    }

    public MatchParameters parameters() {
        return parameters;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException when the knowledge base's stored text of a candidate is damaged; its cause is the
     *                              {@link KnowledgeBaseException} naming the segment and saying how to rebuild
     */
    @Override
    public List<SnippetMatch> match(String path, TextFile text, Language language) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (kb.fileCount() == 0) {
            return List.of();
        }
        String source = text.text();
        Optional<Lexer> lexer = lexers.apply(language);
        SeedSequence seeds = lexer.map(l -> SeedSequence.of(l.lex(source))).orElse(null);

        SnippetMatch whole = wholeFileCopy(path, text, seeds);
        if (whole != null) {
            return List.of(whole);
        }
        if (seeds == null || seeds.size() < parameters.minTokens(seeds.tokens().seedsVerbatim())) {
            return List.of();
        }
        whole = renamedWholeFile(path, text, seeds);
        if (whole != null) {
            return List.of(whole);
        }
        return snippets(path, text, seeds);
    }

    // ---- whole files ----

    /** An exact copy of an indexed file (line ends aside), or null. */
    private SnippetMatch wholeFileCopy(String path, TextFile text, SeedSequence seeds) {
        int[] ids = kb.filesWithRawHash(FileHashes.raw(text.text()));
        if (ids.length == 0) {
            return null;
        }
        int tokens = seeds != null ? seeds.size() : words(text.text());
        boolean verbatim = seeds != null && seeds.tokens().seedsVerbatim();
        if (tokens < parameters.minTokens(verbatim, CloneType.EXACT) || tokens < parameters.minTokens(verbatim,
                CloneType.RENAMED) && (seeds == null || !longEnough(seeds, 0, seeds.size() - 1, verbatim))) {
            return null;
        }
        int lines = text.lineCount();
        List<Proposal> proposals = new ArrayList<>();
        for (int id : ids) {
            KbFile file = kb.file(id);
            Verifier.Verdict verdict = new Verifier.Verdict(0, 0, CloneType.EXACT, tokens, tokens, 0, 0, tokens - 1, 0,
                    tokens - 1, 1.0, 1.0, Collections.emptySortedMap());
            proposals.add(new Proposal(file, kb.component(file.componentId()), null, null, verdict, true));
        }
        for (Proposal p : OriginPreference.rank(proposals)) {
            if (sameText(text.text(), upstreamText(p.file().id()))) {
                return new SnippetMatch(path, new LineRange(1, lines), origin(p, new LineRange(1,
                        p.file().lineCount())), 1.0, CloneType.EXACT, tokens, true, new TreeMap<>());
            }
        }
        return null;
    }

    /** A reformatted, re-commented or renamed copy of a whole indexed file, or null. */
    private SnippetMatch renamedWholeFile(String path, TextFile text, SeedSequence seeds) {
        int[] ids = kb.filesWithNormalizedHash(FileHashes.normalized(seeds));
        if (ids.length == 0) {
            return null;
        }
        LexedFile lexed = LexedFile.of(seeds);
        Map<Long, Verifier.Verdict> byText = new HashMap<>();
        Map<Long, LexedFile> upstreamByText = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        Alignment identity = Alignment.identity(seeds.size());
        for (int id : ids) {
            KbFile file = kb.file(id);
            long raw = file.hashes().raw();
            if (!byText.containsKey(raw)) {
                LexedFile upstream = upstreamSeeds(file);
                Verifier.Verdict v = null;
                if (upstream != null && sameSymbols(seeds, upstream.seeds())) {
                    v = Verifier.verify(lexed, upstream, identity, 0, seeds.size() - 1, false);
                }
                byText.put(raw, v != null && acceptable(v, seeds, true) ? v : null);
                upstreamByText.put(raw, upstream);
            }
            Verifier.Verdict v = byText.get(raw);
            if (v != null) {
                proposals.add(new Proposal(file, kb.component(file.componentId()), upstreamByText.get(raw),
                        identity, v, true));
            }
        }
        if (proposals.isEmpty()) {
            return null;
        }
        Proposal best = OriginPreference.rank(proposals).get(0);
        Verifier.Verdict v = best.verdict();
        return new SnippetMatch(path, new LineRange(1, text.lineCount()),
                origin(best, new LineRange(1, best.file().lineCount())), v.similarity(), v.type(), seeds.size(),
                true, v.renames());
    }

    private static boolean sameSymbols(SeedSequence a, SeedSequence b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.symbol(i) != b.symbol(i)) {
                return false;
            }
        }
        return true;
    }

    /** Equal texts, reading every line end ({@code \r\n}, {@code \r}) as {@code \n}, as the raw hash does. */
    static boolean sameText(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (true) {
            int ca = -1;
            int cb = -1;
            if (i < n) {
                ca = a.charAt(i++);
                if (ca == '\r') {
                    if (i < n && a.charAt(i) == '\n') {
                        i++;
                    }
                    ca = '\n';
                }
            }
            if (j < m) {
                cb = b.charAt(j++);
                if (cb == '\r') {
                    if (j < m && b.charAt(j) == '\n') {
                        j++;
                    }
                    cb = '\n';
                }
            }
            if (ca != cb) {
                return false;
            }
            if (ca < 0) {
                return true;
            }
        }
    }

    /** Whitespace-separated words: the size of a file no lexer reads. */
    static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    // ---- snippets ----

    private List<SnippetMatch> snippets(String path, TextFile text, SeedSequence seeds) {
        Fingerprints prints = winnower.winnow(seeds);
        if (prints.size() == 0) {
            return List.of();
        }
        QueryIndex query = QueryIndex.of(prints);
        Hits hits = kb.lookup(query.hashes(), parameters.maxPostingsPerKey());
        // Configuration and templates are winnowed with smaller k-grams than code (see Winnower).
        int k = prints.parameters().k();
        int minSpan = Math.max(k, parameters.minTokens(seeds.tokens().seedsVerbatim())
                - 2 * prints.parameters().w());
        List<Candidates.Group> groups = Candidates.select(kb, query, hits, parameters);
        if (groups.isEmpty()) {
            return List.of();
        }
        int[] blind = query.blindPrefix(hits::isStopKey);
        LexedFile lexed = LexedFile.of(seeds);
        List<Proposal> proposals = new ArrayList<>();
        for (Candidates.Group group : groups) {
            KbFile representative = kb.file(group.representative());
            LexedFile upstream = upstreamSeeds(representative);
            if (upstream == null) {
                continue;
            }
            for (int[][] chain : Chainer.chains(group.pairs(), k, parameters.maxGap(), minSpan, blind)) {
                Alignment alignment = Aligner.align(seeds, upstream.seeds(), chain, k);
                if (alignment == null) {
                    continue;
                }
                Verifier.Verdict v = Verifier.verify(lexed, upstream, alignment, 0, alignment.size() - 1, true);
                if (v == null || !acceptable(v, seeds, false)) {
                    continue;
                }
                boolean whole = v.queryFirst() == 0 && v.queryLast() == seeds.size() - 1 && v.upstreamFirst() == 0
                        && v.upstreamLast() == upstream.seeds().size() - 1;
                for (int member : group.members()) {
                    KbFile file = member == representative.id() ? representative : kb.file(member);
                    proposals.add(new Proposal(file, kb.component(file.componentId()), upstream, alignment, v,
                            whole));
                }
            }
        }
        List<SnippetMatch> matches = new ArrayList<>();
        for (Proposal p : resolve(lexed, proposals)) {
            matches.add(toMatch(path, text, seeds, p));
        }
        Collections.sort(matches);
        return List.copyOf(matches);
    }

    /**
     * One origin per region: proposals in order of preference; each keeps its largest run of pairs outside the
     * regions already taken, verified again when clipped.
     */
    private List<Proposal> resolve(LexedFile lexed, List<Proposal> proposals) {
        SeedSequence seeds = lexed.seeds();
        List<Proposal> accepted = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Proposal p : OriginPreference.rank(proposals)) {
            Verifier.Verdict v = p.verdict();
            int bestFrom = -1;
            int bestTo = -1;
            int runFrom = -1;
            for (int i = v.from(); i <= v.to() + 1; i++) {
                boolean free = i <= v.to() && !covered(taken, p.alignment().query(i));
                if (free && runFrom < 0) {
                    runFrom = i;
                } else if (!free && runFrom >= 0) {
                    if (bestFrom < 0 || span(p.alignment(), runFrom, i - 1) > span(p.alignment(), bestFrom, bestTo)) {
                        bestFrom = runFrom;
                        bestTo = i - 1;
                    }
                    runFrom = -1;
                }
            }
            if (bestFrom < 0) {
                continue;
            }
            Proposal kept = p;
            if (bestFrom != v.from() || bestTo != v.to()) {
                Verifier.Verdict clipped = Verifier.verify(lexed, p.upstream(), p.alignment(), bestFrom, bestTo,
                        true);
                if (clipped == null || !acceptable(clipped, seeds, false)) {
                    continue;
                }
                kept = p.with(clipped);
            }
            accepted.add(kept);
            insert(taken, kept.verdict().queryFirst(), kept.verdict().queryLast());
        }
        return accepted;
    }

    private static int span(Alignment a, int from, int to) {
        return a.query(to) - a.query(from);
    }

    private static boolean covered(List<int[]> taken, int seed) {
        int lo = 0;
        int hi = taken.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = taken.get(mid);
            if (seed < r[0]) {
                hi = mid - 1;
            } else if (seed > r[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static void insert(List<int[]> taken, int first, int last) {
        int i = 0;
        while (i < taken.size() && taken.get(i)[0] < first) {
            i++;
        }
        taken.add(i, new int[] {first, last});
    }

    /**
     * Whether {@code v} is a copy: enough seed tokens for its type (an EXACT snippet of code may be short, see
     * {@link MatchParameters#minExactTokens()}; an EDITED one counts its matched tokens, not its span), similarity
     * above the minimum, verbatim share at least the minimum, and enough lines — unless it spans a whole file and
     * needs no more tokens than any other snippet of its kind.
     */
    private boolean acceptable(Verifier.Verdict v, SeedSequence seeds, boolean wholeFile) {
        boolean verbatim = seeds.tokens().seedsVerbatim();
        int size = v.type() == CloneType.EDITED ? v.matched() : v.tokens();
        if (size < parameters.minTokens(verbatim, v.type()) || v.similarity() <= parameters.minSimilarity()
                || v.verbatimShare() < parameters.minVerbatimShare()) {
            return false;
        }
        boolean shortExact = v.tokens() < parameters.minTokens(verbatim, CloneType.RENAMED);
        return wholeFile && !shortExact || longEnough(seeds, v.queryFirst(), v.queryLast(), verbatim);
    }

    private boolean longEnough(SeedSequence seeds, int first, int last, boolean verbatim) {
        return SeedLines.of(seeds, first, last).length() >= parameters.minLines(verbatim);
    }

    /**
     * The match of a proposal. A whole-file one spans both whole files, as a whole-file hash match does; another
     * spans its first to last matched token, widened over comments next to it that are the same on both sides
     * ({@link CommentExtension}): a Javadoc or license header copied with the code is part of the copy.
     */
    private SnippetMatch toMatch(String path, TextFile text, SeedSequence seeds, Proposal p) {
        Verifier.Verdict v = p.verdict();
        LineRange lines;
        LineRange upstreamLines;
        if (p.wholeFile()) {
            lines = new LineRange(1, text.lineCount());
            upstreamLines = new LineRange(1, p.file().lineCount());
        } else {
            CommentExtension e = CommentExtension.of(seeds, v.queryFirst(), v.queryLast(), p.upstream().seeds(),
                    v.upstreamFirst(), v.upstreamLast());
            lines = e.query();
            upstreamLines = e.upstream();
        }
        return new SnippetMatch(path, lines, origin(p, upstreamLines), v.similarity(), v.type(), v.tokens(),
                p.wholeFile(), v.renames());
    }

    private static Origin origin(Proposal p, LineRange upstreamLines) {
        Component c = p.component();
        return new Origin(c.name(), c.version(), c.purl() == null ? "" : c.purl(), p.file().path(), upstreamLines,
                c.licenseExpression() == null ? "" : c.licenseExpression(), c.holders());
    }

    // ---- the upstream side ----

    private String upstreamText(int fileId) {
        try {
            return kb.text(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upstream file lexed with its language's lexer (cached); null when there is no lexer. */
    private LexedFile upstreamSeeds(KbFile file) {
        Optional<Lexer> lexer = lexers.apply(file.language());
        if (lexer.isEmpty()) {
            return null;
        }
        return cache.get(file.id(), id -> LexedFile.of(SeedSequence.of(lexer.get().lex(upstreamText(id)))));
    }

    /** Upstream files lexed and cached now; for tests and diagnostics. */
    int cachedUpstreamFiles() {
        return cache.size();
    }

    @Override
    public String toString() {
        return "KnowledgeBaseMatcher[" + kb + ", " + parameters + "]";
    }
}
