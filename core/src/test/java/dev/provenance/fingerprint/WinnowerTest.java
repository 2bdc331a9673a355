package dev.provenance.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import dev.provenance.text.LineRange;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WinnowerTest {
    private static final WinnowingParameters P = WinnowingParameters.DEFAULT;
    private final Winnower winnower = new Winnower(P);

    /** A seed sequence of operator tokens named by {@code words}, one token a line. */
    private static SeedSequence seeds(String... words) {
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            text.append(w).append('\n');
        }
        Tokens.Builder b = Tokens.builder(text.toString());
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            b.add(TokenType.OPERATOR, at, at + words[i].length(), i + 1, 1);
            at += words[i].length() + 1;
        }
        return SeedSequence.of(b.build());
    }

    private static SeedSequence randomSeeds(long seed, int n, int alphabet) {
        Random random = new Random(seed);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = "w" + random.nextInt(alphabet);
        }
        return seeds(words);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void everyWindowOfWConsecutiveKGramsHoldsASelectedFingerprint(long seed) {
        SeedSequence s = randomSeeds(seed, 2000, 40);
        Fingerprints f = winnower.winnow(s);
        Set<Integer> selected = new HashSet<>();
        for (int i = 0; i < f.size(); i++) {
            selected.add(f.seedStart(i));
        }
        int grams = s.size() - P.k() + 1;
        for (int start = 0; start + P.w() <= grams; start++) {
            boolean hit = false;
            for (int j = start; j < start + P.w(); j++) {
                hit |= selected.contains(j);
            }
            assertThat(hit).as("window at k-gram %d", start).isTrue();
        }
        assertThat(f.size()).as("density about 2/(w+1)").isBetween(grams / 8, grams / 3);
    }

    @Test
    void selectedHashIsTheMinimumOfSomeWindowAndMatchesTheKGram() {
        SeedSequence s = randomSeeds(7, 500, 30);
        long[] symbols = s.symbols();
        long[] all = winnower.gramHashes(symbols, symbols.length);
        Fingerprints f = winnower.winnow(s);
        for (int i = 0; i < f.size(); i++) {
            int at = f.seedStart(i);
            assertThat(f.hash(i)).isEqualTo(all[at]);
            boolean minimalSomewhere = false;
            for (int start = Math.max(0, at - P.w() + 1); start <= at && start + P.w() <= all.length; start++) {
                long min = Long.MAX_VALUE;
                for (int j = start; j < start + P.w(); j++) {
                    min = Math.min(min, all[j]);
                }
                minimalSomewhere |= min == all[at];
            }
            assertThat(minimalSomewhere).isTrue();
        }
    }

    @Test
    void identicalSeedsGiveIdenticalFingerprints() {
        Fingerprints a = winnower.winnow(randomSeeds(9, 800, 50));
        Fingerprints b = winnower.winnow(randomSeeds(9, 800, 50));
        assertThat(a.hashes()).isEqualTo(b.hashes());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.seedStart(i)).isEqualTo(b.seedStart(i));
        }
    }

    @Test
    void renamedAndReformattedCodeKeepsEveryFingerprint() {
        TestLexer lexer = new TestLexer();
        String original = "int total(int[] xs) {\n  int sum = 0;\n  for (int i = 0; i < xs.length; i++) {\n"
                + "    sum += xs[i] * 3;\n  }\n  return sum; // done\n}\n";
        String renamed = "int   add_all(int[] values)\n{\n\tint acc = 0;  /* start */ for (int k = 0; k < values.length;"
                + " k++) { acc += values[k] * 7; }\n\treturn acc;\n}\n";
        Fingerprints a = winnower.winnow(SeedSequence.of(lexer.lex(original)));
        Fingerprints b = winnower.winnow(SeedSequence.of(lexer.lex(renamed)));
        assertThat(a.size()).isPositive();
        assertThat(b.hashes()).isEqualTo(a.hashes());
    }

    @Test
    void differentCodeSharesNoFingerprint() {
        TestLexer lexer = new TestLexer();
        Fingerprints a = winnower.winnow(SeedSequence.of(lexer.lex(
                "while (queue.size() > 0) { node = queue.poll(); if (node.left != null) queue.add(node.left); }")));
        Fingerprints b = winnower.winnow(SeedSequence.of(lexer.lex(
                "try { stream.close(); } catch (IOException e) { throw new UncheckedIOException(e); } finally {}")));
        Set<Long> shared = new HashSet<>();
        for (long h : a.hashes()) {
            shared.add(h);
        }
        shared.retainAll(Arrays.stream(b.hashes()).boxed().toList());
        assertThat(shared).isEmpty();
    }

    @Test
    void aRunOfEqualHashesYieldsOneFingerprintPerWindowNotPerKGram() {
        // a b c d e … repeating with period 4 gives k-grams with only four distinct hashes, each recurring every 4
        // positions: plain "rightmost minimum" would change its pick at every step; robust winnowing keeps it.
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) {
            words[i] = "abcd".substring(i % 4, i % 4 + 1);
        }
        SeedSequence s = seeds(words);
        Fingerprints f = winnower.winnow(s);
        int grams = s.size() - P.k() + 1;
        assertThat(f.size()).isPositive().isLessThanOrEqualTo(grams / 4 + 2);
        for (int i = 1; i < f.size(); i++) {
            assertThat(f.seedStart(i) - f.seedStart(i - 1)).isLessThanOrEqualTo(P.w());
        }
    }

    @Test
    void lowEntropyKGramsAreSkipped() {
        // NUM , NUM , … : two distinct symbols, never selected
        String[] table = new String[200];
        for (int i = 0; i < table.length; i++) {
            table[i] = i % 2 == 0 ? "0" : ",";
        }
        assertThat(winnower.winnow(seeds(table)).size()).isZero();
        assertThat(new Winnower(new WinnowingParameters(16, 8, 1)).winnow(seeds(table)).size()).isPositive();
    }

    @Test
    void fourDistinctSymbolsAreEnough() {
        String[] words = new String[100];
        for (int i = 0; i < words.length; i++) {
            words[i] = "{0,}".substring(i % 4, i % 4 + 1);
        }
        assertThat(winnower.winnow(seeds(words)).size()).isPositive();
        for (int i = 0; i < words.length; i++) {
            words[i] = "{0,".substring(i % 3, i % 3 + 1);
        }
        assertThat(winnower.winnow(seeds(words)).size()).isZero();
    }

    @Test
    void aDataTableDoesNotHideTheCodeAroundIt() {
        TestLexer lexer = new TestLexer();
        String code = "for (int i = 0; i < n; i++) { if (a[i] > max) { max = a[i]; best = i; } }\n";
        String table = "int[] t = {" + "1, ".repeat(300) + "2};\n";
        Fingerprints f = winnower.winnow(SeedSequence.of(lexer.lex(code + table + code)));
        Fingerprints alone = winnower.winnow(SeedSequence.of(lexer.lex(code)));
        Set<Long> all = new HashSet<>();
        for (long h : f.hashes()) {
            all.add(h);
        }
        for (long h : alone.hashes()) {
            assertThat(all).contains(h);
        }
    }

    @Test
    void shortSequencesStillGetAFingerprintAndTooShortOnesNone() {
        assertThat(winnower.winnow(randomSeeds(3, P.k() + 2, 50)).size()).isEqualTo(1);
        assertThat(winnower.winnow(randomSeeds(3, P.k() - 1, 50)).size()).isZero();
        assertThat(winnower.winnow(randomSeeds(3, 0, 50)).size()).isZero();
    }

    @Test
    void fingerprintsMapBackToTheLinesOfTheirRawTokens() {
        TestLexer lexer = new TestLexer();
        StringBuilder text = new StringBuilder("// header comment\n");
        for (int i = 0; i < 40; i++) {
            text.append("value").append(i).append(" = compute(value, ").append(i).append(") + other;\n");
        }
        SeedSequence s = SeedSequence.of(lexer.lex(text.toString()));
        Fingerprints f = winnower.winnow(s);
        assertThat(f.size()).isPositive();
        // each line has 11 seed tokens: seed i is on line 2 + i / 11
        for (int i = 0; i < f.size(); i++) {
            int start = f.seedStart(i);
            assertThat(f.lines(i)).isEqualTo(new LineRange(2 + start / 11, 2 + (start + P.k() - 1) / 11));
        }
        assertThat(Fingerprints.lines(s, 0, 1)).isEqualTo(LineRange.of(2));
    }

    @Test
    void sortedDistinctHashesAreUnsignedAscendingWithoutRepeats() {
        Fingerprints f = winnower.winnow(randomSeeds(11, 3000, 6));
        long[] sorted = f.sortedDistinctHashes();
        for (int i = 1; i < sorted.length; i++) {
            assertThat(Long.compareUnsigned(sorted[i - 1], sorted[i])).isNegative();
        }
        assertThat(new HashSet<>(Arrays.stream(sorted).boxed().toList()))
                .isEqualTo(new HashSet<>(Arrays.stream(f.hashes()).boxed().toList()));
    }

    /** Rows {@code from..to-1} of a table of string pairs written for this test, one row a line. */
    private static String table(String name, int from, int to, String quote) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append("    {").append(quote).append("key-").append(name).append(i).append(quote).append(", ")
                    .append(quote).append("value ").append(i * 7).append(quote).append("},\n");
        }
        return text.toString();
    }

    private static Set<Long> fingerprintSet(String source) {
        Set<Long> set = new HashSet<>();
        for (long h : new Winnower(P).winnow(SeedSequence.of(new TestLexer().lex(source))).hashes()) {
            set.add(h);
        }
        return set;
    }

    @Test
    void aTableOfOneShapeIsFingerprintedByItsValues() {
        // Seeds { STR , STR } , repeat with period 6: every row's seed k-grams are alike, the values are not.
        Set<Long> whole = fingerprintSet("String[][] t = {\n" + table("a", 0, 60, "\"") + "};\n");
        assertThat(whole).as("distinct fingerprints over 60 rows").hasSizeGreaterThan(20);
        Set<Long> part = fingerprintSet("int unrelated = 0;\n" + table("a", 20, 30, "\"") + "int other = 1;\n");
        assertThat(part).as("rows 20-29 pasted elsewhere share fingerprints with the whole table")
                .containsAnyElementsOf(whole);
    }

    @Test
    void aTableOfTheSameShapeWithOtherValuesSharesNoFingerprint() {
        Set<Long> a = fingerprintSet(table("a", 0, 40, "\""));
        Set<Long> b = fingerprintSet(table("b", 0, 40, "\""));
        assertThat(a).isNotEmpty();
        assertThat(b).isNotEmpty().doesNotContainAnyElementsOf(a);
    }

    @Test
    void aTableKeepsItsFingerprintsUnderReformattingAndOtherQuotes() {
        String table = table("a", 0, 40, "\"");
        String reformatted = table("a", 0, 40, "'").replace("},\n", "},  ").replace("    {", "{ ");
        assertThat(fingerprintSet(reformatted)).isNotEmpty().isEqualTo(fingerprintSet(table));
    }

    @Test
    void periodicKGramsAreThoseThatHoldTwoWholePeriods() {
        long[] symbols = new long[64];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = i < 32 ? i % 8 : 100 + i % 9;
        }
        boolean[] periodic = winnower.periodic(symbols, symbols.length);
        assertThat(periodic).isNotNull();
        assertThat(periodic[0]).as("period 8 = k / 2").isTrue();
        assertThat(periodic[16]).as("the last k-gram of the period-8 run").isTrue();
        assertThat(periodic[17]).as("straddles both runs").isFalse();
        assertThat(periodic[48]).as("period 9 > k / 2").isFalse();
        long[] random = randomSeeds(5, 300, 50).symbols();
        assertThat(winnower.periodic(random, random.length)).as("ordinary code has no periodic k-gram").isNull();
    }

    @ParameterizedTest(name = "alphabet {0}")
    @ValueSource(ints = {2, 3, 4, 5, 8, 40})
    void aKGramIsInformativeExactlyWhenItHoldsMinDistinctSymbols(int alphabet) {
        long[] symbols = randomSeeds(alphabet, 3000, alphabet).symbols();
        boolean[] ok = winnower.informative(symbols, symbols.length);
        for (int g = 0; g < ok.length; g++) {
            Set<Long> distinct = new HashSet<>();
            for (int i = g; i < g + P.k(); i++) {
                distinct.add(symbols[i]);
            }
            assertThat(ok[g]).as("k-gram %d", g).isEqualTo(distinct.size() >= P.minDistinct());
        }
    }

    @ParameterizedTest(name = "alphabet {0}")
    @ValueSource(ints = {1, 2, 3, 5, 9})
    void periodicKGramsAreExactlyThoseWithAPeriodOfAtMostHalfK(int alphabet) {
        // Random runs of repeated random rows, so that periods of every length up to k occur.
        Random random = new Random(alphabet);
        long[] symbols = new long[4000];
        for (int i = 0; i < symbols.length; ) {
            int period = 1 + random.nextInt(P.k());
            long[] row = new long[period];
            for (int j = 0; j < period; j++) {
                row[j] = random.nextInt(alphabet);
            }
            for (int r = 0, rows = 1 + random.nextInt(6); r < rows * period && i < symbols.length; r++) {
                symbols[i++] = row[r % period];
            }
        }
        boolean[] periodic = winnower.periodic(symbols, symbols.length);
        for (int g = 0; g + P.k() <= symbols.length; g++) {
            boolean expected = false;
            for (int p = 1; p <= P.k() / 2 && !expected; p++) {
                boolean holds = true;
                for (int j = g; j + p < g + P.k() && holds; j++) {
                    holds = symbols[j] == symbols[j + p];
                }
                expected = holds;
            }
            assertThat(periodic != null && periodic[g]).as("k-gram %d", g).isEqualTo(expected);
        }
    }
}
