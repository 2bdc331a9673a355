package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.report.SideBySide.Row;
import dev.provenance.report.SideBySide.RowKind;
import dev.provenance.report.SideBySide.SpanKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SideBySideTest {
    private static final int EDIT = SpanKind.EDIT.ordinal();
    private static final int RENAME = SpanKind.RENAME.ordinal();

    private static List<RowKind> kinds(SideBySide view) {
        return view.rows().stream().map(Row::kind).toList();
    }

    @Test
    void theSampleCopyAlignsWithItsUpstream() {
        SideBySide view = SideBySide.of(HtmlReportFixtures.COPY, HtmlReportFixtures.UPSTREAM,
                Map.of("rotateHalf", "swapHalves", "x", "t"));

        assertThat(view.aligned()).isTrue();
        assertThat(view.rows()).extracting(Row::kind, Row::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowKind.RENAMED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.RENAMED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.RENAMED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.RENAMED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.RENAMED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.COPY_ONLY, 2),
                org.assertj.core.groups.Tuple.tuple(RowKind.SAME, 4),
                org.assertj.core.groups.Tuple.tuple(RowKind.CHANGED, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.SAME, 1),
                org.assertj.core.groups.Tuple.tuple(RowKind.UPSTREAM_ONLY, 1));
        assertCoversEveryLine(view);
    }

    @Test
    void renamedIdentifiersAreMarkedAsRenamesNotEdits() {
        SideBySide view = SideBySide.of(List.of("int swap(int[] t) { return t[0]; }"),
                List.of("int rotate(int[] x) { return x[0]; }"), Map.of("rotate", "swap", "x", "t"));

        Row row = view.rows().get(0);
        assertThat(row.kind()).isEqualTo(RowKind.RENAMED);
        assertThat(row.copySpans()).containsExactly(4, 8, RENAME, 15, 16, RENAME, 27, 28, RENAME);
        assertThat(row.upstreamSpans()).containsExactly(4, 10, RENAME, 17, 18, RENAME, 29, 30, RENAME);
    }

    @Test
    void anIdentifierChangedWithoutARenameIsAnEdit() {
        SideBySide view = SideBySide.of(List.of("return total + 1;"), List.of("return sum + 1;"), Map.of());

        Row row = view.rows().get(0);
        assertThat(row.kind()).isEqualTo(RowKind.CHANGED);
        assertThat(row.copySpans()).containsExactly(7, 12, EDIT);
        assertThat(row.upstreamSpans()).containsExactly(7, 10, EDIT);
    }

    @Test
    void neighbouringEditsJoinAcrossBlanks() {
        SideBySide view = SideBySide.of(List.of("a = b + c;"), List.of("a = f ( g );"), Map.of());

        Row row = view.rows().get(0);
        assertThat(row.copySpans()).containsExactly(4, 9, EDIT);
        assertThat(row.upstreamSpans()).containsExactly(4, 11, EDIT);
    }

    @Test
    void reindentedLinesAreTheSame() {
        SideBySide view = SideBySide.of(List.of("if (a) {", "  b();", "}"), List.of("if (a) {", "\t\tb();", "}"),
                Map.of());

        assertThat(view.rows()).containsExactly(Row.lines(RowKind.SAME, 3));
    }

    @Test
    void insertedAndDeletedLinesStandAlone() {
        SideBySide view = SideBySide.of(List.of("a();", "new1();", "new2();", "b();"), List.of("a();", "b();", "c();"),
                Map.of());

        assertThat(kinds(view)).containsExactly(RowKind.SAME, RowKind.COPY_ONLY, RowKind.SAME,
                RowKind.UPSTREAM_ONLY);
        assertThat(view.rows().get(1).count()).isEqualTo(2);
        assertCoversEveryLine(view);
    }

    @Test
    void oneEmptySideShowsTheOtherAlone() {
        SideBySide view = SideBySide.of(List.of(), List.of("a();", "b();"), Map.of());

        assertThat(view.rows()).containsExactly(Row.lines(RowKind.UPSTREAM_ONLY, 2));
        assertThat(SideBySide.of(List.of(), List.of(), Map.of()).rows()).isEmpty();
    }

    @Test
    void textsWithNothingInCommonArePairedByPositionAndSaySo() {
        List<String> copy = new ArrayList<>();
        List<String> upstream = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            copy.add("copy" + i + "();");
            upstream.add("upstream" + i + "();");
        }
        upstream.add("extra();");

        SideBySide view = SideBySide.of(copy, upstream, Map.of());

        assertThat(view.aligned()).isFalse();
        assertThat(view.rows()).hasSize(701);
        assertThat(view.rows().get(0).kind()).isEqualTo(RowKind.CHANGED);
        assertThat(view.rows().get(700)).isEqualTo(Row.lines(RowKind.UPSTREAM_ONLY, 1));
        assertCoversEveryLine(view);
    }

    @Test
    void longLinesAndLongSnippetsAreCapped() {
        String longLine = "x".repeat(SideBySide.MAX_LINE_CHARS + 500);
        List<String> many = new ArrayList<>(Collections.nCopies(SideBySide.MAX_LINES + 10, "f();"));
        many.set(0, longLine);

        SideBySide view = SideBySide.of(many, List.of("f();"), Map.of());

        assertThat(view.copy()).hasSize(SideBySide.MAX_LINES);
        assertThat(view.copyCut()).isEqualTo(10);
        assertThat(view.upstreamCut()).isZero();
        assertThat(view.copy().get(0)).hasSize(SideBySide.MAX_LINE_CHARS + 2).endsWith(" …");
        assertCoversEveryLine(view);
    }

    @Test
    void aLineWithTooManyTokensIsChangedAsAWhole() {
        String copy = "  " + "a ".repeat(SideBySide.MAX_TOKENS + 10) + "b";
        String upstream = "  " + "a ".repeat(SideBySide.MAX_TOKENS + 10) + "c";

        SideBySide view = SideBySide.of(List.of(copy), List.of(upstream), Map.of());

        assertThat(view.rows().get(0).kind()).isEqualTo(RowKind.CHANGED);
        assertThat(view.rows().get(0).copySpans()).containsExactly(2, copy.length(), EDIT);
    }

    private static void assertCoversEveryLine(SideBySide view) {
        int copy = 0;
        int upstream = 0;
        for (Row row : view.rows()) {
            switch (row.kind()) {
                case SAME, RENAMED, CHANGED -> {
                    copy += row.count();
                    upstream += row.count();
                }
                case COPY_ONLY -> copy += row.count();
                case UPSTREAM_ONLY -> upstream += row.count();
            }
        }
        assertThat(copy).isEqualTo(view.copy().size());
        assertThat(upstream).isEqualTo(view.upstream().size());
    }
}
