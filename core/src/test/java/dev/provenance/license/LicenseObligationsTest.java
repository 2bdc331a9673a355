package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseObligationsTest {
    private final LicenseObligations table = LicenseObligations.standard();

    @ParameterizedTest(name = "{0}: attribution={1} {2} text={3} NOTICE={4} changes={5} disclosure={6} shareAlike={7}")
    @CsvSource(delimiter = '|', textBlock = """
            MIT               | true  | DISTRIBUTION | true  | false | false | NONE    | false
            BSD-2-Clause      | true  | SOURCE_FILE  | true  | false | false | NONE    | false
            BSD-3-Clause      | true  | SOURCE_FILE  | true  | false | false | NONE    | false
            Apache-2.0        | true  | SOURCE_FILE  | true  | true  | true  | NONE    | false
            ISC               | true  | DISTRIBUTION | true  | false | false | NONE    | false
            0BSD              | false | NONE         | false | false | false | NONE    | false
            Zlib              | true  | SOURCE_FILE  | true  | false | true  | NONE    | false
            BSL-1.0           | true  | DISTRIBUTION | true  | false | false | NONE    | false
            PSF-2.0           | true  | DISTRIBUTION | true  | false | true  | NONE    | false
            MPL-2.0           | true  | SOURCE_FILE  | true  | false | false | FILE    | true
            EPL-2.0           | true  | SOURCE_FILE  | true  | false | false | FILE    | true
            LGPL-2.1-only     | true  | SOURCE_FILE  | true  | false | true  | LIBRARY | true
            LGPL-2.1-or-later | true  | SOURCE_FILE  | true  | false | true  | LIBRARY | true
            LGPL-3.0-only     | true  | SOURCE_FILE  | true  | false | true  | LIBRARY | true
            LGPL-3.0-or-later | true  | SOURCE_FILE  | true  | false | true  | LIBRARY | true
            GPL-2.0-only      | true  | SOURCE_FILE  | true  | false | true  | WORK    | true
            GPL-2.0-or-later  | true  | SOURCE_FILE  | true  | false | true  | WORK    | true
            GPL-3.0-only      | true  | SOURCE_FILE  | true  | false | true  | WORK    | true
            GPL-3.0-or-later  | true  | SOURCE_FILE  | true  | false | true  | WORK    | true
            AGPL-3.0-only     | true  | SOURCE_FILE  | true  | false | true  | NETWORK | true
            AGPL-3.0-or-later | true  | SOURCE_FILE  | true  | false | true  | NETWORK | true
            CC0-1.0           | false | NONE         | false | false | false | NONE    | false
            Unlicense         | false | NONE         | false | false | false | NONE    | false
            CC-BY-4.0         | true  | DISTRIBUTION | true  | false | true  | NONE    | false
            CC-BY-SA-4.0      | true  | DISTRIBUTION | true  | false | true  | NONE    | true
            CC-BY-NC-4.0      | true  | DISTRIBUTION | true  | false | true  | NONE    | false
            OpenMDW-1.0       | true  | DISTRIBUTION | true  | false | false | NONE    | false
            """)
    void eachLicenseCarriesTheDutiesItsTextImposes(String id, boolean attribution, NoticePlacement placement,
                                                   boolean licenseText, boolean notice, boolean changes,
                                                   DisclosureScope disclosure, boolean shareAlike) {
        Obligations o = table.forExpression(id);
        assertThat(o.known()).isTrue();
        assertThat(o.attributionRequired()).isEqualTo(attribution);
        assertThat(o.placement()).isEqualTo(placement);
        assertThat(o.licenseText()).isEqualTo(licenseText);
        assertThat(o.noticePropagation()).isEqualTo(notice);
        assertThat(o.stateChanges()).isEqualTo(changes);
        assertThat(o.disclosure()).isEqualTo(disclosure);
        assertThat(o.shareAlike()).isEqualTo(shareAlike);
        assertThat(o.basis()).isNotEmpty().allSatisfy(b -> assertThat(b.clause().license()).isEqualTo(id));
    }

    @ParameterizedTest(name = "{0}, notice found at {1}: satisfied={2}")
    @CsvSource(delimiter = '|', textBlock = """
            MIT               | DISTRIBUTION | true
            MIT               | SOURCE_FILE  | true
            MIT               | NONE         | false
            Apache-2.0        | SOURCE_FILE  | true
            Apache-2.0        | DISTRIBUTION | false
            BSD-3-Clause      | DISTRIBUTION | false
            Apache-2.0 OR MIT | DISTRIBUTION | true
            CC0-1.0           | NONE         | true
            LicenseRef-Acme   | DISTRIBUTION | false
            """)
    void aNoticeSatisfiesTheLicenseOnlyWhereItMustBe(String expression, NoticePlacement found, boolean satisfied) {
        assertThat(table.forExpression(expression).noticeSatisfiedBy(found)).isEqualTo(satisfied);
    }

    @Test
    void publicDomainDedicationsRequireNothing() {
        assertThat(table.forExpression("CC0-1.0").noDuties()).isTrue();
        assertThat(table.forExpression("Unlicense").summary()).isEqualTo("Unlicense: no attribution required");
        assertThat(table.forExpression("MIT").noDuties()).isFalse();
    }

    @Test
    void summariesSayWhatToKeepAndWhere() {
        assertThat(table.forExpression("BSD-3-Clause").summary())
                .isEqualTo("BSD-3-Clause: keep the copyright notice and license in the source file");
        assertThat(table.forExpression("MIT").summary())
                .isEqualTo("MIT: keep the copyright notice and license anywhere in the distribution");
        assertThat(table.forExpression("Apache-2.0").summary())
                .isEqualTo("Apache-2.0: keep the copyright notice and license in the source file; carry the upstream"
                        + " NOTICE on; mark modified files as changed");
        assertThat(table.forExpression("GPL-3.0-only").summary()).contains("license the whole work the same way");
    }

    @Test
    void theNonCommercialLicenseCarriesItsRestriction() {
        assertThat(table.forExpression("CC-BY-NC-4.0").useRestrictions())
                .singleElement().asString().contains("NonCommercial");
        assertThat(table.forExpression("CC-BY-4.0").useRestrictions()).isEmpty();
    }

    @Test
    void modelLicensesCarryTheirUseRestrictionsAndDisplays() {
        Obligations rail = table.forExpression("LicenseRef-CreativeML-OpenRAIL-M");
        assertThat(rail.known()).isTrue();
        assertThat(rail.useRestrictions()).anySatisfy(r -> assertThat(r).contains("use-based restrictions"));
        assertThat(rail.basis()).allSatisfy(b -> assertThat(b.clause().verbatim()).isFalse());

        Obligations llama = table.forExpression("LicenseRef-Llama-3.1-Community");
        assertThat(llama.licenseText()).isTrue();
        assertThat(llama.noticePropagation()).isTrue();
        assertThat(llama.conditions()).anySatisfy(c -> assertThat(c).contains("\"Built with Llama\""));
        assertThat(llama.useRestrictions()).anySatisfy(r -> assertThat(r).contains("Acceptable Use Policy"));

        assertThat(table.forExpression("LicenseRef-Qwen-Research").useRestrictions())
                .anySatisfy(r -> assertThat(r).contains("non-commercial"));
        assertThat(table.forExpression("LicenseRef-Qwen-Commercial").useRestrictions())
                .anySatisfy(r -> assertThat(r).contains("100 million monthly active users"));
        assertThat(table.source("LicenseRef-Qwen-Commercial")).isPresent();
        assertThat(table.source("MIT")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            llama3.1              | LicenseRef-Llama-3.1-Community
            Llama2                | LicenseRef-Llama-2-Community
            creativeml-openrail-m | LicenseRef-CreativeML-OpenRAIL-M
            openrail++            | LicenseRef-CreativeML-OpenRAIL-PlusPlus-M
            qwen-research         | LicenseRef-Qwen-Research
            tongyi-qianwen        | LicenseRef-Qwen-Commercial
            """)
    void modelHubIdsNameTheTablesModelLicenses(String hubId, String licenseRef) {
        assertThat(table.modelLicenseId(hubId)).contains(licenseRef);
        assertThat(table.forExpression(table.modelLicenseId(hubId).orElseThrow()).known()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apache-2.0", "mit", "other", "gemma", ""})
    void otherHubIdsHaveNoModelLicenseHere(String hubId) {
        assertThat(table.modelLicenseId(hubId)).isEmpty();
    }

    @Test
    void licenseRefIdsAreMatchedInAnyCase() {
        assertThat(table.forExpression("licenseref-llama-3.1-community").known()).isTrue();
    }

    @Test
    void andUnitesTheDutiesOfEveryPart() {
        Obligations o = table.forExpression("MIT AND Apache-2.0");
        assertThat(o.known()).isTrue();
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.noticePropagation()).isTrue();
        assertThat(o.choice()).isEqualTo("MIT AND Apache-2.0");
        assertThat(o.alternatives()).isEmpty();

        Obligations copyleft = table.forExpression("LGPL-2.1-only AND GPL-3.0-only");
        assertThat(copyleft.disclosure()).isEqualTo(DisclosureScope.WORK);
    }

    @Test
    void orTakesTheLeastDemandingOptionAndListsEveryOption() {
        Obligations o = table.forExpression("Apache-2.0 OR MIT");
        assertThat(o.choice()).isEqualTo("MIT");
        assertThat(o.placement()).isEqualTo(NoticePlacement.DISTRIBUTION);
        assertThat(o.noticePropagation()).isFalse();
        assertThat(o.alternatives()).extracting(Obligations::choice).containsExactly("Apache-2.0", "MIT");
        assertThat(o.summary()).startsWith("Apache-2.0 OR MIT (MIT chosen): keep the copyright notice");
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("least demanding, MIT"));

        assertThat(table.forExpression("GPL-2.0-only OR MPL-2.0").disclosure()).isEqualTo(DisclosureScope.FILE);
        assertThat(table.forExpression("CC-BY-NC-4.0 OR GPL-3.0-only").choice()).isEqualTo("GPL-3.0-only");
    }

    @Test
    void orPrefersAKnownOptionToAnUnknownOne() {
        Obligations o = table.forExpression("LicenseRef-Acme-Proprietary OR BSD-3-Clause");
        assertThat(o.known()).isTrue();
        assertThat(o.choice()).isEqualTo("BSD-3-Clause");
    }

    @Test
    void nestedExpressionsCombineAndWithOr() {
        Obligations o = table.forExpression("(MIT OR Apache-2.0) AND BSD-3-Clause");
        assertThat(o.choice()).isEqualTo("MIT AND BSD-3-Clause");
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.noticePropagation()).isFalse();
    }

    @Test
    void classpathExceptionLiftsTheWholeWorkScopeForLinking() {
        Obligations o = table.forExpression("GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(o.known()).isTrue();
        assertThat(o.disclosure()).isEqualTo(DisclosureScope.LIBRARY);
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.basis()).anySatisfy(b -> assertThat(b.clause().license()).isEqualTo("Classpath-exception-2.0"));
        assertThat(table.forExpression("GPL-2.0-with-classpath-exception").disclosure())
                .as("the deprecated id is read as GPL-2.0-only WITH Classpath-exception-2.0")
                .isEqualTo(DisclosureScope.LIBRARY);
    }

    @Test
    void anExceptionThatConcernsObjectCodeLeavesTheDutiesOfASourceCopy() {
        Obligations o = table.forExpression("Apache-2.0 WITH LLVM-exception");
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.noticePropagation()).isTrue();
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("does not change"));
    }

    @Test
    void anExceptionTheTableDoesNotKnowLeavesTheBaseDutiesAndSaysSo() {
        Obligations o = table.forExpression("GPL-3.0-only WITH Autoconf-exception-3.0");
        assertThat(o.known()).isTrue();
        assertThat(o.disclosure()).isEqualTo(DisclosureScope.WORK);
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("Autoconf-exception-3.0 is not in the"));
    }

    @Test
    void deprecatedAndPlusIdsReadAsTheirCurrentIds() {
        assertThat(table.forExpression("GPL-2.0+").expression()).isEqualTo("GPL-2.0-or-later");
        assertThat(table.forExpression("gpl-2.0").expression()).isEqualTo("GPL-2.0-only");
        Obligations plus = table.forExpression("Apache-2.0+");
        assertThat(plus.known()).isTrue();
        assertThat(plus.noticePropagation()).isTrue();
        assertThat(plus.notes()).anySatisfy(n -> assertThat(n).contains("later versions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LicenseRef-Acme-Proprietary", "Beerware", "MIT AND (", "MIT WITH", "no such license",
            "NOASSERTION", ""})
    void whatTheTableDoesNotKnowIsUnknownNeverDutyFree(String expression) {
        Obligations o = table.forExpression(expression);
        assertThat(o.known()).isFalse();
        assertThat(o.noDuties()).isFalse();
        assertThat(o.attributionRequired()).isTrue();
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.notes()).isNotEmpty();
        assertThat(o.summary()).contains("not in the obligations table");
    }

    @Test
    void anUnknownPartMakesAConjunctionUnknown() {
        Obligations o = table.forExpression("MIT AND LicenseRef-Acme");
        assertThat(o.known()).isFalse();
        assertThat(o.placement()).isEqualTo(NoticePlacement.SOURCE_FILE);
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("LicenseRef-Acme"));
    }

    @Test
    void resultsAreStableAcrossCalls() {
        assertThat(table.forExpression(" MIT OR Apache-2.0 ")).isEqualTo(table.forExpression("MIT OR Apache-2.0"));
        assertThat(LicenseObligations.standard()).isSameAs(table);
    }
}
