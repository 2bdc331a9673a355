package dev.provenance.attribution;

import java.util.List;

/**
 * The text of a snippet on both sides, for side-by-side reports: the copying lines and the upstream lines, each line
 * without its terminator. Either side may be empty when its text could not be read (the file changed during the
 * scan, a damaged KB text), never {@code null}.
 *
 * @param copy     the lines of {@code snippet.lines()} in the scanned file
 * @param upstream the lines of {@code snippet.origin().lines()} in the upstream file
 */
public record Excerpt(List<String> copy, List<String> upstream) {
    /** No text on either side. */
    public static final Excerpt NONE = new Excerpt(List.of(), List.of());

    public Excerpt {
        copy = List.copyOf(copy);
        upstream = List.copyOf(upstream);
    }

    /** The sizes, not the text: an excerpt may be thousands of lines. */
    @Override
    public String toString() {
        return "Excerpt[copy=" + copy.size() + " lines, upstream=" + upstream.size() + " lines]";
    }
}
