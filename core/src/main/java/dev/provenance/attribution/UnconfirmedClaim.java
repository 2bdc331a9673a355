package dev.provenance.attribution;

import java.util.Comparator;
import java.util.Objects;

/**
 * A "Copied from"-style marker naming an indexed component that the marked code does not match: the file claims an
 * origin the knowledge base cannot confirm (the code came from elsewhere, or was rewritten beyond recognition).
 *
 * @param path      the file, relative to the scanned root
 * @param marker    the marker
 * @param component the name of the indexed component it names
 */
public record UnconfirmedClaim(String path, Marker marker, String component) implements Comparable<UnconfirmedClaim> {
    private static final Comparator<UnconfirmedClaim> ORDER = Comparator.comparing(UnconfirmedClaim::path)
            .thenComparing(UnconfirmedClaim::marker)
            .thenComparing(UnconfirmedClaim::component);

    public UnconfirmedClaim {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(component, "component");
    }

    @Override
    public int compareTo(UnconfirmedClaim o) {
        return ORDER.compare(this, o);
    }
}
