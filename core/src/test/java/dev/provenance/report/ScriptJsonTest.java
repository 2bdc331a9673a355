package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptJsonTest {
    private static String quoted(String s) throws IOException {
        StringWriter out = new StringWriter();
        ScriptJson.quoted(out, s);
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text                    | `\"plain text\"`",
            "</script><img src=x>          | `\"\\u003c/script\\u003e\\u003cimg src=x\\u003e\"`",
            "<!-- a & b -->                | `\"\\u003c!-- a \\u0026 b --\\u003e\"`",
            "say \"hi\" \\ there           | `\"say \\\"hi\\\" \\\\ there\"`",
            "ünïcödé ✓                     | `\"ünïcödé ✓\"`"})
    void htmlSignificantCharactersAreEscaped(String input, String expected) throws IOException {
        assertThat(quoted(input.strip())).isEqualTo(expected.strip());
    }

    @Test
    void lineSeparatorsControlsAndLoneSurrogatesAreEscaped() throws IOException {
        assertThat(quoted("a\u2028b\u2029c\n\t\u0000\u007f")).isEqualTo("\"a\\u2028b\\u2029c\\n\\t\\u0000\\u007f\"");
        assertThat(quoted("x\ud800y\udc00z")).isEqualTo("\"x\\ud800y\\udc00z\"");
        assertThat(quoted("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
    }

    @Test
    void escapedStringsReadBackUnchangedAndHoldNoMarkup() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(7);
        char[] alphabet = "<>&\"'\\/ \n\r\t\u2028\u2029\u0000\u001fa\u00e9\ud83d\ude00".toCharArray();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String json = quoted(s.toString());

            assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
            assertThat(mapper.readValue(json, String.class)).isEqualTo(s.toString());
        }
    }

    @Test
    void writerSeparatesMembersAndElements() throws IOException {
        StringWriter out = new StringWriter();
        new ScriptJson(out).beginObject().field("a", 1).strings("b", List.of("x", "y")).name("c").beginArray()
                .beginArray().value(true).endArray().beginObject().endObject().value((String) null).endArray()
                .endObject();

        assertThat(out.toString()).isEqualTo("{\"a\":1,\"b\":[\"x\",\"y\"],\"c\":[[true],{},null]}");
    }
}
