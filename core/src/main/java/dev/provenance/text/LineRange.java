package dev.provenance.text;

/** Lines {@code first..last} of a file, 1-based and inclusive. */
public record LineRange(int first, int last) {
    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("invalid line range " + first + ".." + last);
        }
    }

    /** A range of one line. */
    public static LineRange of(int line) {
        return new LineRange(line, line);
    }

    public int length() {
        return last - first + 1;
    }

    public boolean contains(int line) {
        return line >= first && line <= last;
    }

    /** The smallest range covering both. */
    public LineRange span(LineRange other) {
        return new LineRange(Math.min(first, other.first), Math.max(last, other.last));
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
