package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.license.LicenseCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentLicensesTest {
    private final DocumentLicenses licenses = new DocumentLicenses(LicenseCatalog.bundled());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Apache-2.0                          | Apache-2.0",
            "apache-2.0                          | Apache-2.0",
            "MIT OR Apache-2.0                   | Apache-2.0 OR MIT",
            "GPL-2.0                             | GPL-2.0-only",
            "Apache-2.0 AND LicenseRef-Qwen      | Apache-2.0 AND LicenseRef-Qwen",
            "(mit or LicenseRef-Foo) and Zlib    | (LicenseRef-Foo OR MIT) AND Zlib",
            "NOASSERTION                         | NOASSERTION",
            "none                                | NONE",
    })
    void expressionsOverListedLicensesAndLicenseRefsStayExpressions(String statement, String expected) {
        assertThat(licenses.expression(statement, statement, "LICENSE")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "llama3                       | LicenseRef-llama3",
            "Acme Proprietary License     | LicenseRef-Acme-Proprietary-License",
            "MIT AND                      | LicenseRef-MIT-AND",
            "LicenseRef-ok AND not_listed | LicenseRef-LicenseRef-ok-AND-not-listed",
    })
    void namesOffTheListBecomeLicenseRefs(String statement, String expected) {
        assertThat(licenses.expression(statement, statement, "README.md")).isEqualTo(expected);
    }

    @Test
    void emptyStatementIsNoAssertion() {
        assertThat(licenses.expression("", "", "acme@1")).isEqualTo("NOASSERTION");
        assertThat(licenses.extracted()).isEmpty();
    }

    @Test
    void everyLicenseRefComesBackWithItsTextAndPlaces() {
        licenses.expression("llama3", "license: llama3", "README.md");
        licenses.expression("llama3", "llama3", "config.json");
        licenses.expression("Apache-2.0 AND LicenseRef-Qwen", "Apache-2.0 AND LicenseRef-Qwen", "qwen@2");
        licenses.expression("MIT", "MIT", "LICENSE");

        List<DocumentLicenses.Extracted> extracted = licenses.extracted();

        assertThat(extracted).extracting(DocumentLicenses.Extracted::id)
                .containsExactly("LicenseRef-Qwen", "LicenseRef-llama3");
        DocumentLicenses.Extracted llama = extracted.get(1);
        assertThat(llama.name()).isEqualTo("llama3");
        assertThat(llama.text()).isEqualTo("license: llama3");
        assertThat(llama.places()).containsExactly("README.md", "config.json");
        assertThat(extracted.get(0).text()).contains("LicenseRef-Qwen", "qwen@2");
    }

    @Test
    void namesThatReduceAlikeGetDistinctLicenseRefs() {
        String first = licenses.expression("Acme License", "Acme License", "a");
        String second = licenses.expression("Acme_License", "Acme_License", "b");

        assertThat(first).isEqualTo("LicenseRef-Acme-License");
        assertThat(second).startsWith("LicenseRef-Acme-License-").isNotEqualTo(first);
        assertThat(licenses.extracted()).hasSize(2);
    }
}
