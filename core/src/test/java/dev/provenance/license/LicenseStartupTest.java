package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In a fresh JVM, the license engine starts nothing it does not need yet. */
class LicenseStartupTest {
    @Test
    void theSharedMatcherLoadsItsIndexOnFirstMatchAndTheLibraryStaysUnloadedUntilNeeded()
            throws IOException, InterruptedException {
        assumeTrue(PrecomputedLicenseIndexTest.EXPECTED, "only core's build generates the index before the tests");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), LazyLoadingProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        assertThat(output).contains("MARK obtained PRECOMPUTED", "MARK normalised Apache-2.0",
                "MARK matched 0 PRECOMPUTED");
        String obtained = output.substring(0, output.indexOf("MARK obtained"));
        String matched = output.substring(0, output.indexOf("MARK matched"));
        assertThat(obtained).contains("dev.provenance.license.LicenseTextMatcher ")
                .doesNotContain("LicenseTextMatcher$BundledIndex ");
        assertThat(matched).contains("LicenseTextMatcher$BundledIndex ");
        assertThat(output).as("spdx-java-library is neither started nor loaded")
                .doesNotContain("SpdxOffline$Initialised ", "SpdxLibrary ", " org.spdx.");
    }
}
