package dev.provenance.notice;

/**
 * Removes comment and list markup around one line of text: {@code //}, {@code #}, {@code *}, {@code /*},
 * {@code *}{@code /}, {@code --}, {@code ;}, {@code %}, {@code !}, triple quotes, {@code <!-- -->}, {@code (* *)},
 * {@code {- -}}, {@code REM}, {@code dnl}, Markdown bullets and quote marks. One forward and one backward pass, so
 * the work is linear in the line length.
 */
final class CommentMarkers {
    private CommentMarkers() {
    }

    /** The line without leading and trailing comment markers and whitespace. */
    static String strip(String line) {
        int start = 0;
        int end = line.length();
        boolean progress = true;
        while (progress && start < end) {
            progress = false;
            char c = line.charAt(start);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                start++;
                progress = true;
            } else if (c == '/' || c == '*' || c == '#' || c == ';' || c == '!' || c == '%' || c == '>'
                    || c == '|') {
                start++;
                progress = true;
            } else if (c == '-' && start + 1 < end && (line.charAt(start + 1) == '-'
                    || Character.isWhitespace(line.charAt(start + 1)) || line.charAt(start + 1) == '}')) {
                start += 2;
                progress = true;
            } else if (c == '+' && start + 1 < end && line.charAt(start + 1) == ' ') {
                start += 2;
                progress = true;
            } else if (line.startsWith("<!--", start) || line.startsWith("\"\"\"", start)
                    || line.startsWith("'''", start)) {
                start += line.startsWith("<!--", start) ? 4 : 3;
                progress = true;
            } else if (line.startsWith("(*", start) || line.startsWith("{-", start) || line.startsWith("::", start)) {
                start += 2;
                progress = true;
            } else if ((c == '"' || c == '\'') && start + 1 < end && line.charAt(start + 1) == ' ') {
                start += 2; // Vim script and Visual Basic comments
                progress = true;
            } else if (line.regionMatches(true, start, "rem ", 0, 4) || line.regionMatches(start, "dnl ", 0, 4)) {
                start += 4;
                progress = true;
            }
        }
        progress = true;
        while (progress && end > start) {
            progress = false;
            char c = line.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                end--;
                progress = true;
            } else if (endsWith(line, start, end, "*/") || endsWith(line, start, end, "*)")
                    || endsWith(line, start, end, "-}")) {
                end -= 2;
                progress = true;
            } else if (endsWith(line, start, end, "-->") || endsWith(line, start, end, "\"\"\"")
                    || endsWith(line, start, end, "'''")) {
                end -= 3;
                progress = true;
            } else if ((c == '*' || c == '#' || c == '|') && (end - 1 == start
                    || Character.isWhitespace(line.charAt(end - 2)) || line.charAt(end - 2) == c)) {
                end--; // the right edge of a comment box
                progress = true;
            }
        }
        return line.substring(start, end);
    }

    private static boolean endsWith(String line, int start, int end, String suffix) {
        return end - start >= suffix.length() && line.startsWith(suffix, end - suffix.length());
    }
}
