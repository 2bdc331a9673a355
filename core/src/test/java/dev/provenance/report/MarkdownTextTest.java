package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain words, acme-rope@1.4.0 a.b:1-2   | plain words, acme-rope@1.4.0 a.b:1-2
            [click](https://example.invalid)       | \\[click\\]\\(https://example.invalid\\)
            ![img](x)                              | \\!\\[img\\]\\(x\\)
            <script>alert(1)</script>              | \\<script\\>alert\\(1\\)\\</script\\>
            **bold** _em_ `code` ~~gone~~          | \\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~
            # heading                              | \\# heading
            - item                                 | \\- item
            "  + item"                             | "  \\+ item"
            12. item                               | 12\\. item
            12 items - 3. fine                     | 12 items - 3. fine
            "a | b"                                | "a \\| b"
            &amp; \\ back                          | \\&amp; \\\\ back
            """)
    void textFromAScanIsLiteralMarkdown(String text, String markdown) {
        assertThat(MarkdownText.escape(text)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "line breaks in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a\\nb"
            "a\\r\\n- b"
            """)
    void lineBreaksCannotStartANewBlock(String escapedText) {
        String text = escapedText.replace("\\n", "\n").replace("\\r", "\r");

        assertThat(MarkdownText.escape(text)).doesNotContain("\n").doesNotContain("\r");
    }
}
