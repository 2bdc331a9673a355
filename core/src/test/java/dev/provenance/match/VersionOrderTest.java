package dev.provenance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.9.2, 1.10.0",
        "1.0, 1.0.1",
        "2.0-rc1, 2.0",
        "2.0-alpha, 2.0-beta",
        "2.0-beta, 2.0.1",
        "1.0-beta, 1.0.1",
        "9.7, 9.7.1",
        "9.9.1, 9.10",
        "v2.3, 2.4",
        "1.2.3, v1.2.10",
        "0.0.9, 0.1",
        "20230101, 20240101",
        "1.00009, 1.10",
        "6.1.21, unknown",
    })
    void earlierVersionSortsFirst(String earlier, String later) {
        assertThat(VersionOrder.INSTANCE.compare(earlier, later)).isNegative();
        assertThat(VersionOrder.INSTANCE.compare(later, earlier)).isPositive();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"1.0, 1.0.0", "v1.2, 1.2", "1.0-RC1, 1.0-rc1"})
    void spellingsOfOneVersionStillOrderTotally(String a, String b) {
        int ab = VersionOrder.INSTANCE.compare(a, b);
        assertThat(ab).isNotZero();
        assertThat(VersionOrder.INSTANCE.compare(b, a)).isEqualTo(-Integer.signum(ab) * Math.abs(
                VersionOrder.INSTANCE.compare(b, a)));
        assertThat(VersionOrder.INSTANCE.compare(a, a)).isZero();
    }

    @Test
    void sortingIsIndependentOfInputOrder() {
        List<String> versions = new ArrayList<>(List.of("1.10.0", "1.9.2", "1.9", "1.9.2-rc1", "2.0", "unknown",
                "1.9.10", "0.9"));
        List<String> expected = List.of("0.9", "1.9", "1.9.2-rc1", "1.9.2", "1.9.10", "1.10.0", "2.0", "unknown");
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(versions, new java.util.Random(seed));
            versions.sort(VersionOrder.INSTANCE);
            assertThat(versions).containsExactlyElementsOf(expected);
        }
    }
}
