package dev.provenance.license;

import java.util.List;

/**
 * What a model card's YAML front matter says about licensing and lineage.
 *
 * @param licenses    the {@code license} value(s), normalised, source {@link LicenseSource#MODEL_CARD}
 * @param licenseName {@code license_name} as written, or null
 * @param licenseLink {@code license_link} as written, or null
 * @param baseModels  {@code base_model} value(s) as written
 */
public record ModelCard(List<LicenseFinding> licenses, String licenseName, String licenseLink,
                        List<String> baseModels) {
    public ModelCard {
        licenses = List.copyOf(licenses);
        baseModels = List.copyOf(baseModels);
    }

    static final ModelCard EMPTY = new ModelCard(List.of(), null, null, List.of());
}
