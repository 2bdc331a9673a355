package dev.provenance.license;

import dev.provenance.text.LineRange;
import java.util.Objects;

/**
 * A declared license, normalised to an SPDX expression where it can be.
 *
 * @param expression the SPDX expression ({@code Apache-2.0}, {@code MIT OR Apache-2.0}); the declared text, trimmed,
 *                   when it names no license on the SPDX list
 * @param known      whether every license in {@code expression} is on the SPDX list (or a {@code LicenseRef-})
 * @param declaredAs the text as declared
 */
public record NormalizedLicense(String expression, boolean known, String declaredAs) {
    public NormalizedLicense {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(declaredAs, "declaredAs");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("blank license expression");
        }
    }

    /** This license as a finding of {@code source} at {@code lines} (null where it applies from elsewhere). */
    public LicenseFinding toFinding(LicenseSource source, LineRange lines) {
        return new LicenseFinding(expression, source, lines, known, declaredAs);
    }
}
