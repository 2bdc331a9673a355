package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions parsed as written, as the policy file's allowed and denied licenses are. */
class LicenseExpressionAsWrittenTest {
    private static final LicenseExpression.Term MIT = new LicenseExpression.Term("MIT", "");
    private static final LicenseExpression.Term APACHE = new LicenseExpression.Term("Apache-2.0", "");
    private static final LicenseExpression.Term GPL =
            new LicenseExpression.Term("GPL-2.0-only", "Classpath-exception-2.0");

    @Test
    void andBindsTighterThanOr() {
        assertThat(LicenseExpression.parse("MIT OR Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0"))
                .contains(new LicenseExpression.AnyOf(List.of(MIT, new LicenseExpression.All(List.of(APACHE, GPL)))));
    }

    @Test
    void parenthesesGroup() {
        assertThat(LicenseExpression.parse("(mit or Apache-2.0) and GPL-2.0-only with Classpath-exception-2.0"))
                .contains(new LicenseExpression.All(List.of(
                        new LicenseExpression.AnyOf(List.of(new LicenseExpression.Term("mit", ""), APACHE)), GPL)));
    }

    @Test
    void plusStaysOnTheId() {
        assertThat(LicenseExpression.parse("GPL-2.0+")).contains(new LicenseExpression.Term("GPL-2.0+", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MIT OR", "(MIT", "MIT)", "AND MIT", "MIT WITH", "MIT WITH (X)", "MIT / Apache-2.0",
            "The MIT License"})
    void malformedExpressionsDoNotParse(String text) {
        assertThat(LicenseExpression.parse(text)).isEqualTo(Optional.empty());
    }

    @Test
    void malformedExpressionIsOneOpaqueTerm() {
        assertThat(LicenseExpression.parseOrTerm(" Tongyi Qianwen LICENSE AGREEMENT "))
                .isEqualTo(new LicenseExpression.Term("Tongyi Qianwen LICENSE AGREEMENT", ""));
    }

    @Test
    void nestingAndLengthAreBounded() {
        assertThat(LicenseExpression.parse("(".repeat(40) + "MIT" + ")".repeat(40))).isEmpty();
        assertThat(LicenseExpression.parse("MIT OR ".repeat(200) + "MIT")).isEmpty();
        assertThat(LicenseExpression.parse("(".repeat(10) + "MIT" + ")".repeat(10))).contains(MIT);
    }
}
