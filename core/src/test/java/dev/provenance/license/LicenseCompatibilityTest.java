package dev.provenance.license;

import static dev.provenance.license.CompatibilityVerdict.COMPATIBLE;
import static dev.provenance.license.CompatibilityVerdict.INCOMPATIBLE;
import static dev.provenance.license.CompatibilityVerdict.NEEDS_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseCompatibilityTest {
    private final LicenseCompatibility table = LicenseCompatibility.standard();

    @ParameterizedTest(name = "{0} into {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MIT                           | Apache-2.0                   | COMPATIBLE
            MIT                           | GPL-2.0-only                 | COMPATIBLE
            MIT                           | LicenseRef-Acme-Proprietary  | COMPATIBLE
            BSD-3-Clause                  | GPL-3.0-only                 | COMPATIBLE
            BSD-2-Clause                  | MPL-2.0                      | COMPATIBLE
            ISC                           | AGPL-3.0-only                | COMPATIBLE
            Zlib                          | MIT                          | COMPATIBLE
            BSL-1.0                       | EPL-2.0                      | COMPATIBLE
            PSF-2.0                       | GPL-3.0-or-later             | COMPATIBLE
            CC0-1.0                       | MIT                          | COMPATIBLE
            Unlicense                     | GPL-2.0-only                 | COMPATIBLE
            CC-BY-4.0                     | GPL-3.0-only                 | COMPATIBLE
            Apache-2.0                    | MIT                          | COMPATIBLE
            Apache-2.0                    | GPL-3.0-only                 | COMPATIBLE
            Apache-2.0                    | GPL-3.0-or-later             | COMPATIBLE
            Apache-2.0                    | LGPL-3.0-only                | COMPATIBLE
            Apache-2.0                    | GPL-2.0-only                 | INCOMPATIBLE
            Apache-2.0                    | GPL-2.0-or-later             | INCOMPATIBLE
            Apache-2.0                    | LGPL-2.1-only                | INCOMPATIBLE
            Apache-2.0 WITH LLVM-exception | GPL-2.0-only                | COMPATIBLE
            GPL-2.0-only                  | Apache-2.0                   | INCOMPATIBLE
            GPL-2.0-only                  | MIT                          | INCOMPATIBLE
            GPL-3.0-only                  | BSD-3-Clause                 | INCOMPATIBLE
            GPL-2.0-only                  | GPL-3.0-only                 | INCOMPATIBLE
            GPL-2.0-only                  | GPL-3.0-or-later             | INCOMPATIBLE
            GPL-2.0-only                  | GPL-2.0-or-later             | INCOMPATIBLE
            GPL-2.0-or-later              | GPL-3.0-only                 | COMPATIBLE
            GPL-2.0-or-later              | GPL-2.0-only                 | COMPATIBLE
            GPL-2.0-or-later              | GPL-3.0-or-later             | COMPATIBLE
            GPL-3.0-only                  | GPL-2.0-only                 | INCOMPATIBLE
            GPL-3.0-only                  | AGPL-3.0-only                | COMPATIBLE
            GPL-3.0-only                  | LGPL-3.0-only                | INCOMPATIBLE
            GPL-2.0-only                  | AGPL-3.0-only                | INCOMPATIBLE
            AGPL-3.0-only                 | GPL-3.0-only                 | NEEDS_REVIEW
            AGPL-3.0-only                 | MIT                          | INCOMPATIBLE
            AGPL-3.0-or-later             | AGPL-3.0-only                | COMPATIBLE
            LGPL-2.1-only                 | GPL-2.0-only                 | COMPATIBLE
            LGPL-2.1-only                 | GPL-3.0-only                 | COMPATIBLE
            LGPL-2.1-or-later             | GPL-2.0-or-later             | COMPATIBLE
            LGPL-2.1-only                 | AGPL-3.0-only                | COMPATIBLE
            LGPL-3.0-only                 | GPL-3.0-only                 | COMPATIBLE
            LGPL-3.0-only                 | GPL-2.0-only                 | INCOMPATIBLE
            LGPL-3.0-or-later             | GPL-3.0-or-later             | COMPATIBLE
            LGPL-2.1-only                 | LGPL-3.0-only                | INCOMPATIBLE
            LGPL-2.1-or-later             | LGPL-3.0-only                | COMPATIBLE
            LGPL-2.1-only                 | MIT                          | INCOMPATIBLE
            LGPL-3.0-only                 | Apache-2.0                   | INCOMPATIBLE
            MPL-2.0                       | GPL-2.0-only                 | COMPATIBLE
            MPL-2.0                       | GPL-3.0-or-later             | COMPATIBLE
            MPL-2.0                       | LGPL-2.1-only                | COMPATIBLE
            MPL-2.0                       | AGPL-3.0-only                | COMPATIBLE
            MPL-2.0-no-copyleft-exception | GPL-3.0-only                 | INCOMPATIBLE
            MPL-2.0-no-copyleft-exception | LGPL-3.0-only                | INCOMPATIBLE
            MPL-2.0                       | Apache-2.0                   | NEEDS_REVIEW
            MPL-2.0                       | EPL-2.0                      | NEEDS_REVIEW
            EPL-2.0                       | GPL-2.0-only                 | NEEDS_REVIEW
            EPL-2.0                       | MIT                          | NEEDS_REVIEW
            CC-BY-SA-4.0                  | GPL-3.0-only                 | COMPATIBLE
            CC-BY-SA-4.0                  | GPL-3.0-or-later             | COMPATIBLE
            CC-BY-SA-4.0                  | GPL-2.0-only                 | INCOMPATIBLE
            CC-BY-SA-4.0                  | MIT                          | INCOMPATIBLE
            CC-BY-SA-4.0                  | CC-BY-4.0                    | INCOMPATIBLE
            GPL-3.0-only                  | CC-BY-SA-4.0                 | INCOMPATIBLE
            CC-BY-NC-4.0                  | MIT                          | INCOMPATIBLE
            CC-BY-NC-4.0                  | Apache-2.0                   | INCOMPATIBLE
            CC-BY-NC-4.0                  | GPL-3.0-only                 | INCOMPATIBLE
            CC-BY-NC-4.0                  | CC0-1.0                      | INCOMPATIBLE
            CC-BY-NC-4.0                  | LicenseRef-Qwen-Research     | NEEDS_REVIEW
            CC-BY-NC-4.0                  | LicenseRef-Acme-Proprietary  | NEEDS_REVIEW
            GPL-3.0-only                  | LicenseRef-Acme-Proprietary  | NEEDS_REVIEW
            LicenseRef-Acme-Proprietary   | MIT                          | NEEDS_REVIEW
            Beerware                      | MIT                          | NEEDS_REVIEW
            LicenseRef-Llama-3.1-Community | Apache-2.0                  | NEEDS_REVIEW
            LicenseRef-Qwen-Research      | Apache-2.0                   | NEEDS_REVIEW
            MIT                           | LicenseRef-Llama-3.1-Community | COMPATIBLE
            GPL-3.0-only                  | LicenseRef-Llama-3.1-Community | INCOMPATIBLE
            OpenMDW-1.0                   | Apache-2.0                   | COMPATIBLE
            Apache-2.0                    | Apache-2.0                   | COMPATIBLE
            EPL-2.0                       | EPL-2.0                      | COMPATIBLE
            CC-BY-NC-4.0                  | CC-BY-NC-4.0                 | COMPATIBLE
            LicenseRef-Acme-Proprietary   | LicenseRef-Acme-Proprietary  | COMPATIBLE
            """)
    void pairsGetTheVerdictTheirLicensesGive(String inbound, String outbound, CompatibilityVerdict verdict) {
        Compatibility result = table.check(inbound, outbound);
        assertThat(result.verdict()).as(result.reason()).isEqualTo(verdict);
        assertThat(result.reason()).contains(result.inbound()).contains(result.outbound());
    }

    @Test
    void anIncompatiblePairSaysWhichClauseForbidsIt() {
        Compatibility result = table.check("GPL-2.0-only", "Apache-2.0");
        assertThat(result.reason()).startsWith("GPL-2.0-only code cannot be distributed under Apache-2.0: ")
                .contains("GPL-2.0-only §2(b)")
                .contains("licensed as a whole at no charge to all third parties");
        assertThat(result.clauses()).extracting(LicenseClause::license).containsExactly("GPL-2.0-only");
    }

    @Test
    void apacheIntoGpl2NamesTheFurtherRestrictionsClause() {
        Compatibility result = table.check("Apache-2.0", "GPL-2.0-only");
        assertThat(result.reason()).contains("further restrictions").contains("GPL-2.0-only §6");
    }

    @Test
    void nonCommercialIntoOpenSourceSaysWhy() {
        assertThat(table.check("CC-BY-NC-4.0", "MIT").reason()).contains("NonCommercial purposes only")
                .contains("commercially");
    }

    @Test
    void inboundOrIsCompatibleWhenOneOptionIsAndNamesIt() {
        Compatibility result = table.check("GPL-2.0-only OR MIT", "Apache-2.0");
        assertThat(result.verdict()).isEqualTo(COMPATIBLE);
        assertThat(result.reason()).contains("the licensee may choose MIT");

        assertThat(table.check("GPL-2.0-only OR LGPL-2.1-only", "Apache-2.0").verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(table.check("GPL-2.0-only OR LGPL-2.1-only", "Apache-2.0").reason())
                .contains("no option is compatible");
    }

    @Test
    void inboundAndNeedsEveryPart() {
        assertThat(table.check("MIT AND BSD-3-Clause", "Apache-2.0").verdict()).isEqualTo(COMPATIBLE);
        Compatibility mixed = table.check("MIT AND GPL-3.0-only", "Apache-2.0");
        assertThat(mixed.verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(mixed.reason()).contains("GPL-3.0-only:");
        assertThat(table.check("MIT AND LicenseRef-Acme", "Apache-2.0").verdict()).isEqualTo(NEEDS_REVIEW);
    }

    @Test
    void aDualLicensedOutboundMustHonourEachOption() {
        assertThat(table.check("Apache-2.0", "MIT OR Apache-2.0").verdict()).isEqualTo(COMPATIBLE);
        Compatibility gpl = table.check("GPL-3.0-only", "GPL-3.0-only OR MIT");
        assertThat(gpl.verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(gpl.reason()).contains("compatible with GPL-3.0-only but a recipient who takes the MIT option");
        Compatibility apache = table.check("Apache-2.0", "GPL-2.0-only OR Apache-2.0");
        assertThat(apache.verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(apache.reason()).contains("GPL-2.0-only option");
        assertThat(table.check("EPL-2.0", "EPL-2.0 OR GPL-2.0-only").verdict()).isEqualTo(NEEDS_REVIEW);
    }

    @Test
    void anOutboundConjunctionNeedsTheCopyInAPartItFits() {
        assertThat(table.check("MIT", "Apache-2.0 AND CC-BY-4.0").verdict()).isEqualTo(COMPATIBLE);
        Compatibility part = table.check("GPL-3.0-only", "GPL-3.0-only AND MIT");
        assertThat(part.verdict()).isEqualTo(NEEDS_REVIEW);
        assertThat(part.reason()).contains("fits the part of the work under GPL-3.0-only only");
        assertThat(table.check("GPL-2.0-only", "Apache-2.0 AND MIT").verdict()).isEqualTo(INCOMPATIBLE);
    }

    @Test
    void inboundOrLaterChoosesAVersionAndOutboundOrLaterOffersEach() {
        Compatibility into3 = table.check("GPL-2.0-or-later", "GPL-3.0-only");
        assertThat(into3.verdict()).isEqualTo(COMPATIBLE);
        assertThat(into3.reason()).contains("the licensee may choose GPL-3.0-only");
        assertThat(into3.clauses()).extracting(LicenseClause::license).contains("GPL-2.0-or-later");
        Compatibility offer = table.check("GPL-2.0-only", "GPL-2.0-or-later");
        assertThat(offer.verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(offer.reason()).contains("GPL-3.0-only option");
        assertThat(table.check("GPL-2.0+", "GPL-3.0-only").verdict()).as("deprecated + form").isEqualTo(COMPATIBLE);
    }

    @Test
    void aPlusOnAnotherLicenseIsReadAsThatLicense() {
        Compatibility inbound = table.check("Apache-2.0+", "GPL-3.0-only");
        assertThat(inbound.verdict()).isEqualTo(COMPATIBLE);
        assertThat(inbound.reason()).contains("Apache-2.0+ is read as Apache-2.0");
        assertThat(table.check("Apache-2.0+", "GPL-2.0-only").verdict())
                .as("a later version might permit it").isEqualTo(NEEDS_REVIEW);
        assertThat(table.check("MIT", "Apache-2.0+").verdict()).isEqualTo(COMPATIBLE);
        assertThat(table.check("MPL-2.0", "GPL-3.0-only").verdict()).isEqualTo(COMPATIBLE);
        assertThat(table.check("LGPL-3.0-only", "GPL-3.0+").verdict()).isEqualTo(COMPATIBLE);
    }

    @Test
    void anExceptionForLinkingDoesNotReachACopy() {
        Compatibility copy = table.check("GPL-2.0-only WITH Classpath-exception-2.0", "Apache-2.0");
        assertThat(copy.verdict()).isEqualTo(INCOMPATIBLE);
        assertThat(copy.reason()).contains("Classpath-exception-2.0 does not reach a copy of the source");
        assertThat(table.check("GPL-2.0-only WITH Classpath-exception-2.0", "GPL-2.0-only").verdict())
                .isEqualTo(COMPATIBLE);
        assertThat(table.check("GPL-2.0-only WITH Classpath-exception-2.0",
                "GPL-2.0-only WITH Classpath-exception-2.0").verdict()).isEqualTo(COMPATIBLE);
    }

    @Test
    void anUnknownExceptionTurnsAnIncompatibleBaseIntoReview() {
        Compatibility result = table.check("GPL-3.0-only WITH Autoconf-exception-3.0", "MIT");
        assertThat(result.verdict()).isEqualTo(NEEDS_REVIEW);
        assertThat(result.reason()).contains("Autoconf-exception-3.0 is not in the compatibility table");
        assertThat(table.check("MIT WITH Autoconf-exception-3.0", "Apache-2.0").verdict()).isEqualTo(COMPATIBLE);
    }

    @Test
    void anOutboundExceptionMustBeAllowedByTheInboundLicense() {
        assertThat(table.check("MIT", "GPL-2.0-only WITH Classpath-exception-2.0").verdict()).isEqualTo(COMPATIBLE);
        Compatibility gpl = table.check("GPL-2.0-only", "GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(gpl.verdict()).isEqualTo(NEEDS_REVIEW);
        assertThat(gpl.reason()).contains("additional permissions of Classpath-exception-2.0");
        assertThat(table.check("Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0").verdict())
                .isEqualTo(INCOMPATIBLE);
    }

    @Test
    void malformedOrMissingExpressionsNeedReview() {
        assertThat(table.check("MIT AND (", "Apache-2.0").verdict()).isEqualTo(NEEDS_REVIEW);
        assertThat(table.check("MIT", "").verdict()).isEqualTo(NEEDS_REVIEW);
        assertThat(table.check(null, "MIT").reason()).contains("no license expression given");
    }

    @Test
    void anUnknownLicenseIsNamedInTheReason() {
        assertThat(table.check("LicenseRef-Acme", "MIT").reason())
                .contains("LicenseRef-Acme is not in the compatibility table");
        assertThat(table.check("GPL-3.0-only", "LicenseRef-Acme").reason())
                .contains("LicenseRef-Acme is not in the compatibility table");
    }

    @Test
    void idsAreReadInAnyCase() {
        Compatibility result = table.check("gpl-2.0-only", "apache-2.0");
        assertThat(result.inbound()).isEqualTo("GPL-2.0-only");
        assertThat(result.verdict()).isEqualTo(INCOMPATIBLE);
    }
}
