package dev.provenance.match;

import static dev.provenance.match.Fixtures.lineCount;
import static dev.provenance.match.Fixtures.lineOf;
import static dev.provenance.match.Fixtures.lines;
import static dev.provenance.match.Fixtures.scan;
import static dev.provenance.match.Fixtures.upstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.kb.KnowledgeBase;
import dev.provenance.text.LineRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python copies and look-alikes against the fixture module {@code tidepool/harmonics.py} and its CLI. */
class PythonMatchTest {
    static final String HARMONICS = upstream("python/harmonics.py");
    static final String HARMONICS_PATH = "python/tidepool/harmonics.py";

    /** Foreign code written for these tests. */
    static final String HEAD = """
            import json
            import os


            def load_config(path):
                if not os.path.exists(path):
                    return {}
                with open(path, encoding="utf-8") as handle:
                    return json.load(handle)


            """;
    static final String TAIL = """


            def save_report(path, rows):
                with open(path, "w", encoding="utf-8") as handle:
                    for row in rows:
                        handle.write(",".join(str(v) for v in row) + "\\n")
            """;

    @TempDir
    Path dir;

    /** Lines {@code def name(} .. the line before the next top-level {@code def} or the end. */
    static int[] function(String python, String name) {
        int first = lineOf(python, "def " + name + "(");
        String[] lines = python.split("\\n", -1);
        int last = first;
        for (int i = first; i < lines.length; i++) {
            if (lines[i].startsWith("def ") || lines[i].startsWith("@") || lines[i].startsWith("class ")) {
                break;
            }
            if (!lines[i].isBlank()) {
                last = i + 1;
            }
        }
        return new int[] {first, last};
    }

    @Test
    void renamedFunctionWithItsDocstringRewrittenIsRenamed() throws IOException {
        int[] solve = function(HARMONICS, "solve");
        String copied = KnowledgeBaseMatcherTest.rename(lines(HARMONICS, solve[0], solve[1]), Map.of(
                "augmented", "aug", "column", "col", "pivot", "best", "factor", "ratio", "solution", "x", "solve",
                "gauss"))
                .replace("Solves a small dense system by Gaussian elimination with partial pivoting.",
                        "Gauss-Jordan, more or less.");
        String scanned = HEAD + copied + TAIL;
        int at = lineCount(HEAD) + 1;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "linalg.py", scanned);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.RENAMED);
                assertThat(m.renames()).containsExactlyEntriesOf(new TreeMap<>(Map.of("augmented", "aug", "column",
                        "col", "factor", "ratio", "pivot", "best", "solution", "x", "solve", "gauss")));
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + solve[1] - solve[0]));
                assertThat(m.origin().path()).isEqualTo(HARMONICS_PATH);
                assertThat(m.origin().lines()).isEqualTo(new LineRange(solve[0], solve[1]));
            });
        }
    }

    @Test
    void functionsCopiedWithoutTheirDocstringsAreExact() throws IOException {
        int[] fit = function(HARMONICS, "fit");
        int[] predict = function(HARMONICS, "predict");
        String copied = lines(HARMONICS, fit[0], predict[1]).replaceAll("(?m)^ *\"\"\"[^\\n]*\"\"\"\\n", "");
        assertThat(copied).doesNotContain("\"\"\"");
        String scanned = HEAD + copied + TAIL;
        int at = lineCount(HEAD) + 1;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "tides.py", scanned);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EXACT);
                assertThat(m.similarity()).isEqualTo(1.0);
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + lineCount(copied) - 1));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(fit[0], predict[1]));
            });
        }
    }

    @Test
    void statementChangedEveryFewLinesIsOneEditedSnippet() throws IOException {
        int[] solve = function(HARMONICS, "solve");
        int[] predict = function(HARMONICS, "predict");
        String edited = lines(HARMONICS, solve[0], predict[1])
                .replace("< 1e-12", "< 1e-9")
                .replace("solution = [0.0] * size", "solution = [0.0 for _ in range(size)]")
                .replace("width = 1 + 2 * len(names)", "width = 2 * len(names) + 1")
                .replace("phase = math.degrees(math.atan2(b, a)) % 360.0", "phase = math.degrees(math.atan2(b, a))")
                .replace("level = mean", "level = float(mean)");
        String scanned = HEAD + edited + TAIL;
        int at = lineCount(HEAD) + 1;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            List<SnippetMatch> matches = scan(Fixtures.matcher(kb), "tides.py", scanned);

            assertThat(matches).singleElement().satisfies(m -> {
                assertThat(m.cloneType()).isEqualTo(CloneType.EDITED);
                assertThat(m.similarity()).isBetween(0.9, 0.99);
                assertThat(m.lines()).isEqualTo(new LineRange(at, at + lineCount(edited) - 1));
                assertThat(m.origin().lines()).isEqualTo(new LineRange(solve[0], predict[1]));
            });
        }
    }

    @Test
    void argumentParserOfAnotherToolIsNotACopy() throws IOException {
        String other = """
                import argparse


                def make_parser():
                    parser = argparse.ArgumentParser(prog="convert", description="Convert survey files")
                    parser.add_argument("--source", "-s", type=str, required=True, help="survey file to convert")
                    parser.add_argument("--target", "-t", type=str, default="out.geojson", help="file to write")
                    parser.add_argument("--format", "-f", type=str, default="geojson", help="output format")
                    parser.add_argument("--precision", "-p", type=int, default=7, help="decimal places kept")
                    parser.add_argument("--batch", "-b", type=int, default=500, help="features per batch")
                    parser.add_argument("--projection", "-j", type=str, default="EPSG:4326", help="projection")
                    parser.add_argument("--layers", "-l", type=int, default=1, help="layers to read")
                    parser.add_argument("--simplify", "-x", type=float, default=0.0, help="tolerance")
                    parser.add_argument("--encoding", "-e", type=str, default="UTF-8", help="text encoding")
                    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
                    parser.add_argument("--overwrite", "-w", action="store_true", help="replace the target")
                    parser.add_argument("--limit", "-c", type=int, default=100000, help="stop after this many")
                    return parser


                def run(argv=None):
                    args = make_parser().parse_args(argv)
                    if args.quiet:
                        print("converting", args.source)
                    return 0
                """;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "convert_cli.py", other)).isEmpty();
        }
    }

    @Test
    void independentlyWrittenNumericLoopIsNotACopy() throws IOException {
        String other = """
                def moving_average(values, window):
                    \"\"\"Centred moving average; the ends use a shorter window.\"\"\"
                    size = len(values)
                    result = [0.0] * size
                    for index in range(size):
                        low = max(0, index - window // 2)
                        high = min(size, index + window // 2 + 1)
                        total = 0.0
                        for k in range(low, high):
                            total += values[k]
                        result[index] = total / (high - low)
                    return result


                def detrend(values):
                    n = len(values)
                    mean_x = (n - 1) / 2.0
                    mean_y = sum(values) / n
                    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
                    den = sum((i - mean_x) ** 2 for i in range(n))
                    slope = num / den if den else 0.0
                    return [v - (mean_y + slope * (i - mean_x)) for i, v in enumerate(values)]
                """;
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "smooth.py", other)).isEmpty();
        }
    }
}
