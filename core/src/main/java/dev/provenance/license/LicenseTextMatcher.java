package dev.provenance.license;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds full license texts in a legal file (LICENSE, COPYING, LICENSES/X.txt, NOTICE …) and names them by SPDX id,
 * with the lines each one covers.
 *
 * <p>How: comparing a text against all ~700 licenses of the SPDX list with the library takes tens of seconds, so a
 * {@link LicenseTemplateIndex pre-filter} built once over the bundled templates picks the candidates: for each
 * license, the share of its required word shingles found in the file (containment, C) within the densest run of
 * matches (shingles at most {@value #MAX_GAP} words apart), and the share of that run's shingles the license
 * explains (precision, P). Candidates are ranked by F2 = 5PC/(4P+C), which weighs containment four times as much
 * as precision: a license's required text must all be there, while unexplained words inside the region are often a
 * copyright line, a holder's name or a reflowed title. So of close relatives (BSD-2-Clause, BSD-3-Clause and
 * BSD-4-Clause-UC, MIT and MIT-0, GPL-2.0 and GPL-3.0) the one whose text is wholly present and explains most comes
 * first (on Debian's BSD file, BSD-4-Clause-UC has the better precision but lacks a clause). The best one to
 * three candidates for a region are then confirmed by spdx-java-library's template comparison
 * ({@code LicenseCompareHelper.isTextStandardLicense}) on exactly the region's lines. Lines before the region that
 * are a title or a copyright line are counted in it; text after it (an appended NOTICE, a second license) is not.
 * The region is then taken out and the search repeats, so several licenses concatenated in one file give several
 * findings.
 *
 * <p>When the library refuses every candidate (a reflowed text, a changed address, a typo fixed) but the best one
 * covers at least {@value #UNCONFIRMED_MIN} of the license's required shingles and they make at least
 * {@value #UNCONFIRMED_MIN} of the region, the text is that license with a few words changed: it is reported. At
 * that level a close relative can no longer be confused: the relatives above differ in whole clauses, several
 * times more than the 10% allowed.
 *
 * <p>A license text on its own cannot tell "version 2 only" from "version 2 or later" (that choice is made in the
 * notice that applies the license). Like licensee and ScanCode, a bare GPL/LGPL/AGPL/GFDL text is reported as the
 * {@code -only} id (for GFDL, the id without invariant-section qualifiers), also when the library's comparison
 * accepted only the {@code -or-later} template (their templates differ in optional text alone); the header notices, where "or (at your
 * option) any later version" is written, give the {@code -or-later} ids.
 *
 * <p>Thread-safe and immutable. {@link #shared()} costs nothing until the first text is matched, which loads the
 * pre-filter: from the index the build precomputed ({@link PrecomputedLicenseIndex}, some tens of milliseconds), or,
 * without one, built from the library's templates (1–2 s). A typical LICENSE is then matched in a few milliseconds,
 * plus the library's confirmation when the pre-filter alone does not settle it (the library loads the candidate's
 * template on first use). Files are read up to {@value #MAX_CHARS} characters.
 */
public final class LicenseTextMatcher {
    static final int MAX_GAP = 40;
    static final double UNCONFIRMED_MIN = 0.9;
    static final int MAX_CHARS = 1 << 20;
    private static final double CANDIDATE_MIN = 0.5;
    private static final int MAX_CANDIDATES = 32;
    private static final int MAX_CONFIRMATIONS = 3;
    private static final double RELATIVE_WINDOW = 0.15;
    private static final int MAX_FINDINGS = 32;
    private static final int HEADER_LOOKBACK = 6;
    private static final double DECISIVE_PRECISION = 0.95;

    private final Supplier<LicenseCatalog> catalog;
    private final Supplier<LoadedIndex> loaded;

    private LicenseTextMatcher(Supplier<LicenseCatalog> catalog, Supplier<LoadedIndex> loaded) {
        this.catalog = catalog;
        this.loaded = loaded;
    }

    /** A matcher over {@code index}, with {@code catalog} for names (tests compare indexes built in other ways). */
    static LicenseTextMatcher over(LicenseCatalog catalog, LicenseTemplateIndex index, IndexOrigin origin) {
        LoadedIndex loaded = new LoadedIndex(index, origin, 0);
        return new LicenseTextMatcher(() -> catalog, () -> loaded);
    }

    /**
     * The matcher over the bundled SPDX list. Getting it costs nothing: the catalog and the pre-filter are loaded when
     * the first text is matched (from the build's {@link PrecomputedLicenseIndex} in a few tens of milliseconds, or
     * built through the library in 1–2 s when there is none).
     */
    public static LicenseTextMatcher shared() {
        return Shared.MATCHER;
    }

    /** Time it took to load or build the pre-filter (not counting the catalog); loads it if not yet loaded. */
    long buildNanos() {
        return loaded.get().nanos();
    }

    /** Whether the pre-filter was read from the build's precomputed index or built live; loads it if not yet loaded. */
    IndexOrigin indexOrigin() {
        return loaded.get().origin();
    }

    LicenseTemplateIndex index() {
        return loaded.get().index();
    }

    private LicenseCatalog catalog() {
        return catalog.get();
    }

    /**
     * The full license texts in {@code file}, in the order they appear; each finding's {@code lines} are the lines
     * the license text covers, {@code source} is {@link LicenseSource#LICENSE_TEXT}, {@code declaredAs} the license's
     * name on the SPDX list.
     */
    public List<LicenseFinding> find(TextFile file) {
        return find(file, null);
    }

    /**
     * The pre-filter alone (no library confirmation): the licenses ranked for the best region of {@code file}, best
     * first, with ties (identical templates) in preference order.
     */
    List<String> rank(TextFile file) {
        Prepared prepared = prepare(file);
        if (prepared == null) {
            return List.of();
        }
        List<Run> runs = runs(prepared, new boolean[prepared.entries.length]);
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (i == 0 || !run.sameEvidence(runs.get(0))) {
                ranked.add(run.id);
            } else {
                ranked.add(run.id + "=");
            }
        }
        return ranked;
    }

    /** {@link #find(TextFile)}, noting in {@code trace} (when not null) the ranked candidates of each round. */
    List<LicenseFinding> find(TextFile file, List<String> trace) {
        Prepared prepared = prepare(file);
        if (prepared == null) {
            return List.of();
        }
        LicenseWords words = prepared.words;
        boolean[] consumed = new boolean[prepared.entries.length];
        List<LicenseFinding> findings = new ArrayList<>();
        List<LineRange> taken = new ArrayList<>();
        for (int round = 0; round < MAX_FINDINGS; round++) {
            List<Run> runs = runs(prepared, consumed);
            if (runs.isEmpty()) {
                break;
            }
            if (trace != null) {
                trace.add(runs.subList(0, Math.min(6, runs.size())).toString());
            }
            Run top = runs.get(0);
            List<Run> group = new ArrayList<>();
            for (Run run : runs) {
                if (group.size() < MAX_CONFIRMATIONS && run.overlaps(top) && run.f >= top.f - RELATIVE_WINDOW) {
                    group.add(run);
                }
            }
            Run accepted = null;
            LineRange acceptedLines = null;
            if (decisive(top, runs)) {
                accepted = top;
                acceptedLines = lines(file, words, top, taken);
                group = List.of();
            }
            List<Run> refused = new ArrayList<>();
            for (Run run : group) {
                if (refused.stream().anyMatch(run::sameEvidence)) {
                    continue; // an identical template (GPL-2.0-only / -or-later) was just refused on the same text
                }
                LineRange lines = lines(file, words, run, taken);
                refused.add(run);
                if (confirmed(run.license, file, lines)) {
                    accepted = run;
                    acceptedLines = lines;
                    break;
                }
            }
            if (trace != null) {
                trace.add("accepted " + accepted);
            }
            if (accepted == null && top.containment >= UNCONFIRMED_MIN && top.precision >= UNCONFIRMED_MIN) {
                accepted = top;
                acceptedLines = lines(file, words, top, taken);
            }
            int from = top.first;
            int to = top.last;
            if (accepted != null) {
                from = Math.min(from, accepted.first);
                to = Math.max(to, accepted.last);
                String id = textOnlyId(index().id(accepted.license));
                findings.add(new LicenseFinding(id, LicenseSource.LICENSE_TEXT, acceptedLines, true,
                        catalog().name(id).orElse(id)));
                taken.add(acceptedLines);
            }
            Arrays.fill(consumed, from, to + 1, true);
        }
        findings.sort(Comparator.comparingInt(f -> f.lines().first()));
        return List.copyOf(findings);
    }

    /**
     * Whether the pre-filter alone settles the region: every required shingle of the top license is there, in one
     * dense run that the license explains almost entirely ({@value #DECISIVE_PRECISION}), and no other license
     * (but the same text under another id, GPL-2.0-only / -or-later) has all of its required text in that run.
     * The library's comparison would only confirm it, at 50–500 ms per text.
     */
    private boolean decisive(Run top, List<Run> runs) {
        if (top.containment < 1.0 || top.precision < DECISIVE_PRECISION) {
            return false;
        }
        String id = textOnlyId(top.id);
        for (Run other : runs) {
            if (other != top && other.containment >= 1.0 && other.overlaps(top) && !textOnlyId(other.id).equals(id)) {
                return false;
            }
        }
        return true;
    }

    /** The file's words, shingle look-ups, candidate licenses and their hits; null when there is nothing to match. */
    private Prepared prepare(TextFile file) {
        LicenseTemplateIndex index = index();
        String text = file.text();
        LicenseWords words = LicenseWords.of(text, 0, Math.min(text.length(), MAX_CHARS));
        int positions = words.count() - LicenseTemplateIndex.SHINGLE + 1;
        if (positions <= 0) {
            return null;
        }
        int[] entries = new int[positions];
        for (int p = 0; p < positions; p++) {
            entries[p] = index.find(words.shingle(p, LicenseTemplateIndex.SHINGLE));
        }
        int[] candidates = candidates(entries);
        if (candidates.length == 0) {
            return null;
        }
        return new Prepared(words, entries, candidates, hitsPerCandidate(entries, candidates));
    }

    private record Prepared(LicenseWords words, int[] entries, int[] candidates, int[][] hits) {
    }

    /** Each candidate's best run over the positions not yet consumed, good enough to consider, ranked. */
    private List<Run> runs(Prepared prepared, boolean[] consumed) {
        List<Run> runs = new ArrayList<>();
        for (int c = 0; c < prepared.candidates.length; c++) {
            Run run = bestRun(prepared.candidates[c], prepared.hits[c], prepared.entries, consumed);
            if (run != null && run.containment >= CANDIDATE_MIN && run.f >= CANDIDATE_MIN) {
                runs.add(run);
            }
        }
        runs.sort(RANKING);
        return runs;
    }

    /** A text alone grants no "or later" choice: {@code GPL-3.0-or-later} is reported as {@code GPL-3.0-only}. */
    private String textOnlyId(String id) {
        if (id.endsWith("-or-later")) {
            String only = id.substring(0, id.length() - "-or-later".length()) + "-only";
            if (catalog().isListed(only) && !catalog().isDeprecated(only)) {
                return only;
            }
        }
        return id;
    }

    /** Licenses whose required shingles are at least {@link #CANDIDATE_MIN} contained in the file, best first. */
    private int[] candidates(int[] entries) {
        LicenseTemplateIndex index = index();
        int[] distinct = Arrays.stream(entries).filter(e -> e >= 0).sorted().distinct().toArray();
        int[] required = new int[index.size()];
        for (int entry : distinct) {
            for (int i = index.postingsStart(entry), end = index.postingsEnd(entry); i < end; i++) {
                int posting = index.posting(i);
                if (LicenseTemplateIndex.required(posting)) {
                    required[LicenseTemplateIndex.license(posting)]++;
                }
            }
        }
        List<double[]> found = new ArrayList<>();
        for (int license = 0; license < required.length; license++) {
            int total = index.requiredCount(license);
            double containment = total == 0 ? 0 : (double) required[license] / total;
            if (containment >= CANDIDATE_MIN && required[license] >= 3) {
                found.add(new double[] {containment * required[license], license});
            }
        }
        found.sort((a, b) -> Double.compare(b[0], a[0]));
        return found.stream().limit(MAX_CANDIDATES).mapToInt(a -> (int) a[1]).toArray();
    }

    /** For each candidate, the file positions whose shingle is in its template, ascending. */
    private int[][] hitsPerCandidate(int[] entries, int[] candidates) {
        LicenseTemplateIndex index = index();
        int[] slot = new int[index.size()];
        Arrays.fill(slot, -1);
        for (int c = 0; c < candidates.length; c++) {
            slot[candidates[c]] = c;
        }
        int[][] hits = new int[candidates.length][16];
        int[] counts = new int[candidates.length];
        for (int p = 0; p < entries.length; p++) {
            int entry = entries[p];
            if (entry < 0) {
                continue;
            }
            for (int i = index.postingsStart(entry), end = index.postingsEnd(entry); i < end; i++) {
                int c = slot[LicenseTemplateIndex.license(index.posting(i))];
                if (c >= 0) {
                    if (counts[c] == hits[c].length) {
                        hits[c] = Arrays.copyOf(hits[c], counts[c] * 2);
                    }
                    hits[c][counts[c]++] = p;
                }
            }
        }
        for (int c = 0; c < candidates.length; c++) {
            hits[c] = Arrays.copyOf(hits[c], counts[c]);
        }
        return hits;
    }

    /** The run of {@code license}'s hits (gaps of at most {@link #MAX_GAP}) with most distinct required shingles. */
    private Run bestRun(int license, int[] hits, int[] entries, boolean[] consumed) {
        Run best = null;
        int i = 0;
        while (i < hits.length) {
            if (consumed[hits[i]]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < hits.length && !consumed[hits[j + 1]] && hits[j + 1] - hits[j] <= MAX_GAP) {
                j++;
            }
            Run run = run(license, hits, i, j, entries);
            if (best == null || run.requiredFound > best.requiredFound) {
                best = run;
            }
            i = j + 1;
        }
        return best;
    }

    private Run run(int license, int[] hits, int from, int to, int[] entries) {
        LicenseTemplateIndex index = index();
        int[] requiredEntries = new int[to - from + 1];
        int n = 0;
        for (int k = from; k <= to; k++) {
            int entry = entries[hits[k]];
            if (isRequired(entry, license)) {
                requiredEntries[n++] = entry;
            }
        }
        Arrays.sort(requiredEntries, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || requiredEntries[k] != requiredEntries[k - 1]) {
                distinct++;
            }
        }
        int first = hits[from];
        int last = hits[to];
        double containment = (double) distinct / Math.max(1, index.requiredCount(license));
        double precision = (double) (to - from + 1) / (last - first + 1);
        return new Run(license, index.id(license), first, last, distinct, containment, precision);
    }

    private boolean isRequired(int entry, int license) {
        LicenseTemplateIndex index = index();
        for (int i = index.postingsStart(entry), end = index.postingsEnd(entry); i < end; i++) {
            int posting = index.posting(i);
            if (LicenseTemplateIndex.license(posting) == license) {
                return LicenseTemplateIndex.required(posting);
            }
        }
        return false;
    }

    /** The lines of a run, extended back over a title or copyright line just above it. */
    private static LineRange lines(TextFile file, LicenseWords words, Run run, List<LineRange> taken) {
        int first = file.lineOf(words.start(run.first));
        int last = file.lineOf(Math.max(words.start(run.first),
                words.end(run.last + LicenseTemplateIndex.SHINGLE - 1) - 1));
        int floor = 1;
        for (LineRange range : taken) {
            if (range.last() < first) {
                floor = Math.max(floor, range.last() + 1);
            }
        }
        int line = first - 1;
        int looked = 0;
        while (line >= floor && looked < HEADER_LOOKBACK) {
            String content = file.line(line).strip();
            looked++;
            if (!content.isEmpty()) {
                if (!isTitleOrCopyright(content)) {
                    break;
                }
                first = line;
            }
            line--;
        }
        return new LineRange(first, Math.max(first, last));
    }

    private static boolean isTitleOrCopyright(String line) {
        if (line.length() > 200) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("copyright") || lower.contains("(c)") || lower.contains("©")
                || lower.contains("all rights reserved")) {
            return true;
        }
        int words = lower.split("\\s+", 14).length;
        return words <= 12 && (lower.contains("license") || lower.contains("licence"));
    }

    private boolean confirmed(int license, TextFile file, LineRange lines) {
        String text = file.text();
        int start = file.lineStart(lines.first());
        int end = lines.last() < file.lineCount() ? file.lineStart(lines.last() + 1) : text.length();
        return SpdxLibrary.isStandardLicenseText(index().id(license), withoutParagraphDots(text.substring(start, end)));
    }

    /**
     * The text without Debian's paragraph marks: in a DEP-5 copyright file a license text is indented and its blank
     * lines are written as " ." — the library would compare every dot as a word and refuse the text, slowly.
     */
    static String withoutParagraphDots(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b - a == 1 && text.charAt(a) == '.') {
                out.append('\n');
            } else {
                out.append(text, start, end);
            }
            start = end;
        }
        return out.toString();
    }

    /** Best first: F, then the plainest of equally good ids ({@code -only}, no qualifiers, shortest). */
    private static final Comparator<Run> RANKING = Comparator
            .comparingDouble((Run r) -> -Math.round(r.f * 1e6) / 1e6)
            .thenComparing(r -> !r.id.endsWith("-only"))
            .thenComparingInt(r -> r.id.length())
            .thenComparing(r -> r.id);

    private static final class Run {
        final int license;
        final String id;
        final int first;
        final int last;
        final int requiredFound;
        final double containment;
        final double precision;
        final double f;

        Run(int license, String id, int first, int last, int requiredFound, double containment, double precision) {
            this.license = license;
            this.id = id;
            this.first = first;
            this.last = last;
            this.requiredFound = requiredFound;
            this.containment = containment;
            this.precision = precision;
            this.f = containment + precision == 0 ? 0 : 5 * containment * precision / (4 * precision + containment);
        }

        /** Same run, same scores: the two templates read the same on this text. */
        boolean sameEvidence(Run other) {
            return first == other.first && last == other.last && requiredFound == other.requiredFound
                    && Math.abs(f - other.f) < 1e-9;
        }

        boolean overlaps(Run other) {
            int overlap = Math.min(last, other.last) - Math.max(first, other.first) + 1;
            int shorter = Math.min(last - first, other.last - other.first) + 1;
            return overlap * 2 >= shorter;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s[%d..%d C=%.3f P=%.3f F=%.3f]", id, first, last, containment,
                    precision, f);
        }
    }

    /** A pre-filter index with where it came from and what it took to get it. */
    private record LoadedIndex(LicenseTemplateIndex index, IndexOrigin origin, long nanos) {
    }

    /** Holder of the shared matcher: construction loads nothing. */
    private static final class Shared {
        static final LicenseTextMatcher MATCHER = new LicenseTextMatcher(LicenseCatalog::bundled,
                () -> BundledIndex.LOADED);
    }

    /** Holder of the bundled pre-filter: loaded on first use, by the JVM's class initialisation lock. */
    private static final class BundledIndex {
        static final LoadedIndex LOADED = load();

        private static LoadedIndex load() {
            LicenseCatalog catalog = LicenseCatalog.bundled();
            long start = System.nanoTime();
            Optional<LicenseTemplateIndex> precomputed = PrecomputedLicenseIndex.bundledTemplates();
            LicenseTemplateIndex index = precomputed.orElseGet(() -> LicenseTemplateIndex.build(catalog));
            return new LoadedIndex(index, precomputed.isPresent() ? IndexOrigin.PRECOMPUTED : IndexOrigin.BUILT_LIVE,
                    System.nanoTime() - start);
        }
    }
}
