package dev.provenance.match;

/**
 * Seed tokens aligned between a scanned file and an upstream file: pair {@code i} says seed {@code query(i)} of the
 * scanned file corresponds to seed {@code upstream(i)} of the upstream file, and the two have the same seed symbol.
 * Both columns strictly increase. Immutable.
 */
final class Alignment {
    private final int[] query;
    private final int[] upstream;

    Alignment(int[] query, int[] upstream) {
        if (query.length != upstream.length || query.length == 0) {
            throw new IllegalArgumentException("an alignment has as many query as upstream seeds, at least one");
        }
        this.query = query;
        this.upstream = upstream;
    }

    /** The whole of two seed sequences of equal length, seed for seed. */
    static Alignment identity(int size) {
        int[] seeds = new int[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = i;
        }
        return new Alignment(seeds, seeds);
    }

    int size() {
        return query.length;
    }

    int query(int i) {
        return query[i];
    }

    int upstream(int i) {
        return upstream[i];
    }
}
