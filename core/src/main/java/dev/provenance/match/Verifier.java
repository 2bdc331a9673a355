package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Verifies an alignment on raw tokens: what the seed channel blurred (identifier names, literal values) is compared
 * here. Comments and layout were never seeded, so they never count.
 *
 * <ul>
 *   <li><b>Rename map.</b> Every aligned identifier pair {@code (upstream, copy)} is a vote; votes are taken in
 *       order of support (ties by name, for determinism) into a bijective map: a pair is admitted when neither its
 *       upstream name is mapped yet nor its copy name taken. Identity pairs take part, so a name kept in one place
 *       and renamed in another is inconsistent.</li>
 *   <li><b>Matched tokens.</b> An aligned pair matches when the raw texts are equal, or when both are identifiers
 *       and the map sends the upstream name to the copy's.</li>
 *   <li><b>Clone type.</b> EXACT when the alignment has no gap and every raw token is equal; RENAMED when it has no
 *       gap, every literal and symbol is equal, every identifier pair agrees with the map and at least one name
 *       changed; EDITED otherwise. For an EDITED snippet, a rename voted for once only is dropped from the map
 *       unless that one vote lies in a gapless run of at least {@value #SOLID_RUN} aligned seeds (inside an edit,
 *       identifiers align by position, not by meaning; a renamed package in an otherwise intact line is a
 *       rename).</li>
 *   <li><b>Similarity</b> = matched tokens / the longer side's seed tokens in the snippet. Configuration and
 *       templates (seeded verbatim) count their content only — values, text and names, not keys, brackets or
 *       keywords: every {@code config.json} of a kind has the same keys, so with keys counted two models of one
 *       family with all their geometry different scored 0.80 (12 of 25 values differing), where their values
 *       agree at 0.55.</li>
 *   <li><b>Verbatim share</b> = of the distinct upstream identifiers and literals aligned, the share found
 *       unchanged at least once. Independent code of the same shape shares structure but hardly any names; a copy
 *       keeps at least its API calls, types and literals.</li>
 *   <li><b>Trimming.</b> Unmatched pairs at either end are dropped, and so are boundary lines of the scanned file
 *       that are not wholly matched, so that the reported lines start and end on whole lines that agree (see
 *       {@link #trimmed}).</li>
 * </ul>
 */
final class Verifier {
    /** A gapless run of at least this many aligned seeds is solid: a rename seen once in it is trusted. */
    static final int SOLID_RUN = 8;

    private Verifier() {
    }

    /**
     * The outcome over pairs {@code [from, to]} of an alignment.
     *
     * @param matched       aligned pairs that match (equal, or renamed consistently)
     * @param verbatim      aligned pairs whose raw texts are equal
     * @param comments      comments inside the snippet equal on both sides (white space aside), between the same
     *                      two aligned pairs: what tells apart releases whose code is the same
     * @param queryFirst    first scanned seed of the snippet
     * @param queryLast     last scanned seed
     * @param upstreamFirst first upstream seed
     * @param upstreamLast  last upstream seed
     */
    record Verdict(int from, int to, CloneType type, int matched, int verbatim, int comments, int queryFirst,
                   int queryLast, int upstreamFirst, int upstreamLast, double similarity, double verbatimShare,
                   SortedMap<String, String> renames) {
        /** Seed tokens on the scanned side. */
        int tokens() {
            return queryLast - queryFirst + 1;
        }
    }

    /**
     * Verifies pairs {@code [from, to]}; with {@code trim}, the ends are trimmed first (see {@link #trimmed}). Null
     * when nothing is left.
     */
    static Verdict verify(LexedFile query, LexedFile upstream, Alignment alignment, int from, int to,
                          boolean trim) {
        Classified c = classify(query, upstream, alignment, from, to);
        if (!trim) {
            return c == null ? null : c.verdict;
        }
        for (int round = 0; round < 4 && c != null; round++) {
            int[] bounds = trimmed(query.seeds(), alignment, c);
            if (bounds == null) {
                return null;
            }
            if (bounds[0] == c.from && bounds[1] == c.to) {
                return c.verdict;
            }
            c = classify(query, upstream, alignment, bounds[0], bounds[1]);
        }
        return c == null ? null : c.verdict;
    }

    /**
     * The bounds of a snippet after trimming, or null when nothing is left. A snippet starts and ends on matched
     * pairs; its first and last scanned lines must be <em>complete</em> (every seed token on the line aligned and
     * matched: a copy is made of whole lines, and seed-equal extension past the copy's ends, say a {@code ; }} of
     * the code before it, must not pull in a foreign line); and it does not start on a closing bracket or separator
     * ({@code } ) ] ; ,}), which ends a construct opened before the snippet. Configuration tokens, which are not in
     * source order, are only trimmed of unmatched pairs.
     */
    private static int[] trimmed(SeedSequence query, Alignment a, Classified c) {
        boolean[] ok = c.ok;
        int base = c.from;
        int first = c.from;
        int last = c.to;
        if (!SeedLines.inSourceOrder(query)) {
            while (first <= last && !ok[first - base]) {
                first++;
            }
            while (last >= first && !ok[last - base]) {
                last--;
            }
            return first <= last ? new int[] {first, last} : null;
        }
        while (first <= last && (!ok[first - base] || !completeLineStartingAt(query, a, c, first)
                || closes(query, a.query(first)))) {
            first = nextLine(query, a, first, last);
        }
        while (last >= first && (!ok[last - base] || !completeLineEndingAt(query, a, c, last))) {
            last = previousLine(query, a, last, first);
        }
        return first <= last ? new int[] {first, last} : null;
    }

    private static int lineOf(SeedSequence seeds, int seed) {
        return seeds.tokens().line(seeds.rawIndex(seed));
    }

    /** Whether pair {@code i} starts its scanned line and every seed of that line is aligned, in order, and ok. */
    private static boolean completeLineStartingAt(SeedSequence query, Alignment a, Classified c, int i) {
        int seed = a.query(i);
        int line = lineOf(query, seed);
        if (seed > 0 && lineOf(query, seed - 1) == line) {
            return false;
        }
        int j = i;
        while (j <= c.to && lineOf(query, a.query(j)) == line) {
            if (a.query(j) != seed + (j - i) || !c.ok[j - c.from]) {
                return false;
            }
            j++;
        }
        int next = seed + (j - i);
        return next >= query.size() || lineOf(query, next) != line;
    }

    /** Whether pair {@code i} ends its scanned line and every seed of that line is aligned, in order, and ok. */
    private static boolean completeLineEndingAt(SeedSequence query, Alignment a, Classified c, int i) {
        int seed = a.query(i);
        int line = lineOf(query, seed);
        if (seed + 1 < query.size() && lineOf(query, seed + 1) == line) {
            return false;
        }
        int j = i;
        while (j >= c.from && lineOf(query, a.query(j)) == line) {
            if (a.query(j) != seed - (i - j) || !c.ok[j - c.from]) {
                return false;
            }
            j--;
        }
        int previous = seed - (i - j);
        return previous < 0 || lineOf(query, previous) != line;
    }

    /** The first pair after {@code i} on a later scanned line, or {@code last + 1}. */
    private static int nextLine(SeedSequence query, Alignment a, int i, int last) {
        int line = lineOf(query, a.query(i));
        int j = i + 1;
        while (j <= last && lineOf(query, a.query(j)) == line) {
            j++;
        }
        return j;
    }

    /** The last pair before {@code i} on an earlier scanned line, or {@code first - 1}. */
    private static int previousLine(SeedSequence query, Alignment a, int i, int first) {
        int line = lineOf(query, a.query(i));
        int j = i - 1;
        while (j >= first && lineOf(query, a.query(j)) == line) {
            j--;
        }
        return j;
    }

    private static boolean closes(SeedSequence query, int seed) {
        Tokens t = query.tokens();
        int raw = query.rawIndex(seed);
        if (t.type(raw) != TokenType.OPERATOR || t.end(raw) - t.start(raw) != 1) {
            return false;
        }
        char c = t.source().charAt(t.start(raw));
        return c == '}' || c == ')' || c == ']' || c == ';' || c == ',';
    }

    /** A classification and the per-pair match flags it was made from. */
    private record Classified(int from, int to, boolean[] ok, Verdict verdict) {
    }

    /** Classifies {@code [from, to]}; the verdict's own {@code from}/{@code to} are the first and last matches. */
    private static Classified classify(LexedFile query, LexedFile upstream, Alignment a, int from, int to) {
        Tokens qt = query.tokens();
        Tokens ut = upstream.tokens();
        SeedSequence qs = query.seeds();
        SeedSequence us = upstream.seeds();
        long[] qh = query.hashes();
        long[] uh = upstream.hashes();

        // Votes per distinct identifier pair: occurrences, occurrences inside a solid run, first occurrence.
        Votes votes = new Votes();
        boolean gapless = true;
        int runStart = from;
        for (int i = from; i <= to + 1; i++) {
            boolean breaks = i > to || (i > from && (a.query(i) != a.query(i - 1) + 1
                    || a.upstream(i) != a.upstream(i - 1) + 1));
            if (i > from && i <= to && breaks) {
                gapless = false;
            }
            if (!breaks) {
                continue;
            }
            boolean solid = i - runStart >= SOLID_RUN;
            for (int r = runStart; r < i; r++) {
                int qi = qs.rawIndex(a.query(r));
                int ui = us.rawIndex(a.upstream(r));
                if (ut.type(ui) == TokenType.IDENTIFIER && qt.type(qi) == TokenType.IDENTIFIER) {
                    votes.add(uh[ui], qh[qi], solid, r);
                }
            }
            runStart = i;
        }
        RenameMap map = votes.greedyBijection();

        Tally t = tally(query, upstream, a, from, to, map);
        if (t.first < 0) {
            return null;
        }
        CloneType type;
        if (gapless && t.allEqual) {
            type = CloneType.EXACT;
        } else if (gapless && !t.otherMismatch && !t.inconsistentIdentifier && map.renames() > 0) {
            type = CloneType.RENAMED;
        } else {
            type = CloneType.EDITED;
            if (map.pruneWeak(votes)) {
                t = tally(query, upstream, a, from, to, map);
                if (t.first < 0) {
                    return null;
                }
            }
        }
        SortedMap<String, String> renames = new TreeMap<>();
        if (type != CloneType.EXACT) {
            for (int f = 0; f < map.size(); f++) {
                if (map.active(f) && map.upstream(f) != map.copy(f)) {
                    int r = votes.example(map.voteOf(f));
                    renames.put(ut.text(us.rawIndex(a.upstream(r))), qt.text(qs.rawIndex(a.query(r))));
                }
            }
        }
        int queryFirst = a.query(t.first);
        int queryLast = a.query(t.last);
        int upstreamFirst = a.upstream(t.first);
        int upstreamLast = a.upstream(t.last);
        double similarity;
        if (qs.tokens().seedsVerbatim()) {
            int longer = Math.max(content(query, queryFirst, queryLast), content(upstream, upstreamFirst,
                    upstreamLast));
            similarity = longer == 0 ? 1.0 : Math.min(1.0, t.matchedContent / (double) longer);
        } else {
            int longer = Math.max(queryLast - queryFirst + 1, upstreamLast - upstreamFirst + 1);
            similarity = Math.min(1.0, t.matched / (double) longer);
        }
        int comments = equalComments(query, upstream, a, t.first, t.last);
        return new Classified(from, to, t.ok, new Verdict(t.first, t.last, type, t.matched, t.verbatimTokens,
                comments, queryFirst, queryLast, upstreamFirst, upstreamLast, similarity, t.verbatimShare, renames));
    }

    /** Content seeds (values, text, names: a non-zero text hash) among seeds {@code [first, last]}. */
    private static int content(LexedFile file, int first, int last) {
        int n = 0;
        for (int s = first; s <= last; s++) {
            n += file.hashAtSeed(s) != 0 ? 1 : 0;
        }
        return n;
    }

    /** Comments equal on both sides between aligned pairs {@code i} and {@code i + 1}, for {@code i} in range. */
    private static int equalComments(LexedFile query, LexedFile upstream, Alignment a, int first, int last) {
        Tokens qt = query.tokens();
        Tokens ut = upstream.tokens();
        SeedSequence qs = query.seeds();
        SeedSequence us = upstream.seeds();
        if (!SeedLines.inSourceOrder(qs) || !SeedLines.inSourceOrder(us)) {
            return 0;
        }
        int equal = 0;
        for (int i = first; i < last; i++) {
            int qi = qs.rawIndex(a.query(i)) + 1;
            int qEnd = qs.rawIndex(a.query(i + 1));
            int ui = us.rawIndex(a.upstream(i)) + 1;
            int uEnd = us.rawIndex(a.upstream(i + 1));
            while (qi < qEnd && ui < uEnd) {
                while (qi < qEnd && !isComment(qt, qi)) {
                    qi++;
                }
                while (ui < uEnd && !isComment(ut, ui)) {
                    ui++;
                }
                if (qi < qEnd && ui < uEnd) {
                    if (CommentExtension.sameIgnoringSpace(qt, qi, ut, ui)) {
                        equal++;
                    }
                    qi++;
                    ui++;
                }
            }
        }
        return equal;
    }

    private static boolean isComment(Tokens t, int i) {
        TokenType type = t.type(i);
        return type == TokenType.COMMENT || type == TokenType.DOCSTRING;
    }

    private static final class Tally {
        boolean[] ok;
        int first = -1;
        int last = -1;
        int matched;
        int matchedContent;
        int verbatimTokens;
        boolean allEqual = true;
        boolean otherMismatch;
        boolean inconsistentIdentifier;
        double verbatimShare;
    }

    private static Tally tally(LexedFile query, LexedFile upstream, Alignment a, int from, int to, RenameMap map) {
        Tokens qt = query.tokens();
        Tokens ut = upstream.tokens();
        SeedSequence qs = query.seeds();
        SeedSequence us = upstream.seeds();
        long[] qh = query.hashes();
        long[] uh = upstream.hashes();
        Tally t = new Tally();
        t.ok = new boolean[to - from + 1];
        LongTable content = new LongTable(64);
        LongTable verbatim = new LongTable(64);
        for (int i = from; i <= to; i++) {
            int qi = qs.rawIndex(a.query(i));
            int ui = us.rawIndex(a.upstream(i));
            long upstreamText = uh[ui];
            // Seeds are equal, so a keyword or operator (hash 0) is the same text on both sides.
            boolean equal = upstreamText == qh[qi];
            boolean ok = equal;
            if (ut.type(ui) == TokenType.IDENTIFIER && qt.type(qi) == TokenType.IDENTIFIER) {
                boolean consistent = map.sends(upstreamText, qh[qi]);
                ok = equal || consistent;
                t.inconsistentIdentifier |= !consistent;
            } else if (!equal) {
                t.otherMismatch = true;
            }
            if (upstreamText != 0) {
                content.add(upstreamText);
                if (equal) {
                    verbatim.add(upstreamText);
                }
            }
            t.allEqual &= equal;
            if (equal) {
                t.verbatimTokens++;
            }
            t.ok[i - from] = ok;
            if (ok) {
                if (t.first < 0) {
                    t.first = i;
                }
                t.last = i;
                t.matched++;
                if (upstreamText != 0) {
                    t.matchedContent++;
                }
            }
        }
        t.verbatimShare = content.size() == 0 ? 1.0 : verbatim.size() / (double) content.size();
        return t;
    }

    /** Identifier pairs (upstream text hash, copy text hash) and their votes. */
    private static final class Votes {
        private final LongTable pairs = new LongTable(64);
        private long[] upstream = new long[64];
        private long[] copy = new long[64];
        private int[] count = new int[64];
        private int[] solid = new int[64];
        private int[] example = new int[64];

        void add(long up, long cp, boolean inSolidRun, int pair) {
            int slot = pairs.add(SeedSequence.mix(up * 0x9e3779b97f4a7c15L + cp));
            if (slot == upstream.length) {
                int capacity = slot * 2;
                upstream = java.util.Arrays.copyOf(upstream, capacity);
                copy = java.util.Arrays.copyOf(copy, capacity);
                count = java.util.Arrays.copyOf(count, capacity);
                solid = java.util.Arrays.copyOf(solid, capacity);
                example = java.util.Arrays.copyOf(example, capacity);
            }
            if (count[slot] == 0) {
                upstream[slot] = up;
                copy[slot] = cp;
                example[slot] = pair;
            }
            count[slot]++;
            if (inSolidRun) {
                solid[slot]++;
            }
        }

        int example(int slot) {
            return example[slot];
        }

        /** Whether a vote is weak: a rename seen once, outside any solid run. */
        boolean weak(int slot) {
            return upstream[slot] != copy[slot] && count[slot] == 1 && solid[slot] == 0;
        }

        /** Votes taken by support (ties by the hashes, for determinism) into a bijective map. */
        RenameMap greedyBijection() {
            int n = pairs.size();
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = ((long) (Integer.MAX_VALUE - count[i]) << 32) | i;
            }
            java.util.Arrays.sort(order);
            // Equal counts: order by hashes rather than by insertion, so the map depends only on the votes.
            for (int lo = 0; lo < n; ) {
                int hi = lo;
                while (hi < n && (order[hi] >>> 32) == (order[lo] >>> 32)) {
                    hi++;
                }
                if (hi - lo > 1) {
                    Long[] tie = new Long[hi - lo];
                    for (int x = lo; x < hi; x++) {
                        tie[x - lo] = order[x];
                    }
                    java.util.Arrays.sort(tie, (p, q) -> {
                        int a = (int) (long) p;
                        int b = (int) (long) q;
                        int c = Long.compare(upstream[a], upstream[b]);
                        return c != 0 ? c : Long.compare(copy[a], copy[b]);
                    });
                    for (int x = lo; x < hi; x++) {
                        order[x] = tie[x - lo];
                    }
                }
                lo = hi;
            }
            RenameMap map = new RenameMap(n);
            for (long o : order) {
                int slot = (int) o;
                map.offer(upstream[slot], copy[slot], slot);
            }
            return map;
        }
    }

    /** A bijective map of identifier text hashes, upstream to copy, whose entries can be switched off. */
    private static final class RenameMap {
        private final LongTable forward;
        private final LongTable taken;
        private long[] upstream;
        private long[] copy;
        private int[] vote;
        private boolean[] inactive;

        RenameMap(int expected) {
            forward = new LongTable(Math.max(16, expected));
            taken = new LongTable(Math.max(16, expected));
            upstream = new long[Math.max(16, expected)];
            copy = new long[upstream.length];
            vote = new int[upstream.length];
            inactive = new boolean[upstream.length];
        }

        void offer(long up, long cp, int voteSlot) {
            if (forward.find(up) >= 0 || taken.find(cp) >= 0) {
                return;
            }
            int f = forward.add(up);
            taken.add(cp);
            if (f == upstream.length) {
                upstream = java.util.Arrays.copyOf(upstream, f * 2);
                copy = java.util.Arrays.copyOf(copy, f * 2);
                vote = java.util.Arrays.copyOf(vote, f * 2);
                inactive = java.util.Arrays.copyOf(inactive, f * 2);
            }
            upstream[f] = up;
            copy[f] = cp;
            vote[f] = voteSlot;
        }

        int size() {
            return forward.size();
        }

        boolean active(int f) {
            return !inactive[f];
        }

        long upstream(int f) {
            return upstream[f];
        }

        long copy(int f) {
            return copy[f];
        }

        int voteOf(int f) {
            return vote[f];
        }

        /** Whether the map (its active entries) sends {@code up} to {@code cp}. */
        boolean sends(long up, long cp) {
            int f = forward.find(up);
            return f >= 0 && !inactive[f] && copy[f] == cp;
        }

        int renames() {
            int n = 0;
            for (int f = 0; f < size(); f++) {
                if (!inactive[f] && upstream[f] != copy[f]) {
                    n++;
                }
            }
            return n;
        }

        /** Switches off the weak renames; whether any was. */
        boolean pruneWeak(Votes votes) {
            boolean any = false;
            for (int f = 0; f < size(); f++) {
                if (!inactive[f] && votes.weak(vote[f])) {
                    inactive[f] = true;
                    any = true;
                }
            }
            return any;
        }
    }
}
