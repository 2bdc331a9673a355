package dev.provenance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FileAnalyserTest {
    @ParameterizedTest
    @CsvSource({
            "README.md, true",
            "docs/README.rst, true",
            "src/kit/readme.txt, true",
            "CONTRIBUTING.md, true",
            "docs/guide/install.md, false",
            "site/content/blog/2024/post.md, false",
    })
    void proseCreditsAreReadFromReadmesAndRootDocuments(String path, boolean read) {
        assertThat(FileAnalyser.creditsProse(path)).isEqualTo(read);
    }

    @Test
    void keptLinesAreCappedInNumberAndLength() {
        TextFile text = new TextFile("a.md", "short\n" + "x".repeat(2 * FileAnalyser.MAX_KEPT_LINE) + "\nthird\n");

        assertThat(FileAnalyser.lines(text, new LineRange(1, 3), 2)).satisfiesExactly(
                first -> assertThat(first).isEqualTo("short"),
                second -> assertThat(second).hasSize(FileAnalyser.MAX_KEPT_LINE).endsWith("…"));
        assertThat(FileAnalyser.lines(text, new LineRange(3, 9), 10)).containsExactly("third");
    }
}
