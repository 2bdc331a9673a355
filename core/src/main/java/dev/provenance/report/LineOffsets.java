package dev.provenance.report;

import dev.provenance.text.LineRange;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where each line of a file starts and ends, in bytes, counted while the file streams past: line breaks are
 * {@code \n}, {@code \r\n} and a lone {@code \r}, as everywhere in Provenance, so line numbers agree with the
 * scanner's. Feed the bytes in order with {@link #accept}, then {@link #finish()}.
 */
final class LineOffsets {
    /** A byte range of a file, 1-based and inclusive, as SPDX snippets state them. */
    record ByteRange(long first, long last) {
        ByteRange {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("invalid byte range " + first + ":" + last);
            }
        }
    }

    /** Offset (0-based) of each line's first byte. */
    private long[] starts = new long[256];
    /** Offset (0-based, exclusive) of each line's end, before its terminator. */
    private long[] ends = new long[256];
    private int lines = 1;
    private long position;
    private boolean pendingCr;
    private boolean finished;

    /** Takes the next {@code length} bytes of the file. */
    void accept(byte[] buffer, int offset, int length) {
        if (finished) {
            throw new IllegalStateException("finished");
        }
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') {
                    starts[lines - 1] = starts[lines - 1] + 1;
                    position++;
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                endLine(position, position + 1);
                pendingCr = b == '\r';
            }
            position++;
        }
    }

    /** Ends the file. */
    LineOffsets finish() {
        finished = true;
        ends[lines - 1] = position;
        return this;
    }

    /** Lines in the file; a final terminator opens an empty last line, as in an editor. */
    int lines() {
        return lines;
    }

    /**
     * The bytes of {@code range}: from the first byte of its first line to the last byte of its last line, that
     * line's terminator left out (kept only when the line has nothing else); empty when the file has fewer lines or
     * the range holds no byte.
     */
    Optional<ByteRange> bytes(LineRange range) {
        if (!finished) {
            throw new IllegalStateException("not finished");
        }
        if (range.last() > lines) {
            return Optional.empty();
        }
        long first = starts[range.first() - 1];
        long end = ends[range.last() - 1];
        if (end <= first) {
            end = range.last() < lines ? starts[range.last()] : position;
        }
        return end <= first ? Optional.empty() : Optional.of(new ByteRange(first + 1, end));
    }

    /** A line ended at {@code end} (exclusive); the next starts at {@code next} (moved on by a following LF). */
    private void endLine(long end, long next) {
        if (lines == starts.length) {
            starts = Arrays.copyOf(starts, lines * 2);
            ends = Arrays.copyOf(ends, lines * 2);
        }
        ends[lines - 1] = end;
        starts[lines] = next;
        lines++;
    }
}
