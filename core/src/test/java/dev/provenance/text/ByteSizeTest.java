package dev.provenance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {
    @ParameterizedTest(name = "{0} bytes is {1}")
    @CsvSource({
        "0, 0 bytes",
        "1, 1 byte",
        "1023, 1023 bytes",
        "1024, 1.0 KiB",
        "1536, 1.5 KiB",
        "3221225472, 3.0 GiB",
    })
    void sizesReadLikeAPerson(long bytes, String shown) {
        assertThat(ByteSize.of(bytes)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} bytes is {1}")
    @CsvSource({
        "16777216, 16 MiB",
        "1000, 1000 bytes",
        "1500000, 1.4 MiB",
        "2048, 2 KiB",
    })
    void budgetsReadLikeAPerson(long bytes, String shown) {
        assertThat(ByteSize.ofBudget(bytes)).isEqualTo(shown);
    }
}
