package dev.provenance.policy;

import dev.provenance.license.LicenseExpression;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the policy file's {@code licenses.allowed} or {@code licenses.denied}: a license id, optionally with
 * an exception.
 *
 * @param written   as written in the file
 * @param id        the canonical SPDX id, or the text as written when it is not on the list
 * @param exception the canonical exception id, or {@code null}
 * @param known     whether it is on the SPDX list (or a {@code LicenseRef-})
 * @param line      1-based line in the policy file
 * @param column    1-based column in the policy file
 */
record LicenseEntry(String written, String id, String exception, boolean known, int line, int column) {
    LicenseEntry {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(id, "id");
    }

    /** Same license and same exception (or both without one); case ignored. */
    boolean matchesExactly(LicenseExpression.Term term) {
        return id.equalsIgnoreCase(term.license()) && (exception == null ? !term.hasException()
                : exception.equalsIgnoreCase(term.exception()));
    }

    /** An entry without exception matches its license with or without any exception. */
    boolean matchesLicense(LicenseExpression.Term term) {
        return exception == null && id.equalsIgnoreCase(term.license());
    }

    /** The key two entries are the same under: {@code mit}, {@code gpl-2.0-only with classpath-exception-2.0}. */
    String key() {
        return (exception == null ? id : id + " WITH " + exception).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return exception == null ? id : id + " WITH " + exception;
    }
}
