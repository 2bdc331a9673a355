package dev.provenance.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The decoded text of one scanned file, with its path relative to the scanned root ({@code /}-separated) and a
 * line index so that detectors can turn character offsets into 1-based line numbers.
 */
public final class TextFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public TextFile(String path, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.lineStarts = indexLines(text);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        if (text.indexOf('\r') < 0) {
            // The common case: LF line ends only, found with the intrinsic indexOf.
            for (int i = text.indexOf('\n'); i >= 0 && i + 1 < n; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            return Arrays.copyOf(starts, count);
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < n) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Number of lines; an empty file has one (empty) line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding character offset {@code offset}. */
    public int lineOf(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Character offset where 1-based line {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of 1-based line {@code line}, without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The lines covering character offsets {@code [start, end)}. */
    public LineRange linesOf(int start, int end) {
        int first = lineOf(start);
        int last = lineOf(Math.max(start, end - 1));
        return new LineRange(first, Math.max(first, last));
    }

    @Override
    public String toString() {
        return path;
    }
}
