package dev.provenance.match;

import static dev.provenance.match.Fixtures.lineCount;
import static dev.provenance.match.Fixtures.lineOf;
import static dev.provenance.match.Fixtures.lines;
import static dev.provenance.match.Fixtures.scan;
import static dev.provenance.match.Fixtures.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseMatcherTest {
    static final String RING = upstream("java/RingBuffer.java");
    static final String BASE32 = upstream("java/Base32.java");
    static final String SCC = upstream("java/StrongComponents.java");
    static final String RING_PATH = "src/main/java/org/tidepool/collect/RingBuffer.java";

    /** Foreign code written for these tests: a scheduler the copied blocks are pasted into. */
    static final String SCHEDULER_HEAD = """
            package com.harbor.jobs;

            import java.time.Duration;
            import java.util.ArrayList;
            import java.util.List;

            /** Runs jobs at fixed delays. */
            public final class Scheduler {
                private final List<Runnable> jobs = new ArrayList<>();
                private final Duration delay;
                private long runs;

                public Scheduler(Duration delay) {
                    this.delay = delay;
                }

                public void submit(Runnable job) {
                    jobs.add(job);
                }

                public long runAll() {
                    for (Runnable job : jobs) {
                        job.run();
                        runs += 1;
                    }
                    return runs;
                }

            """;
    static final String SCHEDULER_TAIL = """

                public Duration delay() {
                    return delay;
                }

                public boolean idle() {
                    return jobs.isEmpty() && runs == 0;
                }
            }
            """;

    @TempDir
    Path dir;

    // ---- whole files ----

    @Test
    void wholeFileCopyIsOneExactMatchOverBothWholeFiles() throws IOException {
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "lib/RingBuffer.java", RING);

            assertThat(matches).hasSize(1);
            SnippetMatch m = matches.get(0);
            assertThat(m.path()).isEqualTo("lib/RingBuffer.java");
            assertThat(m.wholeFile()).isTrue();
            assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
            assertThat(m.similarity()).isEqualTo(1.0);
            assertThat(m.lines()).isEqualTo(new LineRange(1, lineCount(RING)));
            assertThat(m.renames()).isEmpty();
            assertThat(m.origin()).isEqualTo(new Origin("org.tidepool:tidepool", "2.1.0",
                    "pkg:maven/org.tidepool/tidepool@2.1.0", RING_PATH, new LineRange(1, lineCount(RING)),
                    "Apache-2.0", List.of("The Tidepool Authors")));
        }
    }

    @Test
    void wholeFileCopyWithWindowsLineEndsIsStillAnExactWholeFileCopy() throws IOException {
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Ring.java", RING.replace("\n", "\r\n"));

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.wholeFile()).isTrue();
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.origin().path()).isEqualTo(RING_PATH);
            });
        }
    }

    @Test
    void reformattedCopyWithoutCommentsIsAnExactWholeFileMatch() throws IOException {
        String reformatted = reformat(RING);
        assertThat(reformatted).doesNotContain("/*").doesNotContain("Copyright");
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Ring.java", reformatted);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.wholeFile()).isTrue();
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.similarity()).isEqualTo(1.0);
                assertThat(m.lines()).isEqualTo(new LineRange(1, lineCount(reformatted)));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(1, lineCount(RING)));
            });
        }
    }

    @Test
    void reformattedBlockInsideAnotherFileIsAnExactSnippet() throws IOException {
        int first = lineOf(RING, "private void grow()");
        int last = lineOf(RING, "head = 0;", first) + 1;
        String block = reformat(lines(RING, first, last));
        String scanned = SCHEDULER_HEAD + block + SCHEDULER_TAIL;
        int at = lineCount(SCHEDULER_HEAD) + 1;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Scheduler.java", scanned);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.wholeFile()).isFalse();
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + lineCount(block) - 1));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(first, last));
            });
        }
    }

    // ---- renamed and edited ----

    @Test
    void renamedCopyIsRenamedWithItsRenameMap() throws IOException {
        String body = RING.substring(RING.indexOf("import java.util"));
        String renamed = "package com.harbor.util.queue;\n\n" + rename(body, Map.of("slots", "cells", "head",
                "front", "count", "used", "modifications", "version", "element", "item"));
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Queue.java", renamed);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.RENAMED);
                assertThat(m.renames()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("count", "used",
                        "element", "item", "head", "front", "modifications", "version", "slots", "cells")));
                assertThat(m.similarity()).isEqualTo(1.0);
                assertThat(m.lines()).isEqualTo(new LineRange(3, lineCount(renamed)));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(lineOf(RING, "import java.util"),
                        lineCount(RING)));
            });
        }
    }

    @Test
    void statementEditedEveryTenLinesStaysOneEditedSnippet() throws IOException {
        String edited = "package com.harbor.util;\n\n" + RING.substring(RING.indexOf("import java.util"))
                .replace("MINIMUM_CAPACITY = 8;", "MINIMUM_CAPACITY = 16;")
                .replace("\"negative capacity: \" + capacity", "\"capacity < 0\"")
                .replace("throw new NullPointerException(\"element\");", "throw new IllegalStateException();")
                .replace("count--;", "count -= 1;")
                .replace("return count == 0 ? null : (E) slots[head];", "return isEmpty() ? null : (E) slots[head];")
                .replace("\"index \" + index + \" of \" + count", "index")
                .replace("return count == 0;", "return count < 1;")
                .replace("\"ring buffer too large\"", "\"full\"")
                .replace("throw new ConcurrentModificationException();", "throw new IllegalStateException(\"m\");")
                .replace("text.append(\", \");", "text.append(',');");
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Ring.java", edited);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EDITED);
                assertThat(m.similarity()).isBetween(0.85, 0.99);
                assertThat(m.lines()).isEqualTo(new LineRange(3, lineCount(edited)));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(lineOf(RING, "import java.util"),
                        lineCount(RING)));
                assertThat(m.renames()).isEmpty();
            });
        }
    }

    @Test
    void largeRewrittenBlockSplitsTheSnippetAroundIt() throws IOException {
        int from = lineOf(RING, "/** The head without removing it");
        int to = lineOf(RING, "/** Drops every element");
        String rewritten = """
                    public int drainTo(java.util.Collection<? super E> sink, int limit) {
                        int moved = 0;
                        while (moved < limit && !isEmpty()) {
                            sink.add(poll());
                            moved++;
                        }
                        java.util.logging.Logger.getLogger("ring").fine(() -> "moved " + moved);
                        return moved;
                    }

                    public int remaining(int capacityHint) {
                        return Math.max(0, capacityHint - size()) * 2 + (isEmpty() ? 1 : 0);
                    }

                """;
        String scanned = lines(RING, 1, from - 1) + rewritten + lines(RING, to, lineCount(RING));
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Ring.java", scanned);

            assertThat(matches).hasSize(2);
            assertThat(matches).allSatisfy(m -> assertThat(m.origin().path()).isEqualTo(RING_PATH));
            int rewrittenFirst = from;
            int rewrittenLast = from + lineCount(rewritten) - 2;
            assertThat(matches.get(0).lines().last()).isLessThan(rewrittenFirst);
            assertThat(matches.get(1).lines().first()).isGreaterThan(rewrittenLast);
            assertThat(matches.get(0).origin().lines().last()).isLessThan(from);
            assertThat(matches.get(1).origin().lines().first()).isGreaterThanOrEqualTo(to);
        }
    }

    // ---- partial copies ----

    @Test
    void blockPastedIntoForeignFileHasExactLinesOnBothSides() throws IOException {
        int first = lineOf(RING, "private void grow()");
        int last = lineOf(RING, "head = 0;", first) + 1;
        String scanned = SCHEDULER_HEAD + lines(RING, first, last) + SCHEDULER_TAIL;
        int at = lineCount(SCHEDULER_HEAD) + 1;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "src/Scheduler.java", scanned);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.similarity()).isEqualTo(1.0);
                assertThat(m.wholeFile()).isFalse();
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + last - first));
                assertThat(m.origin().path()).isEqualTo(RING_PATH);
                assertThat(m.origin().lines()).isEqualTo(new LineRange(first, last));
                assertThat(m.tokens()).isGreaterThanOrEqualTo(50);
            });
        }
    }

    @Test
    void twoBlocksFromTwoUpstreamFilesAreTwoSnippetsWithTheirOrigins() throws IOException {
        int decodeFirst = lineOf(BASE32, "public byte[] decode(");
        int decodeLast = lineOf(BASE32, "return out.toByteArray();") + 1;
        int cycleFirst = lineOf(SCC, "public static boolean hasCycle(");
        int cycleLast = lineOf(SCC, "return false;", cycleFirst) + 1;
        String decode = lines(BASE32, decodeFirst, decodeLast);
        String cycle = lines(SCC, cycleFirst, cycleLast);
        String scanned = SCHEDULER_HEAD + decode + "\n" + cycle + SCHEDULER_TAIL;
        int decodeAt = lineCount(SCHEDULER_HEAD) + 1;
        int cycleAt = decodeAt + decodeLast - decodeFirst + 2;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Scheduler.java", scanned);

            assertThat(matches).hasSize(2);
            assertThat(matches.get(0).lines()).isEqualTo(new LineRange(decodeAt, decodeAt + decodeLast - decodeFirst));
            assertThat(matches.get(0).origin().path()).endsWith("codec/Base32.java");
            assertThat(matches.get(0).origin().lines()).isEqualTo(new LineRange(decodeFirst, decodeLast));
            assertThat(matches.get(1).lines()).isEqualTo(new LineRange(cycleAt, cycleAt + cycleLast - cycleFirst));
            assertThat(matches.get(1).origin().path()).endsWith("graph/StrongComponents.java");
            assertThat(matches.get(1).origin().lines()).isEqualTo(new LineRange(cycleFirst, cycleLast));
            assertThat(matches).allSatisfy(m -> assertThat(m.cloneType()).isEqualTo(CloneType.EXACT));
        }
    }

    @Test
    void copiedRunShorterThanTheMinimumIsNotReported() throws IOException {
        int first = lineOf(RING, "public E poll()");
        String scanned = SCHEDULER_HEAD + lines(RING, first, first + 3) + "        return null;\n    }\n"
                + SCHEDULER_TAIL;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Scheduler.java", scanned)).isEmpty();
        }
    }

    /** A lookup table of tide constituents, written for these tests: one {@code {"name", "speed"}} row a line. */
    static String constituents(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < to; i++) {
            rows.append("        {\"C").append(i).append("\", \"").append(28 + i * 3).append('.')
                    .append(1000 + i * 37).append("\"},\n");
        }
        return rows.toString();
    }

    @Test
    void rowsCopiedFromTheMiddleOfATableAreFound() throws IOException {
        String table = "package org.tidepool.tables;\n\nfinal class Constituents {\n"
                + "    static final String[][] SPEEDS = {\n" + constituents(0, 80) + "    };\n}\n";
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new dev.provenance.kb.SourceFile(
                "src/main/java/org/tidepool/tables/Constituents.java", table, Language.JAVA)));
        String scanned = SCHEDULER_HEAD + "    static final String[][] OURS = {\n" + constituents(30, 42) + "    };\n"
                + SCHEDULER_TAIL;
        String sameShape = SCHEDULER_HEAD + "    static final String[][] OURS = {\n"
                + constituents(30, 42).replace("\"C", "\"K") + "    };\n" + SCHEDULER_TAIL;
        int at = lineCount(SCHEDULER_HEAD) + 2;
        int upstreamAt = lineOf(table, "{\"C30\"");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = Fixtures.matcher(kb);

            assertThat(scan(matcher, "src/Scheduler.java", scanned)).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + 11));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(upstreamAt, upstreamAt + 11));
            });
            assertThat(scan(matcher, "src/Scheduler.java", sameShape)).as("the same shape, other values").isEmpty();
        }
    }

    /** Own code written for these tests: a conversion with a fast path, in the style of many utility classes. */
    static final String DEPTHS = """
            package org.tidepool.gauge;

            final class Depths {
                private Depths() {
                }

                /** The depths of a source, as an array. */
                public static double[] toDepths(final Object source) {
                    final int count = Gauges.count(source);
                    if (count == 0) {
                        return Gauges.EMPTY_DEPTHS;
                    }
                    if (source instanceof Tide) {
                        return ((Tide) source).toDepthArray();
                    }
                    final double[] depths = new double[count];
                    for (int i = 0; i < count; i++) {
                        depths[i] = Gauges.depthAt(source, i);
                    }
                    return depths;
                }
            }
            """;

    /** Independent code of the same idiom: the same fast path and loop, with other statements between them. */
    static final String LONGS = SCHEDULER_HEAD + """
                public static long[] toArray(Collection<? extends Number> values) {
                    if (values instanceof LongList) {
                        return ((LongList) values).toLongArray();
                    }

                    Object[] boxed = values.toArray();
                    int count = boxed.length;
                    long[] depths = new long[count];
                    for (int i = 0; i < count; i++) {
                        depths[i] = ((Number) checkNotNull(boxed[i])).longValue();
                    }
                    return depths;
                }
            """ + SCHEDULER_TAIL;

    @Test
    void anEditedChainSharingFewerTokensThanTheMinimumIsNoSnippet() throws IOException {
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new dev.provenance.kb.SourceFile(
                "src/main/java/org/tidepool/gauge/Depths.java", DEPTHS, Language.JAVA)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            // The chain spans 64 seeds (over minTokens) at similarity 0.69, but only 44 of them are shared: the
            // fast path and the loop header, two idioms, with the statements between them different.
            assertThat(scan(Fixtures.matcher(kb), "src/Longs.java", LONGS)).isEmpty();
            String edited = DEPTHS.replace("return Gauges.EMPTY_DEPTHS;", "return new double[0];");
            assertThat(scan(Fixtures.matcher(kb), "src/Depths.java", edited)).as("a real edited copy")
                    .singleElement().satisfies(m -> assertThat(m.cloneType()).isEqualTo(CloneType.EDITED));
        }
    }

    @Test
    void emptyKnowledgeBaseMatchesNothing() throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Ring.java", RING)).isEmpty();
        }
    }

    @Test
    void fileWithoutLexerMatchesOnlyAsAnExactWholeFileCopy() throws IOException {
        assertThat(Fixtures.LEXERS.apply(Language.SQL)).isEmpty();
        StringBuilder sql = new StringBuilder("-- tide gauge stations\n");
        for (int i = 0; i < 30; i++) {
            sql.append("INSERT INTO station (id, datum, offset_cm) VALUES (").append(i).append(", 'MLLW', ")
                    .append(i * 7).append(");\n");
        }
        String text = sql.toString();
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new dev.provenance.kb.SourceFile(
                "db/stations.sql", text, Language.SQL)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = Fixtures.matcher(kb);

            List<SnippetMatch> copy = matcher.match("stations.sql", new TextFile("s", text), Language.SQL);
            assertThat(copy).singleElement().satisfies(m -> {
                assertThat(m.wholeFile()).isTrue();
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.tokens()).isEqualTo(KnowledgeBaseMatcher.words(text));
                assertThat(m.origin().path()).isEqualTo("db/stations.sql");
            });
            String changed = text.replace("(21, 'MLLW'", "(22, 'MLLW'");
            assertThat(matcher.match("s.sql", new TextFile("s", changed), Language.SQL)).isEmpty();
        }
    }

    @Test
    void configurationCopiedWithOneValueChangedIsAnEditedSnippet() throws IOException {
        StringBuilder properties = new StringBuilder("# tide gauge defaults\n");
        for (int i = 0; i < 30; i++) {
            properties.append("gauge.station").append(i).append(".datum = MLLW\n");
            properties.append("gauge.station").append(i).append(".offset = ").append(i * 7).append('\n');
        }
        String upstream = properties.toString();
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new dev.provenance.kb.SourceFile(
                "conf/gauges.properties", upstream, Language.PROPERTIES)));
        String copy = "# our settings\nharbor.name = north pier\n"
                + upstream.substring(upstream.indexOf('\n') + 1).replace("offset = 70\n", "offset = 71\n");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            List<SnippetMatch> matches = Fixtures.matcher(kb).match("app.properties", new TextFile("a", copy),
                    Language.PROPERTIES);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EDITED);
                assertThat(m.similarity()).isGreaterThan(0.95).isLessThan(1.0);
                assertThat(m.lines()).isEqualTo(new LineRange(3, lineCount(copy)));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(2, lineCount(upstream)));
            });
        }
    }

    @Test
    void tinyIdenticalFileIsNotAWholeFileCopy() throws IOException {
        String tiny = "package org.tidepool;\n\nfinal class Marker {\n}\n";
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new dev.provenance.kb.SourceFile(
                "src/Marker.java", tiny, Language.JAVA)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Marker.java", tiny)).isEmpty();
        }
    }

    // ---- helpers ----

    /** Same tokens, other layout: comments dropped, two-space indents, opening braces on their own line. */
    static String reformat(String java) {
        StringBuilder out = new StringBuilder();
        for (String line : java.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("/*") || t.startsWith("*") || t.startsWith("//")) {
                continue;
            }
            int indent = (line.length() - line.stripLeading().length()) / 2;
            String pad = " ".repeat(indent);
            if (t.endsWith(" {") && t.length() > 2) {
                out.append(pad).append(t, 0, t.length() - 2).append('\n').append(pad).append("{\n");
            } else {
                out.append(pad).append(t).append('\n');
            }
        }
        return out.toString();
    }

    /** Renames whole identifiers outside string literals. */
    static String rename(String java, Map<String, String> renames) {
        Matcher m = Pattern.compile("\"[^\"\\n]*\"|[A-Za-z_][A-Za-z0-9_]*").matcher(java);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(renames.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
