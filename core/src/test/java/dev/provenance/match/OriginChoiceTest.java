package dev.provenance.match;

import static dev.provenance.match.Fixtures.lineCount;
import static dev.provenance.match.Fixtures.lineOf;
import static dev.provenance.match.Fixtures.lines;
import static dev.provenance.match.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.kb.Component;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.KnowledgeBaseException;
import dev.provenance.kb.KnowledgeBaseWriter;
import dev.provenance.kb.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which upstream a region is credited to when several indexed files hold it. */
class OriginChoiceTest {
    static final String RING = KnowledgeBaseMatcherTest.RING;
    static final String RING_PATH = KnowledgeBaseMatcherTest.RING_PATH;

    @TempDir
    Path dir;

    /** The grow() method of the ring buffer pasted into foreign code. */
    static String pastedGrow(String ring) {
        int first = lineOf(ring, "private void grow()");
        int last = lineOf(ring, "head = 0;", first) + 1;
        return KnowledgeBaseMatcherTest.SCHEDULER_HEAD + lines(ring, first, last)
                + KnowledgeBaseMatcherTest.SCHEDULER_TAIL;
    }

    static Component harbor() {
        return new Component("com.harbor:harbor-app", "1.0", null, "MIT", List.of("Harbor Inc."), null);
    }

