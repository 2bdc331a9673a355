package dev.provenance.license;

import dev.provenance.text.LineRange;
import java.util.Objects;

/**
 * A repository-level license declaration: what one top-level file (LICENSE, pom.xml, the model card …) says the
 * repository is licensed under.
 *
 * @param expression the SPDX expression, or the name as written when it matches nothing
 * @param source     path of the declaring file relative to the root
 * @param kind       what kind of statement it was
 * @param lines      where in the declaring file it stands; {@code null} when unknown
 * @param known      whether every license in it is on the SPDX list
 */
public record Declaration(String expression, String source, LicenseSource kind, LineRange lines, boolean known) {
    public Declaration {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code source:line}, or the source alone. */
    public String location() {
        return lines == null ? source : source + ":" + lines.first();
    }
}
