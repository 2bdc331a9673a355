package dev.provenance.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.text.TextFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkerExtractorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # Copied from transformers.models.llama.modeling_llama.LlamaRMSNorm with Llama->Mistral | COPIED_FROM | transformers.models.llama.modeling_llama.LlamaRMSNorm with Llama->Mistral
            // Adapted from https://example.org/acme/rope/blob/main/rope.py                      | ADAPTED_FROM | https://example.org/acme/rope/blob/main/rope.py
            /* Based on rope_kit/modeling_rope.py */                                              | BASED_ON     | rope_kit/modeling_rope.py
                Merged from: kit 1.2 (src/kit/WordTally.java)                                     | MERGED_FROM  | kit 1.2 (src/kit/WordTally.java)
            <!-- derived from the acme-docs theme -->                                             | DERIVED_FROM | the acme-docs theme
            # COPIED FROM numpy                                                                   | COPIED_FROM  | numpy
            \"\"\"Ported from the C implementation in zlib.\"\"\"                                 | PORTED_FROM  | the C implementation in zlib.\"\"\"
            """)
    void aPhraseFollowedByAClaimIsAMarker(String line, Marker.Kind kind, String claim) {
        Marker marker = MarkerExtractor.markerIn(line, 7);

        assertThat(marker).isNotNull();
        assertThat(marker.kind()).isEqualTo(kind);
        assertThat(marker.claim()).isEqualTo(claim);
        assertThat(marker.line()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "values = read_from(path)",
            "# the decision is based on",
            "// data copied from:",
            "x = uncopied from_here",
            "# rebased onto main",
            "based_on = 3",
            "",
    })
    void otherLinesAreNotMarkers(String line) {
        assertThat(MarkerExtractor.markerIn(line, 1)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "transformers.models.llama.modeling_llama.LlamaRMSNorm with Llama->Mistral",
            "https://example.org/acme/rope/blob/main/rope.py",
            "rope_kit/modeling_rope.py",
            "org.acme:acme-text 2.0",
            "the Hugging Face transformers library",
            "ASM's ClassReader",
            "numpy v1.26",
            "boost::asio",
            "RingBuffer in mini-ring",
    })
    void claimsNamingAnOriginAreReferences(String claim) {
        assertThat(new Marker(Marker.Kind.COPIED_FROM, 1, claim).namesAReference()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "frequencies observed on typical classes",
            "the attributes of the given method",
            "an existing one, copy it now and return early.",
            "This is the fast path.",
            "whether the value is cached",
    })
    void proseAfterThePhraseIsNoReference(String claim) {
        assertThat(new Marker(Marker.Kind.BASED_ON, 1, claim).namesAReference()).isFalse();
    }

    @Test
    void markersAreFoundOnTheirLinesInOrder() {
        TextFile file = new TextFile("m.py", "import torch\n\n# Copied from kit.norm.KitNorm\nclass Norm:\n"
                + "    pass\n# Adapted from rope_kit/modeling_rope.py\n");

        assertThat(new MarkerExtractor().extract(file)).extracting(Marker::line, Marker::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Copied from kit.norm.KitNorm"),
                        org.assertj.core.groups.Tuple.tuple(6, "Adapted from rope_kit/modeling_rope.py"));
    }

    @Test
    void aHostileLineCostsItsCapAndNoMore() {
        String line = "copied from ".repeat(100_000);
        TextFile file = new TextFile("x.py", line);

        assertThat(new MarkerExtractor().extract(file)).singleElement()
                .satisfies(m -> assertThat(m.claim()).hasSizeLessThanOrEqualTo(Marker.MAX_CLAIM));
    }
}
