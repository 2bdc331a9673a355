package dev.provenance.license;

import java.util.Objects;

/**
 * A repository-level license declaration: what one top-level file (LICENSE, pom.xml, the model card …) says the
 * repository is licensed under.
 *
 * @param expression the SPDX expression, or the name as written when it matches nothing
 * @param source     path of the declaring file relative to the root
 * @param kind       what kind of statement it was
 * @param known      whether every license in it is on the SPDX list
 */
public record Declaration(String expression, String source, LicenseSource kind, boolean known) {
    public Declaration {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }
}
