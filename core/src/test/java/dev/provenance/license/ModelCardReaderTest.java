package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelCardReaderTest {
    private final ModelCardReader reader = ModelCardReader.standard();

    private ModelCard read(String text) throws InputProblem {
        return reader.read(new TextFile("README.md", text));
    }

    @Test
    void frontMatterLicenseLinkAndBaseModels() throws InputProblem {
        ModelCard card = read("""
                ---
                language: [en]
                license: apache-2.0
                base_model:
                  - org/base-7b
                  - org/other-7b
                tags: [text-generation]
                ---
                # My model

                license: mit  <- prose, not front matter
                """);
        assertThat(card.licenses()).extracting(LicenseFinding::expression, LicenseFinding::source,
                        LicenseFinding::lines, LicenseFinding::known)
                .containsExactly(tuple("Apache-2.0", LicenseSource.MODEL_CARD, LineRange.of(3), true));
        assertThat(card.baseModels()).containsExactly("org/base-7b", "org/other-7b");
        assertThat(card.licenseName()).isNull();
    }

    @ParameterizedTest(name = "license: {0}")
    @CsvSource({"apache-2.0, Apache-2.0, true", "mit, MIT, true", "cc-by-nc-4.0, CC-BY-NC-4.0, true",
            "llama3, llama3, false", "llama3.1, llama3.1, false", "gemma, gemma, false", "openrail, openrail, false",
            "creativeml-openrail-m, creativeml-openrail-m, false", "bigscience-openrail-m, bigscience-openrail-m, false",
            "gpl-3.0, GPL-3.0-only, true", "other, other, false"})
    void modelHubLicenseIds(String declared, String expression, boolean known) throws InputProblem {
        ModelCard card = read("---\nlicense: " + declared + "\n---\n");
        assertThat(card.licenses()).extracting(LicenseFinding::expression, LicenseFinding::known)
                .containsExactly(tuple(expression, known));
    }

    @Test
    void otherWithALicenseNameReportsTheName() throws InputProblem {
        ModelCard card = read("---\nlicense: other\nlicense_name: qwen-research\n"
                + "license_link: https://example.org/LICENSE\nbase_model: org/base\n---\n");
        assertThat(card.licenses()).extracting(LicenseFinding::expression, LicenseFinding::known,
                        LicenseFinding::declaredAs)
                .containsExactly(tuple("qwen-research", false, "license: other, license_name: qwen-research"));
        assertThat(card.licenseName()).isEqualTo("qwen-research");
        assertThat(card.licenseLink()).isEqualTo("https://example.org/LICENSE");
        assertThat(card.baseModels()).containsExactly("org/base");
    }

    @Test
    void aListOfLicensesGivesOneFindingEachOnItsLine() throws InputProblem {
        ModelCard card = read("---\nlicense:\n  - mit\n  - apache-2.0\n---\n");
        assertThat(card.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("MIT", LineRange.of(3)), tuple("Apache-2.0", LineRange.of(4)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no front matter        | # Model\\n\\nlicense: mit\\n
            unclosed front matter  | ---\\nlicense: mit\\n
            not a mapping          | ---\\n- a\\n- b\\n---\\n
            empty front matter     | ---\\n---\\n
            """)
    void cardsWithoutUsableFrontMatterAreEmpty(String name, String text) throws InputProblem {
        ModelCard card = read(text.replace("\\n", "\n"));
        assertThat(card.licenses()).isEmpty();
        assertThat(card.baseModels()).isEmpty();
    }

    @Test
    void brokenFrontMatterIsAnInputProblemWithTheFilesLineNumbers() {
        assertThatThrownBy(() -> read("---\nlicense: mit\nbase_model: [a, b\ntags: x\n---\n"))
                .isInstanceOfSatisfying(InputProblem.class, e -> {
                    assertThat(e.code()).isEqualTo(IssueCode.INVALID_YAML);
                    assertThat(e.getMessage()).startsWith("line 4");
                });
    }

    @Test
    void hostileYamlTagsAreRefused() {
        assertThatThrownBy(() -> read("---\nlicense: !!javax.script.ScriptEngineManager [x]\n---\n"))
                .isInstanceOfSatisfying(InputProblem.class,
                        e -> assertThat(e.code()).isEqualTo(IssueCode.INVALID_YAML));
    }
}
