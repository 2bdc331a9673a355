package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the obligations table rests on a clause of its license, found in the bundled license text. */
class LicenseObligationsClauseTest {
    private static final LicenseObligations TABLE = LicenseObligations.standard();

    static Stream<Arguments> quotedDuties() {
        return TABLE.entries().stream()
                .filter(e -> !e.id().startsWith("LicenseRef-"))
                .flatMap(e -> e.rows().stream().map(r -> Arguments.of(e.id(), r.duty(), r.clause())));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("quotedDuties")
    void everyDutyOfAListedLicenseQuotesItsLicenseText(String id, Duty duty, LicenseClause clause) {
        assertThat(clause.verbatim()).isTrue();
        assertThat(clause.license()).isEqualTo(id);
        assertThat(clause.text().split("\\s+")).as("a short phrase, enough to find the clause")
                .hasSizeLessThanOrEqualTo(14);
        assertThat(LicenseClauseTexts.contains(id, clause.text()))
                .as("the %s text bundled with spdx-java-library contains \"%s\"", id, clause.text())
                .isTrue();
    }

    static Stream<Arguments> modelLicenses() {
        return TABLE.entries().stream()
                .filter(e -> e.id().startsWith("LicenseRef-"))
                .map(e -> Arguments.of(e.id(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelLicenses")
    void everyLicenseRefEntryNamesTheDocumentItsDutiesComeFrom(String id, LicenseObligations.Entry entry) {
        assertThat(TABLE.source(id)).hasValueSatisfying(s -> assertThat(s).hasSizeGreaterThan(40));
        assertThat(entry.name()).isPresent();
        assertThat(entry.rows()).allSatisfy(r -> {
            assertThat(r.clause().verbatim()).as("nothing to quote from").isFalse();
            assertThat(r.clause().section()).as("the section of the source document").isNotEmpty();
        });
        assertThat(entry.rows()).extracting(LicenseObligations.Row::duty)
                .as("conservative: the license text travels with the copy").contains(Duty.LICENSE_TEXT);
    }

    static Stream<Arguments> exceptions() {
        return TABLE.exceptionEntries().stream().map(e -> Arguments.of(e.id(), e.clause()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("exceptions")
    void everyExceptionQuotesItsExceptionText(String id, LicenseClause clause) {
        assertThat(LicenseClauseTexts.contains(id, clause.text()))
                .as("the %s text bundled with spdx-java-library contains \"%s\"", id, clause.text())
                .isTrue();
    }

    @Test
    void theTableCoversEveryLicenseTheAttributionStageMeets() {
        assertThat(TABLE.licenseIds()).contains(
                "MIT", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "ISC", "Zlib", "BSL-1.0", "PSF-2.0", "MPL-2.0",
                "EPL-2.0", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
                "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "AGPL-3.0-only",
                "AGPL-3.0-or-later", "CC0-1.0", "Unlicense", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
                "OpenMDW-1.0", "LicenseRef-OpenRAIL-M", "LicenseRef-CreativeML-OpenRAIL-M",
                "LicenseRef-BigScience-OpenRAIL-M", "LicenseRef-Llama-2-Community", "LicenseRef-Llama-3-Community",
                "LicenseRef-Llama-3.1-Community", "LicenseRef-Qwen-Research", "LicenseRef-Qwen-Commercial");
    }

    @Test
    void aPhraseThatIsNotInTheLicenseIsNotFound() {
        assertThat(LicenseClauseTexts.contains("MIT", "Redistributions of source code must retain")).isFalse();
        assertThat(LicenseClauseTexts.contains("BSD-3-Clause", "Redistributions  of SOURCE code\nmust retain"))
                .isTrue();
    }

    @Test
    void noModelLicenseOfTheTableIsOnTheSpdxList() {
        LicenseCatalog catalog = LicenseCatalog.bundled();
        List<String> refs = TABLE.licenseIds().stream().filter(id -> id.startsWith("LicenseRef-")).toList();
        assertThat(refs).allSatisfy(id -> assertThat(catalog.isListed(id.substring("LicenseRef-".length())))
                .as("%s would be quoted from the SPDX list if it were on it", id).isFalse());
    }
}
