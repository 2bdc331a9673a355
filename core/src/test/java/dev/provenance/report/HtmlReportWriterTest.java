package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.provenance.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
    private static final Pattern BLOCK = Pattern.compile(
            "<script type=\"application/json\" id=\"([a-z0-9-]{1,40})\">([^<]{0,100000000})</script>");

    private final HtmlReportWriter writer = new HtmlReportWriter();

    private String render(ScanResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        writer.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void equalResultsGiveByteIdenticalPages() throws IOException {
        byte[] first = render(HtmlReportFixtures.sample()).getBytes(StandardCharsets.UTF_8);
        var other = new ByteArrayOutputStream();
        new HtmlReportWriter().write(HtmlReportFixtures.sample(), other);
        byte[] second = other.toByteArray();

        assertThat(second).isEqualTo(first);
        assertThat(render(HtmlReportFixtures.large(300, 300))).isEqualTo(render(HtmlReportFixtures.large(300, 300)));
    }

    @Test
    void writeReplacesTheReportAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("nested/provenance");

        Path first = writer.write(HtmlReportFixtures.sample(), out);
        Path second = writer.write(HtmlReportFixtures.sample(), out);

        assertThat(first).isEqualTo(second).hasFileName(HtmlReportWriter.FILE_NAME);
        assertThat(writer.format()).isEqualTo("html");
        try (var listing = Files.list(out)) {
            assertThat(listing).containsExactly(first);
        }
        assertThat(Files.readString(first)).isEqualTo(render(HtmlReportFixtures.sample()));
    }

    @Test
    void hostileTextStaysInsideTheDataBlocks() throws IOException {
        String page = render(HtmlReportFixtures.sample());

        assertThat(page).doesNotContain("<img", HtmlReportFixtures.HOSTILE, "\u2028", "<!--");
        // the main block, one block per snippet, and the page's own script: nothing else opens or closes one
        assertThat(occurrences(page, "<script")).isEqualTo(1 + 3 + 1);
        assertThat(occurrences(page, "</script>")).isEqualTo(1 + 3 + 1);
        assertThat(page).contains("<title>Provenance report — /work/&lt;/script&gt;&lt;img src=x"
                + " onerror=alert(1)&gt;</title>");
    }

    @Test
    void theDataBlocksReadBackToTheResult() throws IOException {
        String page = render(HtmlReportFixtures.sample());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(page);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
            blocks.add(mapper.readTree(m.group(2)));
        }

        assertThat(ids).containsExactly("provenance-data", "sd-0", "sd-1", "sd-2");
        JsonNode data = blocks.get(0);
        assertThat(data.get("root").asText()).isEqualTo("/work/" + HtmlReportFixtures.HOSTILE);
        assertThat(data.get("rules")).extracting(JsonNode::asText).containsExactly("header-replaced",
                "license-undeclared", "license-unknown", "notice-incomplete");
        assertThat(data.get("violations")).hasSize(5);
        JsonNode hostileViolation = data.get("violations").get(3);
        assertThat(hostileViolation.get(2).asText()).isEqualTo("web/" + HtmlReportFixtures.HOSTILE + ".js");
        assertThat(hostileViolation.get(5).asText()).isEqualTo("unknown license " + HtmlReportFixtures.HOSTILE);
        assertThat(data.at("/summary/severities/0").toString()).isEqualTo("[\"ERROR\",2]");
        assertThat(data.at("/summary/topComponents/0/name").asText()).as("most lines copied").isEqualTo("base-codec@2.0.1");
        JsonNode rope = blocks.get(1);
        assertThat(rope.get("copy")).hasSize(HtmlReportFixtures.COPY.size());
        assertThat(rope.get("upstream")).hasSize(HtmlReportFixtures.UPSTREAM.size());
        assertThat(rope.at("/renames/rotateHalf").asText()).isEqualTo("swapHalves");
        assertThat(rope.at("/rows/0").toString()).isEqualTo("[1,1,[17,27,1,34,35,1],[17,27,1,34,35,1]]");
        assertThat(blocks.get(2).at("/rows").toString()).isEqualTo("[[0,30]]");
        assertThat(blocks.get(3).at("/copy/0").asText()).isEqualTo("var s = '" + HtmlReportFixtures.HOSTILE + "';");
    }

    @Test
    void thePageLoadsNothingAndRunsOnlyItsOwnScriptAndStyle() throws IOException {
        String page = render(HtmlReportFixtures.sample());
        String script = between(page, "<script>", "</script>");
        String style = between(page, "<style>", "</style>");
        String policy = between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");

        assertThat(policy).isEqualTo("default-src 'none'; script-src '" + HtmlReportWriter.sha256(script)
                + "'; style-src '" + HtmlReportWriter.sha256(style) + "'; img-src 'none'; base-uri 'none';"
                + " form-action 'none'");
        // what the page itself says, without the scan's data (the title holds the scanned root, escaped)
        String outsideData = BLOCK.matcher(page).replaceAll("").replace(between(page, "<title>", "</title>"), "");
        assertThat(outsideData).doesNotContain("http:", "https:", "src=", "@import", "url(", "innerHTML",
                "eval(", "document.write");
    }

    @Test
    void topComponentsComeByCopiesThenLinesThenName() {
        var components = HtmlReportWriter.components(HtmlReportFixtures.large(0, 30).snippets());

        assertThat(components).hasSize(12);
        for (int i = 1; i < components.size(); i++) {
            var before = components.get(i - 1);
            var after = components.get(i);
            assertThat(before.snippets).isGreaterThanOrEqualTo(after.snippets);
            if (before.snippets == after.snippets) {
                assertThat(before.lines).isGreaterThanOrEqualTo(after.lines);
                if (before.lines == after.lines) {
                    assertThat(before.coordinates).isLessThan(after.coordinates);
                }
            }
        }
        assertThat(components.get(0).snippets).isEqualTo(3);
        assertThat(components.get(11).snippets).isEqualTo(2);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
