package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistake in a table fails its loading with the file, the path of the value and what is wrong. */
class LicenseObligationsTableFileTest {
    private final LicenseCatalog catalog = LicenseCatalog.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tables/obligations-quote-missing.yaml      | licenses[0].duties[0]: a duty of a listed license needs
            tables/obligations-ref-without-source.yaml | licenses[0]: a LicenseRef- entry needs a source statement
            tables/obligations-unknown-id.yaml        | licenses[0].ids[0]: mit is not a canonical id
            tables/obligations-waiver-with-duties.yaml | CC0-1.0 has NO_ATTRIBUTION beside other duties
            """)
    void aMalformedObligationsTableNamesThePlace(String resource, String message) {
        assertThatThrownBy(() -> LicenseObligations.load(resource, catalog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(resource + ": ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tables/compatibility-unknown-selector.yaml      | rules[0].inbound: 'permisive' is neither
            tables/compatibility-duplicate-rule.yaml        | rules[1]: a second rule for permissive -> *
            tables/compatibility-listed-without-clause.yaml | rules[0]: a rule for any inbound license needs
            """)
    void aMalformedCompatibilityTableNamesThePlace(String resource, String message) {
        assertThatThrownBy(() -> LicenseCompatibility.load(resource, catalog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(resource + ": ")
                .hasMessageContaining(message);
    }
}
