package dev.provenance.match;

import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;

/**
 * Where a snippet came from: a file of an indexed component, and the lines in it.
 *
 * @param component the component's name
 * @param version   its version
 * @param purl      its package URL, or empty
 * @param path      the upstream file, relative to the component's root
 * @param lines     the upstream lines the snippet matches
 * @param license   the component's license expression, or empty when unknown
 * @param holders   the component's copyright holders
 */
public record Origin(String component, String version, String purl, String path, LineRange lines, String license,
                     List<String> holders) {
    public Origin {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(purl, "purl");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(license, "license");
        holders = List.copyOf(holders);
    }

    /** {@code component@version}. */
    public String coordinates() {
        return component + "@" + version;
    }
}
