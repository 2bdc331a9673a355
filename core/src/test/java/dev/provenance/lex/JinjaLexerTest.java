package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JinjaLexerTest {
    private final JinjaLexer jinja = Lexers.jinja();

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("tables")
    void lexesIntoTheseTokens(String template, List<String> expected) {
        assertThat(CodeLexerTokensTest.render(jinja.lex(template))).isEqualTo(String.join("\n", expected));
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                arguments("{%- if not add_generation_prompt is defined %}{% set x = 1.5 %}{% endif -%}",
                        List.of("O:{%-", "K:if", "K:not", "I:add_generation_prompt", "K:is", "I:defined", "O:%}",
                                "O:{%", "K:set", "I:x", "O:=", "N:1.5", "O:%}", "O:{%", "K:endif", "O:-%}")),
                arguments("Hello  {{ user.name | upper ~ '!' }}\n  bye {# note #}",
                        List.of("T:Hello", "O:{{", "I:user", "O:.", "I:name", "O:|", "I:upper", "O:~", "S:'!'",
                                "O:}}", "T:bye", "C:{# note #}")),
                arguments("{{ {'a': {'b': 1}} }}",
                        List.of("O:{{", "O:{", "S:'a'", "O::", "O:{", "S:'b'", "O::", "N:1", "O:}", "O:}", "O:}}")),
                arguments("{% raw %}{{ not lexed }}{% endraw %} {{ x // 2 ** 3 }}",
                        List.of("O:{%", "K:raw", "O:%}", "T:{{", "T:not", "T:lexed", "T:}}", "O:{%", "K:endraw",
                                "O:%}", "O:{{", "I:x", "O://", "N:2", "O:**", "N:3", "O:}}")),
                arguments("{{ 'unterminated", List.of("O:{{", "S:'unterminated")),
                arguments("text { not a tag } {{", List.of("T:text", "T:{", "T:not", "T:a", "T:tag", "T:}",
                        "O:{{")));
    }

    @Test
    void whitespaceControlAndQuoteStyleDoNotChangeTheSeeds() {
        String a = "{% for m in messages %}\n  {{ \"<|im_start|>\" + m['role'] }}\n{% endfor %}";
        String b = "{%- for m in messages -%}{{- '<|im_start|>' + m['role'] -}}{%- endfor -%}";
        assertThat(SeedSequence.of(jinja.lex(b)).symbols()).isEqualTo(SeedSequence.of(jinja.lex(a)).symbols());
        String renamed = a.replace("m['role']", "msg['role']").replace(" m ", " msg ");
        assertThat(SeedSequence.of(jinja.lex(renamed)).symbols())
                .as("templates are copied, not renamed: names are evidence")
                .isNotEqualTo(SeedSequence.of(jinja.lex(a)).symbols());
    }

    @Test
    void aTemplateFoundInsideAFileReportsTheFilesLinesAndColumns() {
        Tokens tokens = jinja.lex("a {{ x }}\n{{ y }}", 7, 12);
        assertThat(tokens.line(0)).isEqualTo(7);
        assertThat(tokens.column(0)).isEqualTo(12);
        assertThat(tokens.column(2)).isEqualTo(17);
        int y = tokens.size() - 2;
        assertThat(tokens.text(y)).isEqualTo("y");
        assertThat(tokens.line(y)).isEqualTo(8);
        assertThat(tokens.column(y)).isEqualTo(4);
    }
}
