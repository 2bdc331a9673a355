package dev.provenance.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real license texts, read at test time from the machine's /usr/share/common-licenses (never committed): the prose
 * about copyright in them must not read as statements; only the license text's own copyright line may.
 */
class LicenseTextCopyrightTest {
    private static final Path COMMON_LICENSES = Path.of("/usr/share/common-licenses");

    private static List<CopyrightStatement> statementsOf(String name) throws IOException {
        Path file = COMMON_LICENSES.resolve(name);
        assumeTrue(Files.isRegularFile(file), "no " + file + " on this machine");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new CopyrightExtractor().extract(new TextFile(name, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3", "GFDL-1.3", "GPL-1"})
    void findsOnlyTheFsfLineInGnuLicenses(String name) throws IOException {
        List<CopyrightStatement> found = statementsOf(name);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s ->
                assertThat(s.holders()).containsExactly("Free Software Foundation, Inc."));
        assertThat(found.get(0).lines().first()).isLessThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apache-2.0", "MPL-2.0", "CC0-1.0", "Artistic", "MPL-1.1"})
    void findsNoStatementInLicensesThatOnlyTalkAboutCopyright(String name) throws IOException {
        assertThat(statementsOf(name)).isEmpty();
    }
}
