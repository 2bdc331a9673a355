package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLexerTest {

    static Tokens lex(Language language, String source) {
        return Lexers.forLanguage(language).orElseThrow().lex(source);
    }

    /** Each token as {@code seedText@line:column}. */
    static List<String> placed(Tokens tokens) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            list.add(tokens.seedText(i) + "@" + tokens.line(i) + ":" + tokens.column(i));
        }
        return list;
    }

    static long[] seeds(Language language, String source) {
        return SeedSequence.of(lex(language, source)).symbols();
    }

    static final String CONFIG = """
            {
              "vocab_size": 32000,
              "architectures": ["LlamaForCausalLM"],
              "hidden_size": 4096,
              "rope_scaling": {"type": "linear", "factor": 2.0},
              "tie_word_embeddings": false
            }
            """;

    @Test
    void jsonEmitsSortedKeysWithTheirOriginalLinesAndColumns() {
        assertThat(placed(lex(Language.JSON, CONFIG))).containsExactly(
                "{@1:1",
                "architectures@3:3", "[@3:20", "\"LlamaForCausalLM\"@3:21", "]@3:39",
                "hidden_size@4:3", "4096@4:18",
                "rope_scaling@5:3", "{@5:19", "factor@5:38", "2@5:48", "type@5:20", "\"linear\"@5:28", "}@5:51",
                "tie_word_embeddings@6:3", "false@6:26",
                "vocab_size@2:3", "32000@2:17",
                "}@7:1");
    }

    @Test
    void configTokensSeedVerbatimSoThatValuesAreEvidence() {
        Tokens tokens = lex(Language.JSON, CONFIG);
        assertThat(tokens.seedsVerbatim()).isTrue();
        assertThat(seeds(Language.JSON, CONFIG.replace("4096", "5120"))).isNotEqualTo(seeds(Language.JSON, CONFIG));
        assertThat(seeds(Language.JSON, CONFIG.replace("hidden_size", "hidden_dim")))
                .isNotEqualTo(seeds(Language.JSON, CONFIG));
        assertThat(tokens.lines(0, tokens.size())).isEqualTo(new dev.provenance.text.LineRange(1, 7));
    }

    @Test
    void reorderedReindentedJsonSeedsTheSame() {
        String reordered = """
                {"tie_word_embeddings":false,"rope_scaling":{"factor":2,"type":"linear"},
                 "hidden_size":4096.0,"architectures":[
                     "LlamaForCausalLM",
                 ], // a comment and a trailing comma, as JSON5 allows
                 "vocab_size":3.2e4}
                """;
        assertThat(seeds(Language.JSON, reordered)).isEqualTo(seeds(Language.JSON, CONFIG));
    }

    @Test
    void yamlSeedsLikeTheSameConfigurationInJson() {
        String yaml = """
                # the same configuration
                vocab_size: 32000
                architectures:
                  - LlamaForCausalLM
                hidden_size: 4096
                rope_scaling:
                  type: linear
                  factor: 2.0
                tie_word_embeddings: false
                """;
        assertThat(seeds(Language.YAML, yaml)).isEqualTo(seeds(Language.JSON, CONFIG));
        assertThat(placed(lex(Language.YAML, yaml))).contains("hidden_size@5:1", "4096@5:14", "\"linear\"@7:9");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0       | 1
            1e3       | 1000
            1E+3      | 1000
            1e-05     | 0.00001
            0.00001   | 0.00001
            -0.0      | 0
            2.50      | 2.5
            123456789012345678901234567890 | 123456789012345678901234567890
            1e100     | 1E+100
            """)
    void numbersSeedByValue(String literal, String canonical) {
        assertThat(ConfigCanon.number(literal)).isEqualTo(canonical);
        Tokens tokens = lex(Language.JSON, "{\"x\": " + literal + "}");
        assertThat(tokens.seedText(2)).isEqualTo(canonical);
    }

    @Test
    void aStringAndANumberOfTheSameDigitsSeedApart() {
        assertThat(seeds(Language.JSON, "{\"a\": \"1\"}")).isNotEqualTo(seeds(Language.JSON, "{\"a\": 1}"));
        assertThat(seeds(Language.YAML, "a: '1'")).isEqualTo(seeds(Language.JSON, "{\"a\": \"1\"}"));
        assertThat(seeds(Language.YAML, "a: 0x10")).isEqualTo(seeds(Language.JSON, "{\"a\": 16}"));
        assertThat(seeds(Language.YAML, "a: .inf\nb: ~\nc: True"))
                .isEqualTo(seeds(Language.JSON, "{\"a\": Infinity, \"b\": null, \"c\": true}"));
    }

    @Test
    void chatTemplateIsLexedAsJinjaMappedToTheJsonLinesThroughEscapes() {
        String json = "{\n  \"bos_token\": \"<s>\",\n"
                + "  \"chat_template\": \"{% for m in messages %}\\n{{ '<|im_start|>' + m[\\\"role\\\"] }}"
                + "\\n{% endfor %}\"\n}\n";
        Tokens tokens = lex(Language.JSON, json);
        List<String> placed = placed(tokens);
        String line = json.split("\n")[2];
        int roleColumn = line.indexOf("\\\"role\\\"") + 1;
        assertThat(placed).contains("chat_template@3:3",
                "{%@3:" + (line.indexOf("{%") + 1),
                "for@3:" + (line.indexOf("for") + 1),
                "messages@3:" + (line.indexOf("messages") + 1),
                "'<|im_start|>'@3:" + (line.indexOf("'<|im_start|>'") + 1),
                "'role'@3:" + roleColumn);
        int role = placed.indexOf("'role'@3:" + roleColumn);
        assertThat(tokens.text(role)).isEqualTo("\\\"role\\\"");
        assertThat(tokens.type(role)).isEqualTo(TokenType.STRING);
    }

    @Test
    void aChatTemplateCopiedIntoAnotherTokenizerConfigMatchesTheTemplateFile() {
        String template = "{% for m in messages %}\n{{ '<|im_start|>' + m['role'] }}\n{% endfor %}";
        String json = "{\"chat_template\": \"{%- for m in messages -%}\\n  {{ '<|im_start|>' + m['role'] }}"
                + "{% endfor %}\"}";
        long[] file = SeedSequence.of(Lexers.jinja().lex(template)).symbols();
        long[] embedded = seeds(Language.JSON, json);
        assertThat(embedded).hasSize(file.length + 3);
        assertThat(java.util.Arrays.copyOfRange(embedded, 2, embedded.length - 1)).isEqualTo(file);
    }

    @Test
    void chatTemplateListsLexTheirTemplates() {
        String json = "{\"chat_template\": [{\"name\": \"default\", \"template\": \"{{ x }}\"}]}";
        assertThat(placed(lex(Language.JSON, json)))
                .contains("template@1:40", "{{@1:53", "x@1:56", "}}@1:58", "}@1:61");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON | {"a": [1, 2,
            JSON | {"a" 1}
            JSON | {"a": "unterminated
            YAML | a: [1, 2
            YAML | "a: b
            YAML | a:\\n\\t- tab
            """)
    void malformedConfigFallsBackToItsTokensInFileOrder(Language language, String text) {
        String source = text.replace("\\n", "\n").replace("\\t", "\t");
        Tokens tokens = lex(language, source);
        assertThat(tokens.seedsVerbatim()).isTrue();
        assertThat(tokens.size()).isPositive();
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.start(i)).isGreaterThanOrEqualTo(tokens.end(i - 1));
        }
    }

    @Test
    void yamlAliasesAreNotExpandedTwice() {
        String yaml = "base: &b {x: 1, y: 2}\nother: *b\n";
        assertThat(placed(lex(Language.YAML, yaml))).containsExactly(
                "{@1:1", "base@1:1", "{@1:7", "x@1:11", "1@1:14", "y@1:17", "2@1:20", "}@1:21",
                "other@2:1", "*b@1:7", "}@2:5");
    }

    @Test
    void yamlBlockScalarsAndDocumentsSeedTheirValues() {
        String yaml = "a: |\n  line one\n  line two\n---\nb: [x, 'y']\n";
        assertThat(placed(lex(Language.YAML, yaml))).containsExactly(
                "{@1:1", "a@1:1", "\"line one\\nline two\\n\"@1:4", "}@3:10",
                "{@5:1", "b@5:1", "[@5:4", "\"x\"@5:5", "\"y\"@5:8", "]@5:11", "}@5:11");
    }

    @Test
    void tomlAndIniLexAsWrittenAndSeedVerbatim() {
        Tokens toml = lex(Language.TOML, "[tool.x]\nname = \"a\" # c\n");
        assertThat(CodeLexerTokensTest.render(toml)).isEqualTo(
                "O:[\nT:tool.x\nO:]\nT:name\nO:=\nS:\"a\"\nC:# c");
        assertThat(toml.seedsVerbatim()).isTrue();
        assertThat(CodeLexerTokensTest.render(lex(Language.INI, "; c\nk=1"))).isEqualTo("C:; c\nT:k\nO:=\nN:1");
    }
}
