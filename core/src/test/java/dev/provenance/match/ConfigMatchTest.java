package dev.provenance.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.SourceFile;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Configuration copies: a model {@code config.json} copied with some values changed, and look-alikes that are not. */
class ConfigMatchTest {
    /** A model configuration written for these tests (the geometry of an imaginary decoder). */
    static final String CONFIG = """
            {
              "architectures": ["TidalForCausalLM"],
              "attention_bias": false,
              "attention_dropout": 0.0,
              "bos_token_id": 1,
              "eos_token_id": 2,
              "head_dim": 96,
              "hidden_act": "gelu_tanh",
              "hidden_size": 2304,
              "initializer_range": 0.015,
              "intermediate_size": 9216,
              "max_position_embeddings": 32768,
              "model_type": "tidal",
              "num_attention_heads": 24,
              "num_hidden_layers": 28,
              "num_key_value_heads": 6,
              "pad_token_id": 0,
              "rms_norm_eps": 1e-06,
              "rope_scaling": {"factor": 8.0, "type": "dynamic"},
              "rope_theta": 250000.0,
              "sliding_window": 4096,
              "tie_word_embeddings": true,
              "torch_dtype": "bfloat16",
              "transformers_version": "4.44.0",
              "use_cache": true,
              "vocab_size": 131072
            }
            """;

    @TempDir
    Path dir;

    private List<SnippetMatch> match(String upstream, String copy) throws IOException {
        Fixtures.writer(dir).add(Fixtures.tidepool("2.1.0"), List.of(new SourceFile("models/tidal/config.json",
                upstream, Language.JSON)));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            return Fixtures.matcher(kb).match("config.json", new TextFile("config.json", copy), Language.JSON);
        }
    }

    /** Another model of the same family: the same schema and defaults, its own geometry (written for the tests). */
    static final String SIBLING = """
            {
              "architectures": ["ReefForCausalLM"],
              "attention_bias": false,
              "attention_dropout": 0.0,
              "bos_token_id": 1,
              "eos_token_id": 2,
              "head_dim": 128,
              "hidden_act": "silu",
              "hidden_size": 4096,
              "initializer_range": 0.02,
              "intermediate_size": 14336,
              "max_position_embeddings": 131072,
              "model_type": "reef",
              "num_attention_heads": 32,
              "num_hidden_layers": 36,
              "num_key_value_heads": 8,
              "pad_token_id": 0,
              "rms_norm_eps": 1e-05,
              "rope_scaling": {"factor": 8.0, "type": "dynamic"},
              "rope_theta": 500000.0,
              "sliding_window": 8192,
              "tie_word_embeddings": false,
              "torch_dtype": "bfloat16",
              "transformers_version": "4.44.0",
              "use_cache": true,
              "vocab_size": 128256
            }
            """;

    /** {@code config} with the values of {@code keys} changed (a number or a string of another value). */
    static String change(String config, String... keys) {
        String out = config;
        for (String key : keys) {
            int at = out.indexOf("\"" + key + "\": ");
            int from = at + key.length() + 4;
            int to = out.indexOf('\n', from);
            boolean comma = out.charAt(to - 1) == ',';
            String value = out.substring(from, comma ? to - 1 : to);
            String changed = value.startsWith("\"") ? "\"changed-" + key + "\"" : value.startsWith("[")
                    ? "[\"ChangedForCausalLM\"]" : value.startsWith("{") ? "{\"factor\": 2.0}"
                    : value.equals("true") || value.equals("false") ? String.valueOf(value.equals("false")) : "7";
            out = out.substring(0, from) + changed + out.substring(comma ? to - 1 : to);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} and {1} changed: {2}")
    @CsvSource(textBlock = """
            vocab_size,          model_type,           EDITED
            head_dim,            rms_norm_eps,         EDITED
            hidden_act,          sliding_window,       EDITED
            bos_token_id,        num_key_value_heads,  EDITED
            initializer_range,   tie_word_embeddings,  EDITED
            attention_bias,      num_attention_heads,  EDITED
            architectures,       transformers_version, EXACT
            """)
    void aConfigCopiedWithTwoValuesChangedIsMatched(String first, String second, CloneType type) throws IOException {
        // With k = 16 over key/value seeds, the middle pairs here were missed: no run of eight equal pairs held a
        // fingerprint. A change at either end is trimmed off: the snippet is then the EXACT run between them.
        String copy = change(CONFIG, first, second);
        assertThat(copy).isNotEqualTo(CONFIG);
        int firstLine = Fixtures.lineOf(copy, "\"" + first + "\"");
        int secondLine = Fixtures.lineOf(copy, "\"" + second + "\"");
        assertThat(match(CONFIG, copy)).singleElement().satisfies(m -> {
            assertThat(m.cloneType()).isEqualTo(type);
            assertThat(m.origin().path()).isEqualTo("models/tidal/config.json");
            assertThat(m.similarity()).as("values kept over values").isGreaterThan(0.85);
            assertThat(m.lines().first()).isLessThanOrEqualTo(firstLine + 1);
            assertThat(m.lines().last()).isGreaterThanOrEqualTo(type == CloneType.EDITED ? secondLine
                    : secondLine - 1);
            assertThat(m.origin().lines()).isEqualTo(m.lines());
        });
    }

    @Test
    void aConfigsSimilarityCountsItsValuesNotItsKeys() throws IOException {
        // 26 values (23 scalar members, the architectures item, the two inside rope_scaling) of which 24 are kept;
        // with the keys counted it would be 53 of 55 seeds, though keys are what every config of the kind shares.
        assertThat(match(CONFIG, change(CONFIG, "head_dim", "rms_norm_eps"))).singleElement()
                .satisfies(m -> assertThat(m.similarity()).isEqualTo(24.0 / 26));
    }

    @Test
    void aConfigReserialisedWithThreeValuesChangedIsStillMatched() throws IOException {
        // Another tool's output: other indentation, keys in another order, floats written otherwise.
        String[] members = change(CONFIG, "vocab_size", "model_type", "hidden_size").strip()
                .replaceAll("^\\{|\\}$", "").strip().split(",\n");
        List<String> reordered = new java.util.ArrayList<>(List.of(members));
        java.util.Collections.reverse(reordered);
        String copy = "{\n" + String.join(",\n", reordered.stream().map(String::strip).map(m -> "    " + m).toList())
                .replace("0.015", "1.5e-2") + "\n}\n";
        assertThat(match(CONFIG, copy)).singleElement().satisfies(m -> {
            assertThat(m.cloneType()).isEqualTo(CloneType.EDITED);
            assertThat(m.similarity()).isGreaterThan(0.85);
        });
    }

    @Test
    void aSiblingConfigOfTheSameFamilyIsNoCopy() throws IOException {
        // The same keys and library defaults, its own geometry: keys are the schema, not evidence of copying.
        assertThat(match(CONFIG, SIBLING)).isEmpty();
    }

    @Test
    void theSameKeysWithOtherValuesAreNoCopy() throws IOException {
        String[] keys = {"architectures", "attention_bias", "attention_dropout", "bos_token_id", "eos_token_id",
            "head_dim", "hidden_act", "hidden_size", "initializer_range", "intermediate_size",
            "max_position_embeddings", "model_type", "num_attention_heads", "num_hidden_layers",
            "num_key_value_heads", "pad_token_id", "rms_norm_eps", "rope_scaling", "rope_theta", "sliding_window",
            "tie_word_embeddings", "torch_dtype", "transformers_version", "use_cache", "vocab_size"};
        assertThat(match(CONFIG, change(CONFIG, keys))).isEmpty();
    }
}
