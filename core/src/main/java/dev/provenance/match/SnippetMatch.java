package dev.provenance.match;

import dev.provenance.text.LineRange;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A run of lines in a scanned file that came from a known upstream file.
 *
 * @param path       the scanned file, relative to the root
 * @param lines      the copying lines in it
 * @param origin     the upstream file and lines
 * @param similarity share of the snippet's raw tokens that equal the upstream's after the rename map, 0..1
 * @param cloneType  exact, renamed or edited
 * @param tokens     seed tokens in the snippet
 * @param wholeFile  the scanned file is a copy of the whole upstream file
 * @param renames    identifier renames (upstream → copy) that hold over the snippet; empty unless RENAMED/EDITED
 */
public record SnippetMatch(String path, LineRange lines, Origin origin, double similarity, CloneType cloneType,
                           int tokens, boolean wholeFile, SortedMap<String, String> renames)
        implements Comparable<SnippetMatch> {
    private static final Comparator<SnippetMatch> ORDER = Comparator.comparing(SnippetMatch::path)
            .thenComparingInt(s -> s.lines().first())
            .thenComparingInt(s -> s.lines().last())
            .thenComparing(s -> s.origin().coordinates())
            .thenComparing(s -> s.origin().path())
            .thenComparingInt(s -> s.origin().lines().first());

    public SnippetMatch {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(cloneType, "cloneType");
        if (similarity < 0 || similarity > 1 || Double.isNaN(similarity)) {
            throw new IllegalArgumentException("similarity outside 0..1: " + similarity);
        }
        if (tokens < 1) {
            throw new IllegalArgumentException("a snippet has tokens: " + tokens);
        }
        renames = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(renames));
    }

    /** A snippet without renames. */
    public static SnippetMatch of(String path, LineRange lines, Origin origin, double similarity, CloneType type,
                                  int tokens, boolean wholeFile) {
        return new SnippetMatch(path, lines, origin, similarity, type, tokens, wholeFile, new TreeMap<>());
    }

    /** The renames as an ordinary map. */
    public Map<String, String> renameMap() {
        return renames;
    }

    @Override
    public int compareTo(SnippetMatch o) {
        return ORDER.compare(this, o);
    }
}
