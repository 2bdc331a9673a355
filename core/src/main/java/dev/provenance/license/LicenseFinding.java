package dev.provenance.license;

import dev.provenance.text.LineRange;
import java.util.Objects;

/**
 * A license stated in one file.
 *
 * @param expression the SPDX license expression ({@code Apache-2.0}, {@code MIT OR Apache-2.0}); when the
 *                   statement names no license on the SPDX list, the name as written
 * @param source     what kind of statement it was
 * @param lines      the lines it covers in the file; {@code null} where it applies to the file from elsewhere
 *                   (a REUSE annotation)
 * @param known      whether every license in the expression is on the SPDX list (or a {@code LicenseRef-})
 * @param declaredAs the text as written in the file ("The Apache Software License, Version 2.0")
 */
public record LicenseFinding(String expression, LicenseSource source, LineRange lines, boolean known,
                             String declaredAs) {
    public LicenseFinding {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(declaredAs, "declaredAs");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("blank license expression");
        }
    }
}
