package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li><b>Similarity</b> = matched tokens / the longer side's seed tokens in the snippet.</li>
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
     * @param queryFirst    first scanned seed of the snippet
     * @param queryLast     last scanned seed
     * @param upstreamFirst first upstream seed
     * @param upstreamLast  last upstream seed
     */
    record Verdict(int from, int to, CloneType type, int matched, int verbatim, int queryFirst, int queryLast,
                   int upstreamFirst, int upstreamLast, double similarity, double verbatimShare,
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
    static Verdict verify(SeedSequence query, SeedSequence upstream, Alignment alignment, int from, int to,
                          boolean trim) {
        Classified c = classify(query, upstream, alignment, from, to);
        if (!trim) {
            return c == null ? null : c.verdict;
        }
        for (int round = 0; round < 4 && c != null; round++) {
            int[] bounds = trimmed(query, alignment, c);
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
     * ({@code } ) ] ; ,}), which ends a construct opened before the snippet.
     */
    private static int[] trimmed(SeedSequence query, Alignment a, Classified c) {
        boolean[] ok = c.ok;
        int base = c.from;
        int first = c.from;
        int last = c.to;
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
    private static Classified classify(SeedSequence query, SeedSequence upstream, Alignment a, int from, int to) {
        Tokens qt = query.tokens();
        Tokens ut = upstream.tokens();
        // votes[0]: occurrences; votes[1]: occurrences inside a gapless run of at least SOLID_RUN pairs.
        Map<String, int[]> votes = new HashMap<>();
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
            // Pairs [runStart, i) form one gapless run.
            boolean solid = i - runStart >= SOLID_RUN;
            for (int r = runStart; r < i; r++) {
                int qi = query.rawIndex(a.query(r));
                int ui = upstream.rawIndex(a.upstream(r));
                if (ut.type(ui) == TokenType.IDENTIFIER && qt.type(qi) == TokenType.IDENTIFIER) {
                    int[] v = votes.computeIfAbsent(ut.text(ui) + '\0' + qt.text(qi), x -> new int[2]);
                    v[0]++;
                    if (solid) {
                        v[1]++;
                    }
                }
            }
            runStart = i;
        }
        Map<String, String> map = new HashMap<>();
        Map<String, int[]> support = new HashMap<>();
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, int[]> e : ranked) {
            int cut = e.getKey().indexOf('\0');
            String up = e.getKey().substring(0, cut);
            String copy = e.getKey().substring(cut + 1);
            if (!map.containsKey(up) && !taken.contains(copy)) {
                map.put(up, copy);
                taken.add(copy);
                support.put(up, e.getValue());
            }
        }

        Tally t = tally(qt, ut, query, upstream, a, from, to, map);
        if (t.first < 0) {
            return null;
        }
        boolean renamed = false;
        for (Map.Entry<String, String> e : map.entrySet()) {
            renamed |= !e.getKey().equals(e.getValue());
        }
        CloneType type;
        if (gapless && t.allEqual) {
            type = CloneType.EXACT;
            map = Map.of();
        } else if (gapless && !t.otherMismatch && !t.inconsistentIdentifier && renamed) {
            type = CloneType.RENAMED;
        } else {
            type = CloneType.EDITED;
            Map<String, String> pruned = new HashMap<>();
            for (Map.Entry<String, String> e : map.entrySet()) {
                int[] v = support.get(e.getKey());
                if (e.getKey().equals(e.getValue()) || v[0] > 1 || v[1] > 0) {
                    pruned.put(e.getKey(), e.getValue());
                }
            }
            if (pruned.size() != map.size()) {
                map = pruned;
                t = tally(qt, ut, query, upstream, a, from, to, map);
                if (t.first < 0) {
                    return null;
                }
            }
        }
        SortedMap<String, String> renames = new TreeMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                renames.put(e.getKey(), e.getValue());
            }
        }
        int queryFirst = a.query(t.first);
        int queryLast = a.query(t.last);
        int upstreamFirst = a.upstream(t.first);
        int upstreamLast = a.upstream(t.last);
        int longer = Math.max(queryLast - queryFirst + 1, upstreamLast - upstreamFirst + 1);
        int matchedInside = t.matchedBetween;
        double similarity = Math.min(1.0, matchedInside / (double) longer);
        return new Classified(from, to, t.ok, new Verdict(t.first, t.last, type, matchedInside, t.verbatimTokens, queryFirst,
                queryLast, upstreamFirst, upstreamLast, similarity, t.verbatimShare, renames));
    }

    private static final class Tally {
        boolean[] ok;
        int first = -1;
        int last = -1;
        int matchedBetween;
        int verbatimTokens;
        boolean allEqual = true;
        boolean otherMismatch;
        boolean inconsistentIdentifier;
        double verbatimShare;
    }

    private static Tally tally(Tokens qt, Tokens ut, SeedSequence query, SeedSequence upstream, Alignment a,
                               int from, int to, Map<String, String> map) {
        Tally t = new Tally();
        t.ok = new boolean[to - from + 1];
        Set<String> content = new HashSet<>();
        Set<String> verbatim = new HashSet<>();
        int matched = 0;
        for (int i = from; i <= to; i++) {
            int qi = query.rawIndex(a.query(i));
            int ui = upstream.rawIndex(a.upstream(i));
            TokenType type = ut.type(ui);
            boolean equal = sameText(qt, qi, ut, ui);
            boolean ok = equal;
            if (type == TokenType.IDENTIFIER && qt.type(qi) == TokenType.IDENTIFIER) {
                String up = ut.text(ui);
                String mapped = map.get(up);
                boolean consistent = mapped != null && mapped.equals(qt.text(qi));
                ok = equal || consistent;
                t.inconsistentIdentifier |= !consistent;
                content.add("I" + up);
                if (equal) {
                    verbatim.add("I" + up);
                }
            } else {
                if (!equal) {
                    t.otherMismatch = true;
                }
                if (type == TokenType.STRING || type == TokenType.NUMBER || type == TokenType.TEXT) {
                    String up = type.ordinal() + ut.text(ui);
                    content.add(up);
                    if (equal) {
                        verbatim.add(up);
                    }
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
                matched++;
            }
        }
        t.matchedBetween = matched;
        t.verbatimShare = content.isEmpty() ? 1.0 : verbatim.size() / (double) content.size();
        return t;
    }

    private static boolean sameText(Tokens qt, int qi, Tokens ut, int ui) {
        int qs = qt.start(qi);
        int us = ut.start(ui);
        int length = qt.end(qi) - qs;
        return length == ut.end(ui) - us && qt.source().regionMatches(qs, ut.source(), us, length);
    }
}
