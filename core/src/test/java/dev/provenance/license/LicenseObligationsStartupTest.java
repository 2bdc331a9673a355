package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In a fresh JVM, the obligations and compatibility tables answer without starting spdx-java-library. */
class LicenseObligationsStartupTest {
    @Test
    void theTablesEvaluateExpressionsWithoutLoadingTheSpdxLibrary() throws IOException, InterruptedException {
        assumeTrue(PrecomputedLicenseIndexTest.EXPECTED, "only core's build generates the index before the tests");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), LicenseTablesProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("MARK evaluated MIT AND GPL-2.0-only WITH Classpath-exception-2.0 / ")
                .contains("dev.provenance.license.LicenseCompatibility ");
        assertThat(output).as("spdx-java-library is neither started nor loaded")
                .doesNotContain("SpdxOffline$Initialised ", "SpdxLibrary ", " org.spdx.");
    }
}
