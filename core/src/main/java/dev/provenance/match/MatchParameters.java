package dev.provenance.match;

import dev.provenance.fingerprint.WinnowingParameters;
import java.util.Objects;

/**
 * How {@link KnowledgeBaseMatcher} decides that a run of a scanned file is a copy. The defaults were tuned on the
 * fixtures of this package's tests (exact, reformatted, renamed and edited copies against independently written
 * look-alikes) and on spring-core's repackaged ASM against an index of ASM; each is explained where it is declared.
 *
 * @param winnowing          the winnowing parameters scanned files are fingerprinted with; a knowledge base built with
 *                           others is refused, since its fingerprints would never meet ours
 * @param minTokens          a snippet spans at least this many seed tokens on the scanned side (an EXACT one of code
 *                           may be as short as {@code minExactTokens})
 * @param minLines           a snippet spans at least this many lines on the scanned side (whole-file copies are
 *                           exempt: a file identical to an indexed one is evidence enough at any layout)
 * @param maxGap             the most seed tokens left unmatched between two consecutive anchors of a chain (blind
 *                           seeds aside) and the most diagonal drift; an edit longer than this splits a snippet
 * @param maxCandidates      upstream files (identical texts counted once) verified per scanned file, the best ranked
 *                           by the IDF mass of their fingerprint hits
 * @param minAnchors         an upstream file needs at least this many distinct fingerprint hits to be a candidate
 * @param minSimilarity      a snippet's matched raw tokens over the longer of its two sides is more than this
 * @param minVerbatimShare   of the distinct identifiers and literals a snippet aligns, at least this share are
 *                           kept verbatim (not renamed, not changed)
 * @param maxPostingsPerKey  a fingerprint found in more places than this is a stop key: boilerplate, skipped
 * @param upstreamCacheChars upstream texts kept lexed between files, in UTF-16 characters of source
 * @param minVerbatimTokens  the least seed tokens of a snippet of configuration or template (seeded verbatim)
 * @param minExactTokens     the least seed tokens of a snippet of code that verifies EXACT (every token equal, no gap,
 *                           no rename); at most {@code minTokens}. Below {@code minTokens} it still needs
 *                           {@code minLines} lines, whole file or not
 */
