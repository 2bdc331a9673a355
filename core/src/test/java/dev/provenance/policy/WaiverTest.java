package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaiverTest {
    @Test
    void needsAPathOrAnOrigin() {
        assertThatThrownBy(() -> new Waiver("license-unknown", "", "", WaiverReason.TEST_DATA, "", null, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a waiver of license-unknown needs a path or an origin");
    }

    @Test
    void reasonOtherNeedsAComment() {
        assertThatThrownBy(() -> new Waiver("license-unknown", "docs/**", "", WaiverReason.OTHER, " ", null, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a waiver with reason OTHER needs a comment");
    }

    @Test
    void malformedGlobIsRefused() {
        assertThatThrownBy(() -> new Waiver("license-unknown", "../x", "", WaiverReason.TEST_DATA, "", null, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiresAfterItsLastDay() {
        var waiver = new Waiver("license-unknown", "docs/**", "", WaiverReason.TEST_DATA, "",
                LocalDate.of(2027, 1, 31), 3);

        assertThat(waiver.expiredOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(waiver.expiredOn(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(new Waiver("license-unknown", "docs/**", "", WaiverReason.TEST_DATA, "", null, 3)
                .expiredOn(LocalDate.of(9999, 1, 1))).isFalse();
    }

    @Test
    void scopeNamesPathAndOrigin() {
        assertThat(new Waiver("r", "src/**", "", WaiverReason.TEST_DATA, "", null, 1).scope()).isEqualTo("r on src/**");
        assertThat(new Waiver("r", "", "acme", WaiverReason.TEST_DATA, "", null, 1).scope())
                .isEqualTo("r for origin acme");
        assertThat(new Waiver("r", "src/**", "acme", WaiverReason.TEST_DATA, "", null, 1).scope())
                .isEqualTo("r on src/** (origin acme)");
    }

    @Test
    void appliedWaiverMustNameTheViolationsRule() {
        var waiver = new Waiver("license-unknown", "docs/**", "", WaiverReason.TEST_DATA, "", null, 3);
        var other = new Violation("notice-incomplete", Severity.ERROR, "docs/a.md", null, "m", "f", "");

        assertThatThrownBy(() -> new AppliedWaiver(waiver, other)).isInstanceOf(IllegalArgumentException.class);
    }
}
