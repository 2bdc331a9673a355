package dev.provenance.license;

import java.util.List;

/**
 * What a build or package manifest declares about licensing.
 *
 * @param licenses the declared licenses, normalised, source {@link LicenseSource#MANIFEST}, lines at the declaring
 *                 line; a pointer to a file ({@code license-file}, {@code {file = "…"}}) is an unknown finding
 *                 {@code SEE LICENSE IN <file>} (npm's convention), resolved by that file's own findings
 * @param parties  authors, organisation, developers, contributors and maintainers, as written
 */
public record ManifestFacts(List<LicenseFinding> licenses, List<String> parties) {
    public ManifestFacts {
        licenses = List.copyOf(licenses);
        parties = List.copyOf(parties);
    }

    static final ManifestFacts EMPTY = new ManifestFacts(List.of(), List.of());
}
