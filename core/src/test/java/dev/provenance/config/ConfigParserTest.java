package dev.provenance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.TextFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tomlj.TomlParseResult;
import org.w3c.dom.Document;

class ConfigParserTest {
    private final ConfigParser parser = ConfigParser.standard();

    private static TextFile file(String text) {
        return new TextFile("f", text);
    }

    private static InputProblem problem(ThrowingParse parse) {
        try {
            parse.run();
        } catch (InputProblem e) {
            return e;
        }
        throw new AssertionError("expected an InputProblem");
    }

    @FunctionalInterface
    interface ThrowingParse {
        void run() throws InputProblem;
    }

    @Test
    void jsonParsesIntoATree() throws InputProblem {
        JsonNode node = parser.json(file("{\"model_type\": \"llama\", \"hidden_size\": 4096, \"rope\": NaN}"));
        assertThat(node.get("model_type").asText()).isEqualTo("llama");
        assertThat(node.get("hidden_size").asInt()).isEqualTo(4096);
        assertThat(node.get("rope").isNumber()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma in object  | {\\n  "a": 1,\\n  "b": 2,\\n}             | line 4, column 1: trailing comma before '}'
            trailing comma in array   | [1, 2, ]                                  | line 1, column 8: trailing comma before ']'
            comment                   | {"a": 1 // no\\n}                         | line 1, column
            single quotes             | {'a': 1}                                  | line 1, column 2:
            truncated                 | {"a": [1, 2                               | line 1, column
            two values                | {} {}                                     | line 1, column
            empty                     | '   '                                     | empty document
            """)
    void invalidJsonNamesLineColumnAndProblem(String name, String text, String expected) {
        InputProblem e = problem(() -> parser.json(file(text.replace("\\n", "\n"))));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_JSON);
        assertThat(e.getMessage()).startsWith(expected.startsWith("empty") ? "line 1, column 1: " + expected : expected);
    }

    @Test
    void jsonNestingBeyondTheLimitIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        InputProblem e = problem(() -> parser.json(file(deep)));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_JSON);
        assertThat(e.getMessage()).contains("exceeds a limit").contains("nesting depth");
    }

    @Test
    void jsonLimitsAreTheOnesConfigured() {
        ConfigParser tight = new ConfigParser(new ConfigLimits(1_000, 4, 10, 5, 10, 5));
        assertThat(problem(() -> tight.json(file("{\"a\": \"" + "x".repeat(20) + "\"}"))).getMessage())
                .contains("String value length");
        assertThat(problem(() -> tight.json(file("[123456789012]"))).getMessage()).contains("Number value length");
        assertThat(problem(() -> tight.json(file("{\"" + "k".repeat(20) + "\": 1}"))).getMessage())
                .contains("Name length");
        assertThat(problem(() -> tight.json(file(" ".repeat(1_001) + "{}"))).getMessage())
                .contains("exceeds the limit of 1000");
    }

    @Test
    void yamlLoadsPlainJavaValues() throws InputProblem {
        Object value = parser.yaml(file("license: apache-2.0\nbase_model:\n  - a/b\n  - c/d\nsize: 7\nok: true\n"));
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("license")).isEqualTo("apache-2.0");
        assertThat(map.get("base_model")).isEqualTo(List.of("a/b", "c/d"));
        assertThat(map.get("size")).isEqualTo(7);
        assertThat(map.get("ok")).isEqualTo(true);
    }

    @Test
    void yamlDuplicateKeysKeepTheLastValue() throws InputProblem {
        assertThat(((Map<?, ?>) parser.yaml(file("a: 1\na: 2\n"))).get("a")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad indentation      | a:\\n  b: 1\\n c: 2                  | line 3, column 2
            unclosed flow        | a: [1, 2\\nb: 3                      | line
            unknown tag          | a: !!python/object:os.system ls     | line 1, column 4
            two documents        | a: 1\\n---\\nb: 2                    | line 2
            tab indentation      | a:\\n\\tb: 1                          | line 2
            """)
    void invalidYamlNamesTheLine(String name, String text, String expected) {
        InputProblem e = problem(() -> parser.yaml(file(text.replace("\\n", "\n").replace("\\t", "\t"))));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_YAML);
        assertThat(e.getMessage()).startsWith(expected);
    }

    @Test
    void yamlAliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
        }
        InputProblem e = problem(() -> parser.yaml(file(bomb.toString())));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_YAML);
        assertThat(e.getMessage()).containsIgnoringCase("alias");
    }