public record MatchParameters(WinnowingParameters winnowing, int minTokens, int minLines, int maxGap,
                              int maxCandidates, int minAnchors, double minSimilarity, double minVerbatimShare,
                              int maxPostingsPerKey, long upstreamCacheChars, int minVerbatimTokens,
                              int minExactTokens) {
    /**
     * The defaults, measured with {@code dev.provenance.quality.SnippetQualityBenchmarkTest} (commons-lang3 copied
     * into guava files; torch copied into Python standard library files) and {@code SpringAsmRealWorldTest}
     * (spring-core's repackaged ASM against ASM; guava and commons-lang3, which copy nothing from ASM, against ASM):
     * <ul>
     *   <li>{@code winnowing} = {@link WinnowingParameters#DEFAULT} (k = 16, w = 8): the parameters knowledge bases
     *       are built with. Periodic k-grams (seed symbols repeating with a period of at most {@code k / 2}: rows of
     *       a table, {@code case "9": return JAVA_9;} ladders) are hashed over their literal values
     *       ({@link dev.provenance.fingerprint.Winnower}). Measured 2026-11-29: Java recall of copies of 6+ lines
     *       rose from 94.6 % (174/184) to 98.9 % (182/184) — the 8 misses were all parts of such tables
     *       (commons-lang3 {@code EntityArrays}, {@code StringEscapeUtils}, {@code JavaVersion}) where every
     *       fingerprint recurred row after row and no anchor was distinctive — with precision unchanged (98.9 %),
     *       Python unchanged (97.1 %, precision 100 %) and still no snippet of guava or commons-lang3 against ASM.
     *       The two Java copies still missed are 19 and 22 seed tokens long, under {@code minExactTokens}.</li>
     *   <li>{@code minTokens} = 50: about five lines of Java or Python. A shorter shared run that is not verbatim is
     *       too often an idiom (an accessor pair, an {@code equals} skeleton, a guard clause) with its names changed
     *       to prove copying; RENAMED and EDITED snippets keep this floor. An EDITED snippet counts its
     *       <em>matched</em> tokens against it, not its span: its span includes the edits, and what proves copying is
     *       what it shares. Measured 2026-11-29: the Java benchmark's only two false snippets (guava's
     *       {@code Bytes.toArray} against commons-lang3's {@code CharSequenceUtils} 370–374: an {@code instanceof}
     *       fast path and a {@code for} header, two idioms with other statements between them; span 60 seeds,
     *       similarity 0.69, so about 41 shared) went, precision 98.9 % → 100 %, while every edited copy stayed
     *       found (Java 16/16, Python 12/12: a statement changed every ten lines leaves far more than 50 shared).</li>
     *   <li>{@code minExactTokens} = 23 = {@code k + w - 1}: the shortest run the winnowing guarantees a fingerprint
     *       in (any {@code w} consecutive k-grams hold one), so the shortest run that is found whatever the window
     *       picks. An EXACT run of 23+ seed tokens over {@code minLines} = 6 lines is a copy: with 50 for every
     *       snippet, 36 of the 43 copies of 6+ lines the Java benchmark missed (and 15 of 16 in Python) were shorter
     *       than 50 tokens, e.g. a 6-line block of 37. At 23 the benchmark's recall of copies of 6+ lines rose from
     *       76.6 % to 94.6 % (Java) and 88.4 % to 97.1 % (Python), precision not lower (Java 98.6 to 98.9 %, Python
     *       100 %), with no snippet of guava or commons-lang3 against ASM and no look-alike matched. Measured limits:
     *       at 16, six of guava's {@code equals} bodies (17 tokens, 8 lines) match ASM's {@code Type.java} 889–901
     *       EXACT, so the floor is a real one (20 happened to pass the data, but below {@code k + w - 1} a copy is
     *       found only when the window happens to pick a fingerprint inside it). RENAMED is not let in short: the
     *       one short RENAMED snippet that appeared (24 tokens) was an override's parameter list
     *       ({@code visitLocalVariable(final String name, final String desc, ...)}, 8 lines, one rename) that every
     *       implementor of the API writes alike, and short RENAMED snippets added no recall.</li>
     *   <li>{@code minLines} = 6: with 50 tokens, rejects dense one-liners (table rows, chained builder calls) that
     *       match by shape.</li>
     *   <li>{@code maxGap} = 48 seeds: with k = 16 and w = 8 one changed token leaves up to {@code 16 + 2 * 7} seeds
     *       without an anchor, so one changed statement of up to about 18 tokens (a line or two) is always bridged,
     *       a rewritten block of five or more lines never is: an edit every ten lines stays one EDITED snippet, a
     *       replaced method splits it. Seeds where no anchor can be (stop keys, low-entropy runs) do not count
     *       towards a gap, so 150 {@code case} labels in a row do not split a copy either.</li>
     *   <li>{@code maxCandidates} = 16: a copied file ranks its upstream first by a wide margin; sixteen leaves room
     *       for a file assembled from several upstream files and for near-identical releases of one file that
     *       differ in the copied region.</li>
     *   <li>{@code minAnchors} = 2: a shared run of {@code minTokens} seeds always holds at least
     *       {@code (50 - 16 + 1) / 8 = 4} fingerprints, but an EXACT run of {@code minExactTokens} to
     *       {@code k + 2w - 2 = 30} seeds is guaranteed only one, and one of up to 38 only two. Two still asks an
     *       upstream file for more than one chance hit before it is verified (one would make every file sharing a
     *       single k-gram a candidate); measured, 3 found 171 of 184 Java copies, 2 found 172, 1 found no more Java
     *       copies and one more Python copy. Whether a candidate is a copy is decided by verification, not by the
     *       anchor count, so precision did not change.</li>
     *   <li>{@code minSimilarity} = 0.5, exclusive: below it, a chain is mostly edits around a few shared lines; at
     *       exactly half, as many tokens differ as are shared, which is no evidence either way. Measured: guava's
     *       {@code CaseFormat} 187–199 against ASM's {@code ConstantDynamic} 153–169 (the {@code equals},
     *       {@code hashCode} and {@code toString} of a value class, 62 tokens, four renames) verified EDITED at
     *       similarity 0.50 and verbatim share 0.50, exactly on both bars, and was the only snippet of guava or
     *       commons-lang3 against ASM; the benchmark's edited copies all stayed found (100 %, Java and Python), the
     *       lowest accepted EDITED verdicts scoring 0.51 to 0.52. EXACT and RENAMED snippets have no gap, so their
     *       similarity is about 1.</li>
     *   <li>{@code minVerbatimShare} = 0.5: the check that tells a renamed copy from independent code of the same
     *       shape. Independently written accessors, option tables or loops share their structure (so the seeds
     *       match) but almost none of their names and literals; a copy, even a renamed one, keeps the API calls,
     *       types, keywords and literals it cannot rename. Measured on this package's test fixtures: copies 0.78
     *       (a Python function with six of its names changed) to 1.0; independent look-alikes 0.12 (an option table
     *       of another tool), 0.19 (accessors with the same field types), 0.28 (a Python argparse block).</li>
     *   <li>{@code maxPostingsPerKey} = {@value dev.provenance.kb.KnowledgeBase#DEFAULT_MAX_POSTINGS}: a k-gram in
     *       over a thousand indexed places is boilerplate.</li>
     *   <li>{@code minVerbatimTokens} = 32: configuration and templates seed verbatim (keys, values, template text), so
     *       no rename can make two independent ones agree; 32 such tokens shared (16 key/value pairs, or a few
     *       template lines; for an EDITED snippet, 32 matched) are a copy. Their lines are not a measure of size — a
     *       chat template is one line of {@code tokenizer_config.json}, and canonical configs come in key order — so
     *       no line minimum applies. They are winnowed with k = 8, w = 4
     *       ({@link WinnowingParameters#forVerbatimSeeds()}), so 32 is four k-grams, and any run of 11 (under six
     *       pairs) holds a fingerprint: a 25-key {@code config.json} copied with two values changed is matched
     *       wherever the two are (300 of 300 ways; 249 of 300 with code's k = 16), with three changed 2,293 of
     *       2,300 (1,195 with k = 16). Their similarity counts values, not keys (see {@code Verifier}): two configs
     *       of one schema share every key.</li>
     *   <li>{@code upstreamCacheChars} = 16 Mi characters (about 100 MiB with tokens): the upstream files of a
     *       repository's copies are few and hit by many files; more only helps scans against huge indexes.</li>
     * </ul>
     */
    public static final MatchParameters DEFAULT = new MatchParameters(WinnowingParameters.DEFAULT, 50, 6, 48, 16, 2,
            0.5, 0.5, dev.provenance.kb.KnowledgeBase.DEFAULT_MAX_POSTINGS, 16L << 20, 32,
            WinnowingParameters.DEFAULT.k() + WinnowingParameters.DEFAULT.w() - 1);

    public MatchParameters {
        Objects.requireNonNull(winnowing, "winnowing");
        if (minExactTokens < 1 || minExactTokens > minTokens) {
            throw new IllegalArgumentException("minExactTokens must be in 1.." + minTokens + ": " + minExactTokens);
        }
        if (minTokens < 1 || minLines < 1) {
            throw new IllegalArgumentException("minTokens and minLines must be positive: " + minTokens + ", "
                    + minLines);
        }
        if (maxGap < 0 || maxGap > 4096) {
            throw new IllegalArgumentException("maxGap must be in 0..4096: " + maxGap);
        }
        if (maxCandidates < 1 || minAnchors < 1 || maxPostingsPerKey < 1) {
            throw new IllegalArgumentException("maxCandidates, minAnchors and maxPostingsPerKey must be positive");
        }
        if (!(minSimilarity >= 0 && minSimilarity < 1)) {
            throw new IllegalArgumentException("minSimilarity must be in [0, 1) (the bar is exclusive): "
                    + minSimilarity);
        }
        if (!(minVerbatimShare >= 0 && minVerbatimShare <= 1)) {
            throw new IllegalArgumentException("minVerbatimShare must be in 0..1: " + minVerbatimShare);
        }
        if (upstreamCacheChars < 0) {
            throw new IllegalArgumentException("negative upstreamCacheChars");
        }
        if (minVerbatimTokens < 1) {
            throw new IllegalArgumentException("minVerbatimTokens must be positive: " + minVerbatimTokens);
        }
    }

    /**
     * Parameters whose EXACT snippets need as many seed tokens as any other ({@code minExactTokens = minTokens}).
     */
    public MatchParameters(WinnowingParameters winnowing, int minTokens, int minLines, int maxGap, int maxCandidates,
                           int minAnchors, double minSimilarity, double minVerbatimShare, int maxPostingsPerKey,
                           long upstreamCacheChars, int minVerbatimTokens) {
        this(winnowing, minTokens, minLines, maxGap, maxCandidates, minAnchors, minSimilarity, minVerbatimShare,
                maxPostingsPerKey, upstreamCacheChars, minVerbatimTokens, minTokens);
    }

    /**
     * The least seed tokens of a snippet verified as {@code type}: {@link #minVerbatimTokens} for configuration and
     * templates, {@link #minExactTokens} for an EXACT snippet of code, {@link #minTokens} for any other.
     */
    public int minTokens(boolean verbatim, CloneType type) {
        return verbatim ? minVerbatimTokens : type == CloneType.EXACT ? minExactTokens : minTokens;
    }

    /**
     * The least seed tokens of any snippet, whatever it verifies as: {@link #minVerbatimTokens} for configuration and
     * templates, {@link #minExactTokens} (at most {@link #minTokens}) for code.
     */
    public int minTokens(boolean verbatim) {
        return verbatim ? minVerbatimTokens : minExactTokens;
    }

    /** The least lines of a snippet: none for configuration and templates, whose lines do not measure size. */
    public int minLines(boolean verbatim) {
        return verbatim ? 1 : minLines;
    }

    /**
     * These parameters with another {@code minTokens} and {@code minLines}; {@code minExactTokens} is lowered to
     * {@code tokens} if above it.
     */
    public MatchParameters withMinimumSize(int tokens, int lines) {
        return new MatchParameters(winnowing, tokens, lines, maxGap, maxCandidates, minAnchors, minSimilarity,
                minVerbatimShare, maxPostingsPerKey, upstreamCacheChars, minVerbatimTokens,
                Math.min(minExactTokens, tokens));
    }

    /** These parameters fingerprinting with {@code parameters}. */
    public MatchParameters withWinnowing(WinnowingParameters parameters) {
        return new MatchParameters(parameters, minTokens, minLines, maxGap, maxCandidates, minAnchors,
                minSimilarity, minVerbatimShare, maxPostingsPerKey, upstreamCacheChars, minVerbatimTokens,
                minExactTokens);
    }
}
