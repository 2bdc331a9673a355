/**
 * Snippet matching: which runs of a scanned file came from which upstream file, release and license.
 *
 * <p>The scanner calls {@link dev.provenance.match.SnippetMatcher#match} per file; the implementation is
 * {@link dev.provenance.match.KnowledgeBaseMatcher} over an open {@link dev.provenance.kb.KnowledgeBase}, tuned by
 * {@link dev.provenance.match.MatchParameters}. Results are {@link dev.provenance.match.SnippetMatch}es: scanned
 * lines, {@link dev.provenance.match.Origin} (component, version, purl, upstream path and lines, license, holders),
 * similarity, {@link dev.provenance.match.CloneType} and the identifier rename map.
 *
 * <h2>Stages, per scanned file</h2>
 * <ol>
 *   <li><b>Whole files.</b> Raw hash (line ends aside) equal to an indexed file's and the text then found equal:
 *       EXACT over both whole files. Else normalised hash (the seed sequence) equal: verified token by token as
 *       below, reported over both whole files with its clone type.</li>
 *   <li><b>Look-up.</b> Lex, seed, winnow with the knowledge base's parameters (a knowledge base built with others
 *       is refused when the matcher is made), one sorted batch look-up of the distinct hashes.</li>
 *   <li><b>Candidates</b> ({@code Candidates}). Hits weighted by {@code log(1 + N / df)}, stop keys skipped;
 *       upstream files ranked by the sum over the keys they share; files with identical texts grouped; the best
 *       {@code maxCandidates} kept. Anchor pairs {@code (scanned seed, upstream seed)}: all pairs of distinctive
 *       keys, and for repeated keys only those near the diagonals of nearby distinctive anchors.</li>
 *   <li><b>Chaining</b> ({@code Chainer}). Co-linear chains by dynamic programming with bounded look-back; gaps of at
 *       most {@code maxGap} seeds not counting <em>blind</em> seeds (covered only by stop keys or low-entropy
 *       k-grams, where no anchor can be); diagonal drift costs a quarter of a seed per seed.</li>
 *   <li><b>Alignment</b> ({@code Aligner}). Anchors checked symbol by symbol; gaps filled along the anchors'
 *       diagonals, then by a longest common subsequence; the ends extended while the seed symbols agree.</li>
 *   <li><b>Verification</b> ({@code Verifier}) on raw tokens (comments and layout never count): a bijective
 *       identifier rename map by majority, matched tokens, EXACT / RENAMED / EDITED, similarity (matched tokens
 *       over the longer side), verbatim share of distinct names and literals; the ends trimmed to whole matched
 *       lines. Accepted at {@code minTokens} seed tokens ({@code minExactTokens} if EXACT), {@code minLines} lines,
 *       more than {@code minSimilarity}, {@code minVerbatimShare}.</li>
 *   <li><b>Origins</b> ({@code OriginPreference}). Overlapping snippets taken in order of preference (upstream
 *       over vendored copy, better agreement, earliest release, then names); a later one keeps only its largest
 *       part outside the regions taken, verified again. Reported lines are widened over identical adjacent comments
 *       ({@code CommentExtension}).</li>
 * </ol>
 *
 * <h2>Properties</h2>
 * Deterministic (sorted output; every tie broken by names, versions, positions, never by timing). Thread-safe (the
 * one shared mutable structure is the bounded, locked cache of lexed upstream files). Linear-ish per file: the work
 * beyond lexing, winnowing and the look-up is proportional to the anchor pairs of the candidates kept, and the
 * quadratic alignment of a gap is bounded by {@code maxGap}.
 */
package dev.provenance.match;
