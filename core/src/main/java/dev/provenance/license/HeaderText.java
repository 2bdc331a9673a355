package dev.provenance.license;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.Arrays;
import java.util.List;

/**
 * The prose of a file header: comment markers stripped ({@code //}, {@code ///}, {@code #}, {@code *},
 * {@code /*}, <code>*&#47;</code>, {@code --}, {@code ;}, {@code """}, {@code '''}, {@code <!--}, {@code %}),
 * lines joined by one space, lower case, every run of characters other than letters and digits made one space
 * (a {@code .} between digits and a {@code +} kept), "licence" spelled "license" — so a notice wrapped over lines
 * and comment styles reads as one sentence. Each character remembers its line. Linear in the header: the lines are
 * read in place (no copy per line), ASCII through a lookup table.
 */
final class HeaderText {
    static final int MAX_LINE = 2_000;
    private static final List<String> LEADING = List.of("/**", "/*!", "/*", "*/", "///", "//!", "//", "#", "*",
            "--", ";;", ";", "\"\"\"", "'''", "<!--", "%", "{-", "-}", "'");
    private static final List<String> TRAILING = List.of("*/", "-->", "\"\"\"", "'''", "-}", "*", "#", "//");
    /** First characters of the markers: a line starting with none of them has no leading marker. */
    private static final String LEADING_FIRST = "/*#-;\"'<%{";

    /** For ASCII: the lower-case letter or digit a character is kept as, or 0 when it is a separator. */
    private static final char[] ASCII_KEEP = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_KEEP[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_KEEP[c] = c;
            ASCII_KEEP[c - 'a' + 'A'] = c;
        }
    }

    private final String text;
    private final int[] lines;

    private HeaderText(String text, int[] lines) {
        this.text = text;
        this.lines = lines;
    }

    static HeaderText of(TextFile file, LineRange header) {
        String source = file.text();
        int last = Math.min(header.last(), file.lineCount());
        int capacity = 256;
        char[] out = new char[capacity];
        int[] lineOf = new int[capacity];
        int length = 0;
        for (int line = header.first(); line <= last; line++) {
            int start = file.lineStart(line);
            int end = line < file.lineCount() ? file.lineStart(line + 1) : source.length();
            end = Math.min(end, start + MAX_LINE);
            if (line == 1 && source.startsWith("#!", start)) {
                continue;
            }
            long bounds = strippedBounds(source, start, end);
            int from = (int) (bounds >>> 32);
            int to = (int) bounds;
            if (length + (to - from) + 1 > capacity) {
                capacity = Math.max(capacity * 2, length + (to - from) + 1);
                out = Arrays.copyOf(out, capacity);
                lineOf = Arrays.copyOf(lineOf, capacity);
            }
            boolean space = length == 0 || out[length - 1] == ' ';
            for (int i = from; i < to; i++) {
                char c = source.charAt(i);
                char keep;
                if (c < 128) {
                    keep = ASCII_KEEP[c];
                    if (keep == 0) {
                        keep = c == '+' || (c == '.' && i > from && i + 1 < to && isDigit(source.charAt(i - 1))
                                && isDigit(source.charAt(i + 1))) ? c : ' ';
                    }
                } else {
                    keep = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
                }
                if (keep == ' ' && space) {
                    continue;
                }
                space = keep == ' ';
                lineOf[length] = line;
                out[length++] = keep;
                if (keep == 'e' && length >= 7 && out[length - 2] == 'c' && out[length - 3] == 'n'
                        && out[length - 4] == 'e' && out[length - 5] == 'c' && out[length - 6] == 'i'
                        && out[length - 7] == 'l') {
                    out[length - 2] = 's'; // "licence" is spelled "license"
                }
            }
            if (!space) {
                lineOf[length] = line;
                out[length++] = ' ';
            }
        }
        String joined = new String(out, 0, length);
        return new HeaderText(joined, Arrays.copyOf(lineOf, Math.max(1, joined.length())));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code line} without leading and trailing comment markers and whitespace. */
    static String stripMarkers(String line) {
        long bounds = strippedBounds(line, 0, line.length());
        return line.substring((int) (bounds >>> 32), (int) bounds);
    }

    /**
     * The bounds of {@code text[from, to)} without line terminators, leading and trailing comment markers and
     * whitespace, packed as {@code start << 32 | end}.
     */
    private static long strippedBounds(String text, int from, int to) {
        int s = from;
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        for (int round = 0; round < 3 && s < e && LEADING_FIRST.indexOf(text.charAt(s)) >= 0; round++) {
            boolean changed = false;
            for (String marker : LEADING) {
                if (e - s >= marker.length() && text.startsWith(marker, s)) {
                    s += marker.length();
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int round = 0; round < 3 && e > s; round++) {
            boolean changed = false;
            for (String marker : TRAILING) {
                if (e - s >= marker.length() && text.startsWith(marker, e - marker.length())) {
                    e -= marker.length();
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                break;
            }
        }
        return ((long) s << 32) | e;
    }

    String text() {
        return text;
    }

    /** The lines of normalised characters {@code [start, end)}. */
    LineRange lines(int start, int end) {
        int first = lines[Math.min(start, lines.length - 1)];
        int last = lines[Math.min(Math.max(start, end - 1), lines.length - 1)];
        return new LineRange(first, Math.max(first, last));
    }
}
