package dev.provenance.match;

import static dev.provenance.match.Fixtures.lineCount;
import static dev.provenance.match.Fixtures.lineOf;
import static dev.provenance.match.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.SourceFile;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated code, stop keys, and many threads. */
class RobustnessTest {
    @TempDir
    Path dir;

    /** A decoder with a long run of case labels between distinctive code, written for this test. */
    static String decoder() {
        StringBuilder s = new StringBuilder("""
                package org.tidepool.wire;

                final class Decoder {
                    private final byte[] buffer;
                    private int position;

                    Decoder(byte[] buffer) {
                        this.buffer = buffer;
                    }

                    int skipInstruction() {
                        int opcode = buffer[position] & 0xFF;
                        int start = position;
                        switch (opcode) {
                """);
        for (int i = 0; i < 60; i++) {
            s.append("            case Ops.SHORT_").append(i).append(":\n");
        }
        s.append("""
                                position += 1;
                                break;
                            case Ops.WIDE:
                                position += buffer[position + 1] == 0x84 ? 6 : 4;
                                break;
                            default:
                                throw new IllegalArgumentException("unknown opcode " + opcode + " at " + start);
                        }
                        if (position > buffer.length) {
                            throw new IllegalStateException("instruction runs past the end: " + start);
                        }
                        return position - start;
                    }
                }
                """);
        return s.toString();
    }

    @Test
    void runOfStopKeysInsideACopyDoesNotSplitIt() throws IOException {
        String decoder = decoder();
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new SourceFile("src/Decoder.java", decoder,
                Language.JAVA)));
        // A tight stop list: the repeated case-label k-grams become stop keys and yield no anchors at all.
        MatchParameters tight = new MatchParameters(WinnowingParameters.DEFAULT, 50, 6, 48, 16, 3, 0.5, 0.5, 4,
                1 << 20, 32);
        int first = lineOf(decoder, "int skipInstruction()");
        int last = lineOf(decoder, "return position - start;") + 1;
        // The copy lost one label in the middle of the run: extension from either side stops there, so only a
        // chain across the anchorless run joins the two halves.
        String block = lines(decoder, first, last).replace("            case Ops.SHORT_30:\n", "");
        String scanned = KnowledgeBaseMatcherTest.SCHEDULER_HEAD + block + KnowledgeBaseMatcherTest.SCHEDULER_TAIL;
        int at = lineCount(KnowledgeBaseMatcherTest.SCHEDULER_HEAD) + 1;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = new KnowledgeBaseMatcher(kb, Fixtures.LEXERS, tight);
            List<SnippetMatch> matches = matcher.match("Scheduler.java", new TextFile("s", scanned), Language.JAVA);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EDITED);
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + last - first - 1));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(first, last));
            });
        }
    }

    @Test
    void concurrentMatchingGivesWhatSequentialMatchingGives() throws Exception {
        List<String[]> inputs = inputs();
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        Fixtures.writer(dir).add(Fixtures.tidepool("1.9.2"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            List<List<SnippetMatch>> expected = new ArrayList<>();
            KnowledgeBaseMatcher sequential = Fixtures.matcher(kb);
            for (String[] in : inputs) {
                expected.add(Fixtures.scan(sequential, in[0], in[1]));
            }
            assertThat(expected.stream().filter(l -> !l.isEmpty()).count()).isGreaterThan(5);

            // A cache of 4,000 characters holds one or two upstream files: threads evict each other's entries.
            MatchParameters smallCache = new MatchParameters(WinnowingParameters.DEFAULT, 50, 6, 48, 16, 3, 0.5,
                    0.5, 1024, 4000, 32);
            KnowledgeBaseMatcher shared = new KnowledgeBaseMatcher(kb, Fixtures.LEXERS, smallCache);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    long seed = t;
                    futures.add(pool.submit(() -> {
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < inputs.size(); i++) {
                            order.add(i);
                        }
                        for (int round = 0; round < 3; round++) {
                            Collections.shuffle(order, new Random(seed * 31 + round));
                            for (int i : order) {
                                String[] in = inputs.get(i);
                                assertThat(Fixtures.scan(shared, in[0], in[1])).as(in[0]).isEqualTo(expected.get(i));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared.cachedUpstreamFiles()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void upstreamCacheStaysWithinItsBound() {
        UpstreamCache cache = new UpstreamCache(100);
        for (int id = 0; id < 20; id++) {
            String text = "x".repeat(30 + id);
            cache.get(id, i -> LexedFile.of(dev.provenance.lex.SeedSequence.of(new dev.provenance.fingerprint
                    .TestLexer().lex(text))));
            assertThat(cache.chars()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.size()).isBetween(1, 3);
        // Larger than the whole cache: returned, not kept.
        LexedFile huge = cache.get(99, i -> LexedFile.of(dev.provenance.lex.SeedSequence.of(
                new dev.provenance.fingerprint.TestLexer().lex("y".repeat(500)))));
        assertThat(huge).isNotNull();
        assertThat(cache.chars()).isLessThanOrEqualTo(100);
    }

    /** Scanned files: copies of every kind and near misses. */
    private static List<String[]> inputs() {
        String ring = KnowledgeBaseMatcherTest.RING;
        List<String[]> inputs = new ArrayList<>();
        inputs.add(new String[] {"Ring.java", ring});
        inputs.add(new String[] {"Reformatted.java", KnowledgeBaseMatcherTest.reformat(ring)});
        inputs.add(new String[] {"Grow.java", OriginChoiceTest.pastedGrow(ring)});
        inputs.add(new String[] {"Base32.java", "package x;\n" + KnowledgeBaseMatcherTest.BASE32.substring(
                KnowledgeBaseMatcherTest.BASE32.indexOf("public final class"))});
        inputs.add(new String[] {"Scc.java", KnowledgeBaseMatcherTest.SCC.replace("counter", "clock")});
        inputs.add(new String[] {"Shipment.java", NearMissTest.ACCESSORS});
        inputs.add(new String[] {"Convert.java", NearMissTest.OPTION_TABLE});
        inputs.add(new String[] {"Parity.java", NearMissTest.SAME_SHAPE_LOOP});
        inputs.add(new String[] {"Printer.java", NearMissTest.HEADER_ONLY});
        inputs.add(new String[] {"harmonics.py", PythonMatchTest.HARMONICS});
        inputs.add(new String[] {"linalg.py", PythonMatchTest.HEAD + lines(PythonMatchTest.HARMONICS,
                lineOf(PythonMatchTest.HARMONICS, "def solve("), lineOf(PythonMatchTest.HARMONICS, "return solution"))
                + PythonMatchTest.TAIL});
        inputs.add(new String[] {"Decoder.java", decoder()});
        return inputs;
    }
}
