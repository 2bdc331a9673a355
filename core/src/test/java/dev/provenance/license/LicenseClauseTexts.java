package dev.provenance.license;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The license and exception texts of spdx-java-library's bundled list (offline), normalised for phrase look-ups:
 * lower case, typographic quotes and apostrophes made plain, every run of whitespace one space.
 */
final class LicenseClauseTexts {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private LicenseClauseTexts() {
    }

    /** The normalised text of listed license or exception {@code id}; fails when the bundled list has neither. */
    static String text(String id) {
        return TEXTS.computeIfAbsent(id, LicenseClauseTexts::load);
    }

    /** Whether {@code phrase} stands in the text of {@code id}, whitespace, case and quote styles aside. */
    static boolean contains(String id, String phrase) {
        return text(id).contains(normalise(phrase));
    }

    static String normalise(String text) {
        String plain = text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return String.join(" ", plain.strip().split("\\s+"));
    }

    private static String load(String id) {
        LicenseCatalog catalog = LicenseCatalog.bundled();
        String text = catalog.isListed(id) ? catalog.text(id).orElseThrow()
                : SpdxLibrary.exceptionText(catalog.canonicalExceptionId(id)
                        .orElseThrow(() -> new AssertionError(id + " is neither a listed license nor an exception")))
                        .orElseThrow();
        return normalise(text);
    }
}
