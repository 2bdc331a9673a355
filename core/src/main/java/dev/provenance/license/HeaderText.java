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
 * and comment styles reads as one sentence. Each character remembers its line. Linear in the header.
 */
final class HeaderText {
    static final int MAX_LINE = 2_000;
    private static final List<String> LEADING = List.of("/**", "/*!", "/*", "*/", "///", "//!", "//", "#", "*",
            "--", ";;", ";", "\"\"\"", "'''", "<!--", "%", "{-", "-}", "'");
    private static final List<String> TRAILING = List.of("*/", "-->", "\"\"\"", "'''", "-}", "*", "#", "//");

    private final String text;
    private final int[] lines;

    private HeaderText(String text, int[] lines) {
        this.text = text;
        this.lines = lines;
    }

    static HeaderText of(TextFile file, LineRange header) {
        StringBuilder out = new StringBuilder();
        int[] lineOf = new int[256];
        int last = Math.min(header.last(), file.lineCount());
        for (int line = header.first(); line <= last; line++) {
            String raw = file.line(line);
            if (line == 1 && raw.startsWith("#!")) {
                continue;
            }
            String prose = stripMarkers(raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw);
            boolean space = out.length() == 0 || out.charAt(out.length() - 1) == ' ';
            for (int i = 0; i < prose.length(); i++) {
                char c = prose.charAt(i);
                char keep;
                if (Character.isLetterOrDigit(c)) {
                    keep = Character.toLowerCase(c);
                } else if ((c == '.' && i > 0 && i + 1 < prose.length() && Character.isDigit(prose.charAt(i - 1))
                        && Character.isDigit(prose.charAt(i + 1))) || c == '+') {
                    keep = c;
                } else {
                    keep = ' ';
                }
                if (keep == ' ' && space) {
                    continue;
                }
                space = keep == ' ';
                if (out.length() == lineOf.length) {
                    lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
                }
                lineOf[out.length()] = line;
                out.append(keep);
            }
            if (!space) {
                if (out.length() == lineOf.length) {
                    lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
                }
                lineOf[out.length()] = line;
                out.append(' ');
            }
        }
        String joined = out.toString().replace("licence", "license");
        return new HeaderText(joined, Arrays.copyOf(lineOf, Math.max(1, joined.length())));
    }

    /** {@code line} without leading and trailing comment markers and whitespace. */
    static String stripMarkers(String line) {
        String s = line.strip();
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (String marker : LEADING) {
                if (s.startsWith(marker)) {
                    s = s.substring(marker.length()).strip();
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (String marker : TRAILING) {
                if (s.endsWith(marker)) {
                    s = s.substring(0, s.length() - marker.length()).strip();
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                break;
            }
        }
        return s;
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
