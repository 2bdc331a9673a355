package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LicenseCatalogOfflineTest {
    @Test
    void theCatalogAndMatcherNeverTouchTheNetwork() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                OfflineProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("network attempts: 0 []")
                .contains("normalized: Apache-2.0; GPL-2.0-or-later OR MIT")
                .contains("matched: [MIT]")
                .containsPattern("list version: \\d+\\.\\d+");
    }
}
