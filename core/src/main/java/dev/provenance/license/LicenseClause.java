package dev.provenance.license;

import java.util.Objects;

/**
 * The clause of a license that justifies an entry of the obligations or compatibility table.
 *
 * @param license  the SPDX id (or {@code LicenseRef-} id) of the license, or of the exception, the clause is in
 * @param section  the clause's number in that license ({@code 4(c)}); empty when the license has no numbering
 * @param text     a short verbatim phrase of the clause when {@code verbatim}; otherwise a paraphrase of the document
 *                 the table names as its source (licenses not on the SPDX list)
 * @param verbatim whether {@code text} is quoted from the license text spdx-java-library bundles (the unit tests
 *                 look every such quote up in it)
 */
public record LicenseClause(String license, String section, String text, boolean verbatim) {
    public LicenseClause {
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        if (license.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a license clause needs a license and a text");
        }
    }

    /** The clause for messages: {@code Apache-2.0 §4(c): "You must retain, ..."}. */
    public String render() {
        String where = section.isEmpty() ? license : license + " §" + section;
        return verbatim ? where + ": \"" + text + "\"" : where + " (paraphrased): " + text;
    }
}
