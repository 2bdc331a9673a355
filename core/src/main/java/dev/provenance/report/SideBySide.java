package dev.provenance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The copying lines aligned with the upstream lines for a side-by-side view: a line diff over the lines' tokens
 * (blanks ignored, upstream identifiers mapped through the snippet's rename map, so a consistently renamed line
 * aligns with its original), and within each changed or renamed pair the tokens that differ.
 *
 * <p>Bounded: each side keeps at most {@link #MAX_LINES} lines and each line at most {@link #MAX_LINE_CHARS}
 * characters; the line diff gives up past {@link #MAX_LINE_EDITS} edits and then pairs the lines by position (the
 * view says so), the token diff of one pair past {@link #MAX_TOKEN_EDITS} edits marks both lines changed as a whole.
 *
 * @param copy      the copying lines as shown (capped)
 * @param upstream  the upstream lines as shown (capped)
 * @param rows      the rows of the view, in order; together they cover every shown line of both sides once
 * @param aligned   whether the rows come from the line diff ({@code false}: paired by position, the texts having
 *                  too little in common)
 * @param copyCut   copying lines left out past {@link #MAX_LINES}
 * @param upstreamCut upstream lines left out past {@link #MAX_LINES}
 */
record SideBySide(List<String> copy, List<String> upstream, List<Row> rows, boolean aligned, int copyCut,
                  int upstreamCut) {
    static final int MAX_LINES = 3_000;
    static final int MAX_LINE_CHARS = 2_000;
    static final int MAX_LINE_EDITS = 1_000;
    static final int MAX_TOKENS = 500;
    static final int MAX_TOKEN_EDITS = 200;

    /** What a row of the view shows. */
    enum RowKind {
        /** {@code count} lines equal on both sides (blanks aside). */
        SAME,
        /** One line on each side, equal but for identifiers renamed as the rename map says. */
        RENAMED,
        /** One line on each side, edited. */
        CHANGED,
        /** {@code count} lines only in the copy. */
        COPY_ONLY,
        /** {@code count} lines only upstream. */
        UPSTREAM_ONLY
    }

    /** A kind of highlighted character span in a line. */
    enum SpanKind {
        /** Text that is not on the other side. */
        EDIT,
        /** An identifier renamed from (or to) the one on the other side. */
        RENAME
    }

    /**
     * A row of the view.
     *
     * @param kind          what it shows
     * @param count         lines it covers on each side it shows (1 for {@code RENAMED} and {@code CHANGED})
     * @param copySpans     highlighted spans in the copying line, as {@code [start, end, kind ordinal]} triples
     * @param upstreamSpans the same for the upstream line
     */
    record Row(RowKind kind, int count, List<Integer> copySpans, List<Integer> upstreamSpans) {
        Row {
            if (count < 1) {
                throw new IllegalArgumentException("a row covers lines: " + count);
            }
            copySpans = List.copyOf(copySpans);
            upstreamSpans = List.copyOf(upstreamSpans);
        }

        static Row lines(RowKind kind, int count) {
            return new Row(kind, count, List.of(), List.of());
        }
    }

    SideBySide {
        copy = List.copyOf(copy);
        upstream = List.copyOf(upstream);
        rows = List.copyOf(rows);
    }

    /**
     * Aligns {@code copy} with {@code upstream}; {@code renames} maps upstream identifiers to the copy's names.
     */
    static SideBySide of(List<String> copy, List<String> upstream, Map<String, String> renames) {
        List<String> shownCopy = shown(copy);
        List<String> shownUpstream = shown(upstream);
        List<LineTokens> copyTokens = shownCopy.stream().map(l -> LineTokens.of(l, MAX_TOKENS)).toList();
        List<LineTokens> upstreamTokens = shownUpstream.stream().map(l -> LineTokens.of(l, MAX_TOKENS)).toList();
        Map<String, Integer> symbols = new HashMap<>();
        int[] copyKeys = keys(copyTokens, Map.of(), symbols);
        int[] upstreamKeys = keys(upstreamTokens, renames, symbols);
        byte[] ops = SequenceDiff.diff(copyKeys, upstreamKeys, MAX_LINE_EDITS);
        boolean aligned = ops != null;
        if (!aligned) {
            ops = byPosition(copyKeys.length, upstreamKeys.length);
        }
        List<Row> rows = new Rows(copyTokens, upstreamTokens, renames).build(ops);
        return new SideBySide(shownCopy, shownUpstream, rows, aligned, copy.size() - shownCopy.size(),
                upstream.size() - shownUpstream.size());
    }

    private static List<String> shown(List<String> lines) {
        List<String> shown = new ArrayList<>(Math.min(lines.size(), MAX_LINES));
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
            shown.add(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + " …" : line);
        }
        return shown;
    }

    /** One symbol per line: its tokens (renamed where the map says), blanks ignored. */
    private static int[] keys(List<LineTokens> lines, Map<String, String> renames, Map<String, Integer> symbols) {
        int[] keys = new int[lines.size()];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            LineTokens tokens = lines.get(i);
            key.setLength(0);
            for (int t = 0; t < tokens.size(); t++) {
                if (!renames.isEmpty() && tokens.isIdentifier(t)) {
                    String token = tokens.token(t);
                    key.append(renames.getOrDefault(token, token));
                } else {
                    key.append(tokens.line(), tokens.starts()[t], tokens.ends()[t]);
                }
                key.append('\u0000');
            }
            if (tokens.truncated()) {
                key.append(tokens.line());
            }
            keys[i] = symbols.computeIfAbsent(key.toString(), k -> symbols.size());
        }
        return keys;
    }

    /** Lines paired by position: the common length as changes, the longer side's rest on its own. */
    private static byte[] byPosition(int copyLines, int upstreamLines) {
        // one hunk: every copying line, then every upstream line; the hunk pairs them in order
        byte[] ops = new byte[copyLines + upstreamLines];
        Arrays.fill(ops, 0, copyLines, SequenceDiff.FIRST_ONLY);
        Arrays.fill(ops, copyLines, ops.length, SequenceDiff.SECOND_ONLY);
        return ops;
    }

    /** Turns a line edit script into rows: equal runs merged, each hunk's lines paired in order. */
    private static final class Rows {
        private final List<LineTokens> copy;
        private final List<LineTokens> upstream;
        private final Map<String, String> renames;
        private final List<Row> rows = new ArrayList<>();
        private int copyIndex;
        private int upstreamIndex;
        private int same;

        Rows(List<LineTokens> copy, List<LineTokens> upstream, Map<String, String> renames) {
            this.copy = copy;
            this.upstream = upstream;
            this.renames = renames;
        }

        List<Row> build(byte[] ops) {
            int i = 0;
            while (i < ops.length) {
                if (ops[i] == SequenceDiff.SAME) {
                    equalPair();
                    i++;
                    continue;
                }
                int copyOnly = 0;
                int upstreamOnly = 0;
                while (i < ops.length && ops[i] != SequenceDiff.SAME) {
                    if (ops[i] == SequenceDiff.FIRST_ONLY) {
                        copyOnly++;
                    } else {
                        upstreamOnly++;
                    }
                    i++;
                }
                hunk(copyOnly, upstreamOnly);
            }
            flushSame();
            return rows;
        }

        private void equalPair() {
            LineTokens c = copy.get(copyIndex++);
            LineTokens u = upstream.get(upstreamIndex++);
            if (sameTokens(c, u)) {
                same++;
                return;
            }
            flushSame();
            rows.add(compare(c, u));
        }

        private void hunk(int copyOnly, int upstreamOnly) {
            flushSame();
            int pairs = Math.min(copyOnly, upstreamOnly);
            for (int p = 0; p < pairs; p++) {
                rows.add(compare(copy.get(copyIndex++), upstream.get(upstreamIndex++)));
            }
            if (copyOnly > pairs) {
                rows.add(Row.lines(RowKind.COPY_ONLY, copyOnly - pairs));
                copyIndex += copyOnly - pairs;
            }
            if (upstreamOnly > pairs) {
                rows.add(Row.lines(RowKind.UPSTREAM_ONLY, upstreamOnly - pairs));
                upstreamIndex += upstreamOnly - pairs;
            }
        }

        private void flushSame() {
            if (same > 0) {
                rows.add(Row.lines(RowKind.SAME, same));
                same = 0;
            }
        }

        /** The pair as a renamed or changed row, with the differing tokens marked on both sides. */
        private Row compare(LineTokens c, LineTokens u) {
            Map<String, Integer> symbols = new HashMap<>();
            int[] copyKeys = new int[c.size()];
            for (int t = 0; t < copyKeys.length; t++) {
                copyKeys[t] = symbols.computeIfAbsent(c.token(t), k -> symbols.size());
            }
            int[] upstreamKeys = new int[u.size()];
            for (int t = 0; t < upstreamKeys.length; t++) {
                String token = u.token(t);
                String renamed = u.isIdentifier(t) ? renames.getOrDefault(token, token) : token;
                upstreamKeys[t] = symbols.computeIfAbsent(renamed, k -> symbols.size());
            }
            byte[] ops = c.truncated() || u.truncated() ? null
                    : SequenceDiff.diff(copyKeys, upstreamKeys, MAX_TOKEN_EDITS);
            if (ops == null) {
                return new Row(RowKind.CHANGED, 1, whole(c), whole(u));
            }
            Spans copySpans = new Spans(c.line());
            Spans upstreamSpans = new Spans(u.line());
            boolean edited = false;
            int ci = 0;
            int ui = 0;
            for (byte op : ops) {
                if (op == SequenceDiff.SAME) {
                    if (!c.token(ci).equals(u.token(ui))) {
                        copySpans.add(c.starts()[ci], c.ends()[ci], SpanKind.RENAME);
                        upstreamSpans.add(u.starts()[ui], u.ends()[ui], SpanKind.RENAME);
                    }
                    ci++;
                    ui++;
                } else if (op == SequenceDiff.FIRST_ONLY) {
                    copySpans.add(c.starts()[ci], c.ends()[ci], SpanKind.EDIT);
                    ci++;
                    edited = true;
                } else {
                    upstreamSpans.add(u.starts()[ui], u.ends()[ui], SpanKind.EDIT);
                    ui++;
                    edited = true;
                }
            }
            return new Row(edited ? RowKind.CHANGED : RowKind.RENAMED, 1, copySpans.list(), upstreamSpans.list());
        }

        private static boolean sameTokens(LineTokens c, LineTokens u) {
            if (c.size() != u.size() || c.truncated() || u.truncated()) {
                return c.line().strip().equals(u.line().strip());
            }
            for (int t = 0; t < c.size(); t++) {
                int length = c.ends()[t] - c.starts()[t];
                if (length != u.ends()[t] - u.starts()[t]
                        || !c.line().regionMatches(c.starts()[t], u.line(), u.starts()[t], length)) {
                    return false;
                }
            }
            return true;
        }

        private static List<Integer> whole(LineTokens line) {
            String text = line.line();
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end > start ? List.of(start, end, SpanKind.EDIT.ordinal()) : List.of();
        }
    }

    /** Highlighted spans of one line, neighbouring edits joined across the blanks between them. */
    private static final class Spans {
        private final String line;
        private final List<Integer> triples = new ArrayList<>();

        Spans(String line) {
            this.line = line;
        }

        void add(int start, int end, SpanKind kind) {
            int size = triples.size();
            if (kind == SpanKind.EDIT && size > 0 && triples.get(size - 1) == kind.ordinal()
                    && line.substring(triples.get(size - 2), start).isBlank()) {
                triples.set(size - 2, end);
                return;
            }
            triples.add(start);
            triples.add(end);
            triples.add(kind.ordinal());
        }

        List<Integer> list() {
            return triples;
        }
    }
}
