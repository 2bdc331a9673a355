package dev.provenance.scan;

import java.util.Objects;

/**
 * One of the repository's own copyright holders, and what made the scanner decide so.
 *
 * @param name   the holder
 * @param source e.g. {@code LICENSE:3}, {@code pom.xml organization}, {@code provenance.ownHolders},
 *               {@code dominant header holder (41 of 57 files)}
 */
public record OwnHolder(String name, String source) {
    public OwnHolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
