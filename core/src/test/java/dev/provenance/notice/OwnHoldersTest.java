package dev.provenance.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.notice.OwnHolders.Evidence;
import dev.provenance.notice.OwnHolders.OwnHolder;
import dev.provenance.notice.OwnHolders.Source;
import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnHoldersTest {
    private static CopyrightStatement statement(int line, String... holders) {
        return new CopyrightStatement("Copyright 2024 " + String.join(", ", holders), "2024", List.of(holders),
                LineRange.of(line));
    }

    private static Evidence evidence(List<CopyrightStatement> license, List<CopyrightStatement> notice,
                                     List<String> manifest, Map<String, Integer> headers, int filesWithHeaders,
                                     List<String> user) {
        return new Evidence(license, notice, manifest, headers, filesWithHeaders, user);
    }

    @Test
    void userOverrideWinsOverEverything() {
        OwnHolders own = OwnHolders.decide(evidence(List.of(statement(1, "Foo Corp")), List.of(), List.of("Bar"),
                Map.of("Baz", 10), 10, List.of("Acme Inc.")));
        assertThat(own.holders()).containsExactly(new OwnHolder("Acme Inc.", Source.USER,
                "set by provenance.ownHolders"));
        assertThat(own.isOwn("ACME")).isTrue();
        assertThat(own.isOwn("Foo Corp")).isFalse();
    }

    @Test
    void unitesLicenseNoticeAndManifestHoldersOncePerKey() {
        OwnHolders own = OwnHolders.decide(evidence(
                List.of(statement(3, "Google LLC")),
                List.of(statement(2, "The Apache Software Foundation")),
                List.of("Google Inc.", "Jane Doe <jane@example.org>"),
                Map.of("Someone Else", 500), 500, List.of()));
        assertThat(own.holders()).extracting(OwnHolder::name, OwnHolder::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Google LLC", Source.LICENSE),
                org.assertj.core.groups.Tuple.tuple("The Apache Software Foundation", Source.NOTICE),
                org.assertj.core.groups.Tuple.tuple("Jane Doe", Source.MANIFEST));
        assertThat(own.holders().get(0).reason()).isEqualTo("LICENSE line 3: Copyright 2024 Google LLC");
        assertThat(own.isOwn("Google")).isTrue();
        assertThat(own.isOwn("Someone Else")).isFalse();
    }

    @Test
    void ignoresTheFsfCopyrightOfTheGplTextInALicenseFile() {
        OwnHolders own = OwnHolders.decide(evidence(List.of(statement(4, "Free Software Foundation, Inc.")),
                List.of(), List.of(), Map.of("Gnu Hacker", 9), 10, List.of()));
        assertThat(own.holders()).extracting(OwnHolder::name, OwnHolder::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gnu Hacker", Source.FILE_HEADERS));
    }

    @Test
    void fallsBackToTheDominantHeaderHolderMergingSpellings() {
        OwnHolders own = OwnHolders.decide(evidence(List.of(), List.of(), List.of(),
                Map.of("Google LLC", 300, "Google Inc.", 150, "The Guava Authors", 400, "INRIA", 20), 1000,
                List.of()));
        assertThat(own.holders()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Google LLC");
            assertThat(h.source()).isEqualTo(Source.FILE_HEADERS);
            assertThat(h.reason()).isEqualTo("named in 450 of 1000 file headers");
        });
    }

    @Test
    void takesEveryHeaderHolderTiedForTheMostFiles() {
        OwnHolders own = OwnHolders.decide(evidence(List.of(), List.of(), List.of(),
                Map.of("The Qwen team", 40, "Alibaba Group", 40, "The HuggingFace Inc. team", 40, "Meta", 3), 45,
                List.of()));
        assertThat(own.names()).containsExactly("Alibaba Group", "The HuggingFace Inc. team", "The Qwen team");
    }

    @Test
    void takesNoHeaderHolderBelowTheShareThreshold() {
        OwnHolders below = OwnHolders.decide(evidence(List.of(), List.of(), List.of(),
                Map.of("Vendor A", 19, "Vendor B", 10), 100, List.of()));
        assertThat(below.holders()).isEmpty();
        assertThat(below.isOwn("Vendor A")).isFalse();
        OwnHolders atThreshold = OwnHolders.decide(evidence(List.of(), List.of(), List.of(),
                Map.of("Vendor A", 20, "Vendor B", 10), 100, List.of()));
        assertThat(atThreshold.names()).containsExactly("Vendor A");
    }

    @Test
    void decidesNothingWithoutEvidence() {
        assertThat(OwnHolders.decide(Evidence.none()).holders()).isEmpty();
    }

    @Test
    void keepsLicenseStatementsInsideOrJustAboveTheLicenseText() {
        List<CopyrightStatement> all = List.of(statement(1, "Own Corp"), statement(30, "Inside Corp"),
                statement(250, "Appended Third Party"));
        assertThat(OwnHolders.coveringLicense(all, new LineRange(5, 200)))
                .extracting(s -> s.holders().get(0)).containsExactly("Own Corp", "Inside Corp");
        assertThat(OwnHolders.coveringLicense(all, new LineRange(20, 200)))
                .extracting(s -> s.holders().get(0)).containsExactly("Inside Corp");
        assertThat(OwnHolders.coveringLicense(all, null)).hasSize(3);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> evidence(List.of(), List.of(), List.of(), Map.of("A", -1), 3, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evidence(List.of(), List.of(), List.of(), Map.of(), -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
