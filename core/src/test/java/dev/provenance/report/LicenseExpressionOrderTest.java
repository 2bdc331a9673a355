package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseExpressionOrderTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "MIT                                          | MIT",
            "(MIT AND LicenseRef-x)                       | LicenseRef-x AND MIT",
            "(LicenseRef-x AND MIT)                       | LicenseRef-x AND MIT",
            "MIT or Apache-2.0                            | Apache-2.0 OR MIT",
            "MIT AND (Zlib AND BSD-3-Clause)              | BSD-3-Clause AND MIT AND Zlib",
            "MIT OR Zlib AND BSD-3-Clause                 | (BSD-3-Clause AND Zlib) OR MIT",
            "(MIT OR Zlib) AND BSD-3-Clause               | (MIT OR Zlib) AND BSD-3-Clause",
            "MIT OR GPL-2.0+ WITH Classpath-exception-2.0        | GPL-2.0+ WITH Classpath-exception-2.0 OR MIT",
            "((MIT))                                      | MIT",
    })
    void expressionsHaveOneSpelling(String expression, String expected) {
        assertThat(LicenseExpressionOrder.canonical(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] kept")
    @CsvSource(delimiter = '|', value = {"MIT AND", "(MIT", "MIT)", "AND MIT", "MIT WITH", "MIT MIT", "()"})
    void malformedTextIsKeptAsItIs(String text) {
        assertThat(LicenseExpressionOrder.canonical(text)).isEqualTo(text);
    }

    @Test
    void deepNestingIsKeptAsItIsWithoutOverflowingTheStack() {
        String deep = "(".repeat(5_000) + "MIT" + ")".repeat(5_000);
        assertThat(LicenseExpressionOrder.canonical(deep)).isEqualTo(deep);
    }
}
