package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the compatibility table rests on a clause of a license, found in the bundled license text. */
class LicenseCompatibilityClauseTest {
    private static final LicenseCompatibility TABLE = LicenseCompatibility.standard();

    static Stream<Arguments> classClauses() {
        return TABLE.licenseEntries().stream()
                .filter(e -> !e.id().startsWith("LicenseRef-"))
                .map(e -> Arguments.of(e.id(), e.licenseClass(), e.clause()));
    }

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @MethodSource("classClauses")
    void everyListedLicenseQuotesTheClauseThatGivesItsClass(String id, String licenseClass, LicenseClause clause) {
        assertThat(clause.verbatim()).isTrue();
        assertThat(clause.text().split("\\s+")).hasSizeLessThanOrEqualTo(14);
        assertThat(LicenseClauseTexts.contains(id, clause.text()))
                .as("the %s text bundled with spdx-java-library contains \"%s\"", id, clause.text())
                .isTrue();
    }

    static Stream<Arguments> ruleClauses() {
        return TABLE.rules().stream()
                .filter(r -> r.clause().isPresent())
                .map(r -> Arguments.of(r.inbound().value() + " -> " + r.outbound().value(), r.clause().get()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ruleClauses")
    void everyRuleWithItsOwnClauseQuotesItsLicenseText(String pair, LicenseClause clause) {
        assertThat(clause.text().split("\\s+")).hasSizeLessThanOrEqualTo(14);
        assertThat(LicenseClauseTexts.contains(clause.license(), clause.text()))
                .as("%s: the %s text contains \"%s\"", pair, clause.license(), clause.text())
                .isTrue();
    }

    static Stream<Arguments> rulesWithoutClause() {
        return TABLE.rules().stream()
                .filter(r -> r.clause().isEmpty())
                .map(r -> Arguments.of(r.inbound().value() + " -> " + r.outbound().value(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithoutClause")
    void aRuleWithoutItsOwnClauseRestsOnTheClassClauseOfItsInboundLicenses(String pair,
                                                                           LicenseCompatibility.Rule rule) {
        assertThat(rule.inbound().kind()).isIn(LicenseCompatibility.SelectorKind.CLASS,
                LicenseCompatibility.SelectorKind.TERM);
        assertThat(TABLE.licenseEntries())
                .as("licenses of inbound class %s", rule.inbound().value())
                .anySatisfy(e -> assertThat(rule.inbound().value()).isIn(e.licenseClass(), e.id()));
    }

    static Stream<Arguments> modelLicenses() {
        return TABLE.licenseEntries().stream()
                .filter(e -> e.id().startsWith("LicenseRef-"))
                .map(e -> Arguments.of(e.id(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelLicenses")
    void everyLicenseRefEntryCarriesASourceStatementAndNeedsReview(String id,
                                                                   LicenseCompatibility.LicenseEntry entry) {
        assertThat(entry.clause().verbatim()).isFalse();
        assertThat(entry.clause().text()).hasSizeGreaterThan(40);
        assertThat(TABLE.check(id, "Apache-2.0").verdict()).isEqualTo(CompatibilityVerdict.NEEDS_REVIEW);
        assertThat(TABLE.check(id, "MIT").verdict()).isEqualTo(CompatibilityVerdict.NEEDS_REVIEW);
        assertThat(TABLE.check(id, id).verdict()).isEqualTo(CompatibilityVerdict.COMPATIBLE);
    }

    static Stream<Arguments> orLaterClauses() {
        return TABLE.orLaterEntries().stream().map(e -> Arguments.of(e.id(), e.versions(), e.clause()));
    }

    @ParameterizedTest(name = "{0} stands for {1}: {2}")
    @MethodSource("orLaterClauses")
    void everyOrLaterIdQuotesTheClauseThatOffersLaterVersions(String id, java.util.List<String> versions,
                                                             LicenseClause clause) {
        assertThat(versions).isNotEmpty();
        assertThat(LicenseClauseTexts.contains(id, clause.text()))
                .as("the %s text contains \"%s\"", id, clause.text()).isTrue();
    }

    static Stream<Arguments> exceptions() {
        return TABLE.exceptionEntries().stream().map(e -> Arguments.of(e.id(), e.clause()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("exceptions")
    void everyExceptionQuotesItsExceptionText(String id, LicenseClause clause) {
        assertThat(LicenseClauseTexts.contains(id, clause.text())).isTrue();
    }

    @Test
    void theModelLicensesOfBothTablesAreTheSame() {
        var obligations = LicenseObligations.standard().licenseIds().stream()
                .filter(id -> id.startsWith("LicenseRef-")).toList();
        var compatibility = TABLE.licenseEntries().stream().map(LicenseCompatibility.LicenseEntry::id)
                .filter(id -> id.startsWith("LicenseRef-")).toList();
        assertThat(compatibility).containsExactlyInAnyOrderElementsOf(obligations);
    }

    @Test
    void everyLicenseOfTheObligationsTableHasACompatibilityClass() {
        var known = TABLE.licenseEntries().stream().map(LicenseCompatibility.LicenseEntry::id).toList();
        assertThat(LicenseObligations.standard().licenseIds()).allSatisfy(id -> assertThat(
                known.contains(id) || (id.endsWith("-or-later") && known.contains(id.replace("-or-later", "-only"))))
                .as(id).isTrue());
    }
}