    @Test
    void upstreamIsChosenOverAVendoredCopyUnderThirdParty() throws IOException {
        // The vendored copy is indexed first, so it has the lower file id: only the heuristic can prefer upstream.
        Fixtures.writer(dir).add(harbor(), List.of(
                new SourceFile("third_party/tidepool/" + RING_PATH, RING, Language.JAVA)));
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = Fixtures.matcher(kb);

            assertThat(scan(matcher, "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> assertThat(m.origin().coordinates()).isEqualTo("org.tidepool:tidepool@2.1.0"));
            assertThat(scan(matcher, "RingBuffer.java", RING)).singleElement().satisfies(m -> {
                assertThat(m.wholeFile()).isTrue();
                assertThat(m.origin().coordinates()).isEqualTo("org.tidepool:tidepool@2.1.0");
                assertThat(m.origin().path()).isEqualTo(RING_PATH);
            });
        }
    }

    @Test
    void upstreamIsChosenOverACopyFiledUnderTheUpstreamName() throws IOException {
        // harbor-app repackaged the ring buffer as com.harbor.tidepool: its path names the tidepool component.
        String repackaged = RING.replace("package org.tidepool.collect;", "package com.harbor.tidepool;");
        Fixtures.writer(dir).add(harbor(), List.of(
                new SourceFile("src/main/java/com/harbor/tidepool/RingBuffer.java", repackaged, Language.JAVA)));
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> {
                        assertThat(m.origin().coordinates()).isEqualTo("org.tidepool:tidepool@2.1.0");
                        assertThat(m.origin().license()).isEqualTo("Apache-2.0");
                    });
        }
    }

    @Test
    void withoutAnUpstreamTheVendoredCopyIsStillReported() throws IOException {
        Fixtures.writer(dir).add(harbor(), List.of(
                new SourceFile("third_party/tidepool/" + RING_PATH, RING, Language.JAVA)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> assertThat(m.origin().coordinates()).isEqualTo("com.harbor:harbor-app@1.0"));
        }
    }

    @Test
    void earliestReleaseHoldingTheCodeIsTheOrigin() throws IOException {
        // 1.10.0 is indexed first (lower ids) and sorts first as plain text; 1.9.2 is the earlier release.
        Fixtures.writer(dir).add(Fixtures.tidepool("1.10.0"), Fixtures.tidepoolFiles());
        Fixtures.writer(dir).add(Fixtures.tidepool("1.9.2"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = Fixtures.matcher(kb);

            assertThat(scan(matcher, "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> assertThat(m.origin().version()).isEqualTo("1.9.2"));
            assertThat(scan(matcher, "RingBuffer.java", RING)).singleElement()
                    .satisfies(m -> assertThat(m.origin().version()).isEqualTo("1.9.2"));
        }
    }

    @Test
    void releaseTheCopyAgreesWithBeatsAnEarlierReleaseThatDiffersThere() throws IOException {
        String older = RING.replace("int firstPart = slots.length - head;", "int firstPart = slots.length - head + 0;");
        List<SourceFile> olderFiles = new ArrayList<>();
        olderFiles.add(new SourceFile(RING_PATH, older, Language.JAVA));
        Fixtures.writer(dir).add(Fixtures.tidepool("1.0.0"), olderFiles);
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> {
                        assertThat(m.origin().version()).isEqualTo("2.1.0");
                        assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                    });
        }
    }

    @Test
    void releaseWhoseCommentsTheCopyCarriesBeatsAnEarlierOneWithTheSameCode() throws IOException {
        String older = RING.replace("System.arraycopy(slots, head, larger, 0, firstPart);",
                "System.arraycopy(slots, head, larger, 0, firstPart); // the tail part");
        String newer = RING.replace("System.arraycopy(slots, head, larger, 0, firstPart);",
                "System.arraycopy(slots, head, larger, 0, firstPart); // from the head to the end");
        Fixtures.writer(dir).add(Fixtures.tidepool("1.0.0"), List.of(new SourceFile(RING_PATH, older,
                Language.JAVA)));
        Fixtures.writer(dir).add(Fixtures.tidepool("1.1.0"), List.of(new SourceFile(RING_PATH, newer,
                Language.JAVA)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            KnowledgeBaseMatcher matcher = Fixtures.matcher(kb);

            assertThat(scan(matcher, "Scheduler.java", pastedGrow(newer))).singleElement()
                    .satisfies(m -> assertThat(m.origin().version()).isEqualTo("1.1.0"));
            assertThat(scan(matcher, "Scheduler.java", pastedGrow(older))).singleElement()
                    .satisfies(m -> assertThat(m.origin().version()).isEqualTo("1.0.0"));
            assertThat(scan(matcher, "Scheduler.java", pastedGrow(RING))).singleElement()
                    .satisfies(m -> assertThat(m.origin().version()).isEqualTo("1.0.0"));
        }
    }

    @Test
    void regionsOfTwoFilesOfTwoComponentsAreEachCreditedOnce() throws IOException {
        // The same grow() in both components; a second, different block only in harbor-app.
        String harborOnly = KnowledgeBaseMatcherTest.SCHEDULER_HEAD + "}\n";
        Fixtures.writer(dir).add(harbor(), List.of(new SourceFile("src/main/java/com/harbor/jobs/Scheduler.java",
                harborOnly, Language.JAVA), new SourceFile("third_party/" + RING_PATH, RING, Language.JAVA)));
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "Scheduler.java", pastedGrow(RING));

            assertThat(matches).extracting(m -> m.origin().coordinates())
                    .containsExactly("com.harbor:harbor-app@1.0", "org.tidepool:tidepool@2.1.0");
            assertThat(matches.get(0).origin().path()).endsWith("jobs/Scheduler.java");
            assertThat(matches.get(0).lines().last()).isLessThan(matches.get(1).lines().first());
        }
    }

    @Test
    void knowledgeBaseBuiltWithOtherWinnowingParametersIsRefused() throws IOException {
        WinnowingParameters other = new WinnowingParameters(12, 6, 4);
        new KnowledgeBaseWriter(dir, other, Fixtures.LEXERS).add(Fixtures.tidepool("2.1.0"),
                Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThatThrownBy(() -> Fixtures.matcher(kb))
                    .isInstanceOf(KnowledgeBaseException.class)
                    .hasMessageContaining("k=12, w=6")
                    .hasMessageContaining("k=16, w=8");
            assertThat(new KnowledgeBaseMatcher(kb, Fixtures.LEXERS,
                    MatchParameters.DEFAULT.withWinnowing(other))).isNotNull();
        }
    }

    @Test
    void matchingAWholeFileCountsTheLinesOfBothFiles() throws IOException {
        String longer = "// a note the copier added\n\n" + RING;
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), Fixtures.tidepoolFiles());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Ring.java", longer)).singleElement().satisfies(m -> {
                assertThat(m.wholeFile()).isTrue();
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.lines().last()).isEqualTo(lineCount(longer));
                assertThat(m.origin().lines().last()).isEqualTo(lineCount(RING));
            });
        }
    }
}
