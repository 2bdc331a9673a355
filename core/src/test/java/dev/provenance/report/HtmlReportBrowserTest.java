package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.provenance.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * driven through ChromeDriver by the WebDriver protocol, opening the written file from {@code file://}. Screenshots
 * go to {@code target/html-report/}. Without Chromium the test fails and says what to install.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target", "html-report");

    private ChromeSession chrome;

    @BeforeAll
    void startChromium() throws IOException, InterruptedException {
        String missing = ChromeSession.missing();
        if (missing != null) {
            fail(missing);
        }
        chrome = ChromeSession.start(OUT.resolve("logs"), 1440, 1000);
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (chrome != null) {
            chrome.close();
        }
    }

    private Path report(String name, ScanResult result) throws IOException {
        Path dir = OUT.resolve(name).toAbsolutePath();
        return new HtmlReportWriter().write(result, dir);
    }

    private int visibleRows(String table) throws IOException, InterruptedException {
        return chrome.findAll(table + " tbody tr:not(.detail-row) td:not(.empty):first-child").size();
    }

    private String count(String line) throws IOException, InterruptedException {
        return chrome.text(chrome.find(line + " .matching"));
    }

    @Test
    void sideBySideViewShowsBothSidesWithLineNumbersAndHighlightedDifferences()
            throws IOException, InterruptedException {
        chrome.open(report("sample", HtmlReportFixtures.sample()));
        chrome.console();

        chrome.click(chrome.find("#snippet-row-0"));

        String view = chrome.find(".detail-row table.sbs");
        assertThat(chrome.text(view)).containsIgnoringCase("This repository").containsIgnoringCase("Upstream");
        List<String[]> rows = sbsRows();
        // the first row pairs copy line 14 with upstream line 20, equal but for the renames
        assertThat(rows.get(0)).containsExactly("ren", "14", "20");
        // line 19-20 of the copy exist only there; upstream 25 follows copy 21 ("return out;")
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("add", "19", ""));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("same", "21", "25"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("chg", "25", "29"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("del", "", "31"));
        String edit = chrome.find(".detail-row tr.chg td.cp mark.edit");
        assertThat(chrome.text(edit)).isEqualTo("33");
        assertThat(chrome.text(chrome.find(".detail-row tr.chg td.up mark.edit"))).isEqualTo("31");
        String rename = chrome.find(".detail-row tr.ren td.cp mark.ren");
        assertThat(chrome.text(rename)).isEqualTo("swapHalves");
        assertThat(chrome.attribute(rename, "title")).isEqualTo("renamed from rotateHalf");
        assertThat(chrome.text(chrome.find(".detail-row .verdict"))).contains("Replaced")
                .contains("does not meet the license").contains("Copyright 2025 Example Corp")
                .contains("keep 'Copyright 2023 Acme Labs'");
        assertThat(chrome.text(chrome.find(".detail-row ul.broken"))).contains("header-replaced")
                .contains("under Example Corp's header");

        chrome.screenshot(chrome.find(".detail-row"), OUT.resolve("side-by-side.png"));
        assertThat(chrome.console()).isEmpty();
    }

    @Test
    void longRunsOfEqualLinesFoldAndUnfold() throws IOException, InterruptedException {
        chrome.open(report("sample", HtmlReportFixtures.sample()));
        chrome.console();

        chrome.click(chrome.find("#snippet-row-1"));
        String fold = chrome.find(".detail-row[data-index='1'] tr.fold");
        assertThat(chrome.text(fold)).contains("24 identical lines");
        assertThat(chrome.findAll(".detail-row[data-index='1'] tr.same")).hasSize(6);

        chrome.click(fold);
        assertThat(chrome.findAll(".detail-row[data-index='1'] tr.fold")).isEmpty();
        assertThat(chrome.findAll(".detail-row[data-index='1'] tr.same")).hasSize(30);
        chrome.click(chrome.find("#snippet-row-1"));
        assertThat(chrome.findAll(".detail-row")).isEmpty();
        assertThat(chrome.console()).isEmpty();
    }

    @Test
    void thePageFitsANarrowWindow() throws IOException, InterruptedException {
        chrome.resize(820, 1000);
        try {
            chrome.open(report("sample", HtmlReportFixtures.sample()));
            chrome.click(chrome.find("#snippet-row-0"));

            assertThat(chrome.script("return document.documentElement.scrollWidth - window.innerWidth;").asInt())
                    .as("no horizontal scrolling").isLessThanOrEqualTo(0);
            chrome.script("document.getElementById('snippets').scrollIntoView();");
            chrome.screenshot(OUT.resolve("narrow.png"));
        } finally {
            chrome.resize(1440, 1000);
        }
    }

    private List<String[]> sbsRows() throws IOException, InterruptedException {
        JsonNode rows = chrome.script("return Array.from(document.querySelectorAll('.detail-row table.sbs tbody tr'))"
                + ".map(tr => [tr.className].concat(Array.from(tr.querySelectorAll('td.ln')).map(td => td.textContent)));");
        List<String[]> out = new ArrayList<>();
        for (JsonNode row : rows) {
            String[] cells = new String[row.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.get(i).asText();
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void ruleSeverityAndPathFiltersChangeTheVisibleRowsAndCounts() throws IOException, InterruptedException {
        chrome.open(report("sample", HtmlReportFixtures.sample()));
        chrome.console();
        assertThat(visibleRows("#v-table")).isEqualTo(5);
        assertThat(count("#v-count")).isEqualTo("5");
        assertThat(count("#s-count")).isEqualTo("3");

        chrome.click(chrome.find("#v-rule option[value='" + ruleIndex("license-unknown") + "']"));
        assertThat(visibleRows("#v-table")).isEqualTo(2);
        assertThat(count("#v-count")).isEqualTo("2");
        assertThat(chrome.text(chrome.find("#v-severity .chip[data-value=WARNING] .c"))).isEqualTo("1");

        chrome.click(chrome.find("#v-severity .chip[data-value=INFO]"));
        assertThat(visibleRows("#v-table")).isEqualTo(1);
        assertThat(chrome.text(chrome.find("#v-table tbody td.loc"))).isEqualTo("docs/readme.md");

        chrome.click(chrome.find("#v-severity .chip[data-value=INFO]"));
        chrome.click(chrome.find("#v-rule option[value='-1']"));
        chrome.type(chrome.find("#v-path"), "<IMG");
        assertThat(visibleRows("#v-table")).isEqualTo(1);
        assertThat(chrome.text(chrome.find("#v-table tbody td.loc")))
                .isEqualTo("web/" + HtmlReportFixtures.HOSTILE + ".js:1");
        assertThat(chrome.text(chrome.find("#v-severity .chip[data-value=ERROR] .c"))).isEqualTo("0");
        assertThat(chrome.text(chrome.find("#v-rule option[value='-1']"))).isEqualTo("All rules (1)");

        chrome.clear(chrome.find("#v-path"));
        chrome.type(chrome.find("#v-path"), "no/such/path");
        assertThat(visibleRows("#v-table")).isZero();
        assertThat(chrome.text(chrome.find("#v-count"))).startsWith("No violations match");

        chrome.click(chrome.find("#v-reset"));
        assertThat(count("#v-count")).isEqualTo("5");
        chrome.click(chrome.find("#summary .bignum[data-severity=WARNING]"));
        assertThat(visibleRows("#v-table")).isEqualTo(2);
        assertThat(chrome.attribute(chrome.find("#v-severity .chip[data-value=WARNING]"), "aria-pressed"))
                .isEqualTo("true");

        chrome.click(chrome.find("#v-reset"));
        chrome.type(chrome.find("#v-path"), "Rope");
        chrome.script("document.getElementById('violations').scrollIntoView();");
        chrome.screenshot(OUT.resolve("violations-filtered.png"));
        chrome.click(chrome.find("#v-table a.view-snippet"));
        assertThat(chrome.findAll(".detail-row[data-index='0'] table.sbs")).hasSize(1);
        assertThat(chrome.console()).isEmpty();
    }

    private int ruleIndex(String rule) throws IOException, InterruptedException {
        return chrome.script("return JSON.parse(document.getElementById('provenance-data').textContent)"
                + ".rules.indexOf(arguments[0]);", rule).asInt();
    }

    @Test
    void hostileTextFromTheRepositoryIsShownAsTextAndNeverRuns() throws IOException, InterruptedException {
        chrome.open(report("sample", HtmlReportFixtures.sample()));

        assertThat(chrome.dialogOpen()).isFalse();
        assertThat(chrome.findAll("img")).isEmpty();
        assertThat(chrome.text(chrome.find("#root"))).isEqualTo("/work/" + HtmlReportFixtures.HOSTILE);
        chrome.click(chrome.find("#snippet-row-2"));
        assertThat(chrome.text(chrome.find(".detail-row[data-index='2'] table.sbs td.cp")))
                .isEqualTo("var s = '" + HtmlReportFixtures.HOSTILE + "';");
        assertThat(chrome.findAll("img")).isEmpty();
        assertThat(chrome.dialogOpen()).isFalse();
        assertThat(chrome.script("return document.querySelectorAll('script').length;").asInt())
                .as("the data blocks, one per snippet, and the page's script: nothing injected")
                .isEqualTo(1 + 3 + 1);
        chrome.script("window.scrollTo(0, 0);");
        chrome.screenshot(OUT.resolve("summary.png"));
        assertThat(chrome.console()).isEmpty();
    }

    @Test
    void tenThousandViolationsAndSnippetsStayResponsive() throws IOException, InterruptedException {
        ScanResult large = HtmlReportFixtures.large(10_000, 10_000);
        long writeStart = System.nanoTime();
        Path page = report("large", large);
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;

        long openStart = System.nanoTime();
        chrome.open(page);
        long openMillis = (System.nanoTime() - openStart) / 1_000_000;
        double rendered = chrome.script("return performance.getEntriesByName('provenance:rendered')[0].startTime;")
                .asDouble();
        assertThat(visibleRows("#v-table")).isEqualTo(50);
        assertThat(count("#v-count")).isEqualTo("10,000");
        assertThat(count("#s-count")).isEqualTo("10,000");
        assertThat(chrome.script("return document.querySelectorAll('tr').length;").asInt())
                .as("only one page of rows is in the page").isLessThan(200);

        double pathFilter = chrome.script("var input = document.getElementById('v-path'); var t = performance.now();"
                + " input.value = 'module-7/'; input.dispatchEvent(new Event('input'));"
                + " return performance.now() - t;").asDouble();
        String matching = count("#v-count");
        double severityFilter = chrome.script("var t = performance.now();"
                + " document.querySelector('#v-severity .chip[data-value=ERROR]').click();"
                + " return performance.now() - t;").asDouble();
        double snippetFilter = chrome.script("var input = document.getElementById('s-text'); var t = performance.now();"
                + " input.value = 'asm@'; input.dispatchEvent(new Event('input'));"
                + " return performance.now() - t;").asDouble();
        double openSnippet = chrome.script("var t = performance.now();"
                + " document.querySelector('#s-table tr.snippet').click();"
                + " return performance.now() - t;").asDouble();
        assertThat(matching).isNotEqualTo("10,000");
        assertThat(chrome.findAll(".detail-row table.sbs")).hasSize(1);
        chrome.script("document.getElementById('snippets').scrollIntoView();");
        chrome.screenshot(OUT.resolve("large-snippets.png"));

        System.out.printf("HTML report with 10,000 violations and 10,000 snippets: %,d bytes written in %d ms;"
                        + " first render %.0f ms after navigation start (page load %d ms as WebDriver saw it);"
                        + " path filter %.1f ms (%s matching), severity filter %.1f ms, snippet filter %.1f ms,"
                        + " opening a snippet side by side %.1f ms%n",
                Files.size(page), writeMillis, rendered, openMillis, pathFilter, matching, severityFilter,
                snippetFilter, openSnippet);
        assertThat(chrome.console()).isEmpty();
    }
}