    @Test
    void yamlNestingBeyondTheLimitIsRefusedBeforeLoading() {
        InputProblem flow = problem(() -> parser.yaml(file("a: " + "[".repeat(10_000))));
        assertThat(flow.code()).isEqualTo(IssueCode.INVALID_YAML);
        assertThat(flow.getMessage()).contains("nesting deeper than 64");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(problem(() -> parser.yaml(file(block.toString()))).getMessage()).contains("nesting deeper");
    }

    @Test
    void yamlWithinTheLimitLoadsEvenWithQuotesAndComments() throws InputProblem {
        Object value = parser.yaml(file("a: \"[[[[\" # {{{{\nb: '{'\nc: [1, [2, [3]]]\n"));
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("a")).isEqualTo("[[[[");
        assertThat(map.get("b")).isEqualTo("{");
    }

    @Test
    void tomlParsesWithPositions() throws InputProblem {
        TomlParseResult toml = parser.toml(file("[package]\nname = \"x\"\nlicense = \"MIT\"\n"));
        assertThat(toml.getString("package.license")).isEqualTo("MIT");
        assertThat(toml.inputPositionOf("package.license").line()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing value        | [a]\\nb =\\n                      | line 2
            duplicate key        | a = 1\\na = 2                     | line 2
            unclosed string      | a = "x                            | line 1
            too deep             | a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] | line 1
            """)
    void invalidTomlNamesTheLine(String name, String text, String expected) {
        InputProblem e = problem(() -> parser.toml(file(text.replace("\\n", "\n"))));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_TOML);
        assertThat(e.getMessage()).startsWith(expected);
    }

    @Test
    void xmlParsesNamespaceAware() throws InputProblem {
        Document doc = parser.xml(file("<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
                + "<name>x</name></project>"));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("project");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://maven.apache.org/POM/4.0.0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            external entity      | <?xml version="1.0"?>\\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\\n<p>&x;</p>
            billion laughs       | <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>
            doctype after comment| <!-- c -->\\n\\n<!DOCTYPE html>\\n<html/>
            """)
    void xmlWithADoctypeIsRefused(String name, String text) {
        InputProblem e = problem(() -> parser.xml(file(text.replace("\\n", "\n"))));
        assertThat(e.code()).isEqualTo(IssueCode.XML_DOCTYPE_REFUSED);
        assertThat(e.getMessage()).matches("line \\d+, column \\d+: DOCTYPE is not allowed \\(external entities are refused\\)");
    }

    @Test
    void xmlDoctypeReportsItsLine() {
        InputProblem e = problem(() -> parser.xml(file("<?xml version=\"1.0\"?>\n  <!DOCTYPE p>\n<p/>")));
        assertThat(e.getMessage()).startsWith("line 2, column 3: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mismatched tag   | <a>\\n  <b></a>        | line 2, column
            unclosed         | <a><b>                  | line 1, column
            two roots        | <a/><b/>                | line 1, column
            bad entity       | <a>&nope;</a>           | line 1, column
            """)
    void malformedXmlNamesLineAndColumnAndPrintsNothing(String name, String text, String expected) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        InputProblem e;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            e = problem(() -> parser.xml(file(text.replace("\\n", "\n"))));
        } finally {
            System.setErr(original);
        }
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_XML);
        assertThat(e.getMessage()).startsWith(expected);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("[Fatal Error]");
    }

    @Test
    void xmlNestingBeyondTheLimitIsRefused() {
        String deep = "<a>".repeat(100) + "</a>".repeat(100);
        InputProblem e = problem(() -> parser.xml(file(deep)));
        assertThat(e.code()).isEqualTo(IssueCode.INVALID_XML);
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> new ConfigLimits(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
