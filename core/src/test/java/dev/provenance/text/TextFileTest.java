package dev.provenance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFileTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lf          | a\\nbb\\nccc   | 3 | bb",
        "crlf        | a\\r\\nbb\\r\\nccc | 3 | bb",
        "cr          | a\\rbb\\rccc   | 3 | bb",
        "mixed       | a\\r\\nbb\\nccc | 3 | bb",
        "trailing lf | a\\nbb\\n      | 2 | bb",
    })
    void linesAreCountedForEveryLineEnding(String name, String escaped, int lines, String second) {
        TextFile file = new TextFile("f", unescape(escaped.strip()));

        assertThat(file.lineCount()).isEqualTo(lines);
        assertThat(file.line(2)).isEqualTo(second);
        assertThat(file.lineOf(file.lineStart(2))).isEqualTo(2);
    }

    @ParameterizedTest(name = "offset {0} is on line {1}")
    @CsvSource({"0, 1", "1, 1", "2, 2", "4, 2", "5, 3", "8, 3"})
    void offsetsMapToTheirLines(int offset, int line) {
        TextFile file = new TextFile("f", "a\nbb\nccc");

        assertThat(file.lineOf(offset)).isEqualTo(line);
    }

    @ParameterizedTest(name = "[{0}, {1}) spans {2}")
    @CsvSource({"0, 1, 1-1", "0, 3, 1-2", "2, 5, 2-2", "2, 8, 2-3"})
    void rangesOfOffsetsSpanTheirLines(int start, int end, String range) {
        TextFile file = new TextFile("f", "a\nbb\nccc");

        assertThat(file.linesOf(start, end).toString()).isEqualTo(range.replace("1-1", "1").replace("2-2", "2"));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
