package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.report.LineOffsets.ByteRange;
import dev.provenance.text.LineRange;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LineOffsetsTest {
    private static LineOffsets of(String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        LineOffsets offsets = new LineOffsets();
        for (int i = 0; i < bytes.length; i += chunk) {
            offsets.accept(bytes, i, Math.min(chunk, bytes.length - i));
        }
        return offsets.finish();
    }

    /** The text a 1-based inclusive byte range covers. */
    private static String covered(String text, Optional<ByteRange> range) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteRange r = range.orElseThrow();
        return new String(bytes, (int) r.first() - 1, (int) (r.last() - r.first() + 1), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} lines {1}-{2} → [{3}]")
    @CsvSource(delimiter = '|', value = {
            "a\\nbb\\nccc\\n        | 2 | 3 | bb\\nccc",
            "a\\r\\nbb\\r\\nccc\\r\\n   | 2 | 3 | bb\\r\\nccc",
            "a\\rbb\\rccc           | 1 | 2 | a\\rbb",
            "a\\nbb\\nccc           | 3 | 3 | ccc",
            "a\\n\\nccc\\n          | 2 | 2 | \\n",
            "first\\nsecond\\n      | 1 | 1 | first",
            "x\\r\\n\\r\\ny\\r\\n   | 2 | 2 | \\r\\n",
    })
    void rangeCoversTheLinesWithoutTheLastTerminator(String text, int first, int last, String expected) {
        String t = unescape(text.strip());
        for (int chunk : new int[] {1, 2, 3, 64 * 1024}) {
            assertThat(covered(t, of(t, chunk).bytes(new LineRange(first, last)))).as("chunk %d", chunk)
                    .isEqualTo(unescape(expected));
        }
    }

    @Test
    void linesCountLikeTheScannerMixedEndsIncluded() {
        assertThat(of("a\nb\r\nc\rd", 1).lines()).isEqualTo(4);
        assertThat(of("a\nb\n", 7).lines()).isEqualTo(3);
        assertThat(of("", 7).lines()).isEqualTo(1);
    }

    @Test
    void rangeBeyondTheFileIsEmpty() {
        assertThat(of("a\nb\n", 4).bytes(new LineRange(2, 9))).isEmpty();
        assertThat(of("a\nb", 4).bytes(new LineRange(3, 3))).isEmpty();
    }

    @Test
    void emptyLastLineAtEndOfFileHoldsNoByte() {
        assertThat(of("a\n", 4).bytes(LineRange.of(2))).isEmpty();
    }

    @Test
    void multiByteCharactersAreCountedInBytes() {
        String text = "é\nñü\n";
        assertThat(of(text, 1).bytes(LineRange.of(2))).contains(new ByteRange(4, 7));
    }

    @Test
    void manyLinesGrowTheTables() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        String t = text.toString();
        assertThat(covered(t, of(t, 4096).bytes(new LineRange(9_999, 10_000)))).isEqualTo("line 9999\nline 10000");
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
