package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.match.Origin;
import dev.provenance.text.LineRange;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifUrisTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            src/Main.java                 | src/Main.java
            src/attention kernels.py      | src/attention%20kernels.py
            node_modules/@types/x/a.d.ts  | node_modules/@types/x/a.d.ts
            C:notes.txt                   | C%3Anotes.txt
            a#b?c%d.txt                   | a%23b%3Fc%25d.txt
            docs/résumé.md                | docs/r%C3%A9sum%C3%A9.md
            weird/back\\slash.py          | weird/back%5Cslash.py
            ok/(1)+[2]!.txt               | ok/(1)+%5B2%5D!.txt
            .                             | .
            """)
    void aPathBecomesARelativeUriReference(String path, String uri) {
        assertThat(SarifUris.relative(path)).isEqualTo(uri);
        assertThat(URI.create(uri).isAbsolute()).as("no scheme").isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            pkg:pypi/acme-rope@1.4.0            | acme_rope/rotary.py | pkg:pypi/acme-rope@1.4.0#acme_rope/rotary.py
            pkg:maven/org.ow2.asm/asm@9.7       | org/ow2/A.java      | pkg:maven/org.ow2.asm/asm@9.7#org/ow2/A.java
            pkg:npm/%40scope/name@1.0.0         | lib/a b.js          | pkg:npm/%40scope/name@1.0.0#lib/a%20b.js
            pkg:generic/x@1#already/has/subpath | other.py            | pkg:generic/x@1#already/has/subpath
            """)
    void anUpstreamWithAPackageUrlIsThatUrlWithTheFileAsSubpath(String purl, String path, String uri) {
        assertThat(SarifUris.upstream(origin(purl, path))).contains(uri);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""
            "   "
            not a uri
            relative/path@1.0
            """)
    void anUpstreamWithoutAUsablePackageUrlHasNoUri(String purl) {
        assertThat(SarifUris.upstream(origin(purl, "a.py"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /repo            | file:///repo/
            /repo/           | file:///repo/
            /srv/my repo/./x | file:///srv/my%20repo/x/
            """)
    void theRootIsAnAbsoluteFileUriEndingInASlash(String root, String uri) {
        assertThat(SarifUris.root(root)).contains(uri);
    }

    private static Origin origin(String purl, String path) {
        return new Origin("c", "1", purl, path, new LineRange(1, 2), "", List.of());
    }
}
