package dev.provenance.inventory;

import java.util.Objects;

/**
 * A path the walker left out, and why.
 *
 * @param path   path relative to the scanned root, {@code /}-separated; a directory ends with {@code /}
 * @param reason e.g. {@code .gitignore:3: build/}, {@code provenance.excludes: **}{@code /generated/**},
 *               {@code version control metadata}
 */
public record Exclusion(String path, String reason) {
    public Exclusion {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
