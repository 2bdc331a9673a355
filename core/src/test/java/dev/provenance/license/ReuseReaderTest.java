package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.license.ReuseAnnotations.Annotation;
import dev.provenance.license.ReuseAnnotations.Precedence;
import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.TextFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReuseReaderTest {
    private final ReuseReader reader = ReuseReader.standard();

    private static final String REUSE_TOML = """
            version = 1

            [[annotations]]
            path = "**"
            SPDX-FileCopyrightText = "2024 Example Corp"
            SPDX-License-Identifier = "Apache-2.0"

            [[annotations]]
            path = ["docs/*.md", "docs/**/*.png"]
            precedence = "override"
            SPDX-FileCopyrightText = ["2023 Jane Doe", "2024 Raj Roe"]
            SPDX-License-Identifier = "CC-BY-4.0"

            [[annotations]]
            path = "vendor/lib\\\\*.c"
            SPDX-License-Identifier = "GPL-2.0+ OR MIT"
            """;

    @Test
    void reuseTomlAnnotations() throws InputProblem {
        ReuseAnnotations reuse = reader.read(new TextFile("REUSE.toml", REUSE_TOML));
        assertThat(reuse.annotations()).hasSize(3);
        Annotation docs = reuse.annotations().get(1);
        assertThat(docs.paths()).containsExactly("docs/*.md", "docs/**/*.png");
        assertThat(docs.precedence()).isEqualTo(Precedence.OVERRIDE);
        assertThat(docs.copyrights()).containsExactly("2023 Jane Doe", "2024 Raj Roe");
        assertThat(docs.license().expression()).isEqualTo("CC-BY-4.0");
        assertThat(docs.license().source()).isEqualTo(LicenseSource.REUSE);
        assertThat(docs.license().lines()).isNull();
        assertThat(docs.line()).isEqualTo(8);
        assertThat(reuse.annotations().get(0).precedence()).isEqualTo(Precedence.CLOSEST);
        assertThat(reuse.annotations().get(2).license().expression()).isEqualTo("GPL-2.0-or-later OR MIT");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            src/Main.java            | Apache-2.0
            docs/guide.md            | CC-BY-4.0
            docs/sub/guide.md        | Apache-2.0
            docs/img/a/b/logo.png    | CC-BY-4.0
            vendor/lib*.c            | GPL-2.0-or-later OR MIT
            vendor/libx.c            | Apache-2.0
            """)
    void theLastMatchingAnnotationWins(String path, String expected) throws InputProblem {
        ReuseAnnotations reuse = reader.read(new TextFile("REUSE.toml", REUSE_TOML));
        assertThat(reuse.forPath(path).flatMap(Annotation::licenseFinding).map(LicenseFinding::expression))
                .contains(expected);
    }

    @Test
    void aNestedReuseTomlAppliesBelowItsDirectory() throws InputProblem {
        ReuseAnnotations reuse = reader.read(new TextFile("third_party/REUSE.toml",
                "version = 1\n[[annotations]]\npath = \"*.c\"\nSPDX-License-Identifier = \"Zlib\"\n"));
        assertThat(reuse.forPath("third_party/a.c")).isPresent();
        assertThat(reuse.forPath("a.c")).isEmpty();
        assertThat(reuse.forPath("third_party/x/a.c")).isEmpty();
    }

    @Test
    void dep5Paragraphs() {
        ReuseAnnotations reuse = readDep5("""
                Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
                Upstream-Name: widgets
                Source: https://example.org/widgets

                Files: *
                Copyright: 2020-2024 Example Corp
                License: GPL-2+

                Files: vendor/*
                  third_party/*.c
                Copyright: 2001 Jane Doe
                  2005 Raj Roe
                License: BSD-3-clause
                 The license text may follow here on
                 continuation lines.
                 .
                 It is not part of the expression.

                License: GPL-2+
                 Stand-alone license paragraphs annotate nothing.
                """);
        assertThat(reuse.annotations()).hasSize(2);
        Annotation vendor = reuse.annotations().get(1);
        assertThat(vendor.paths()).containsExactly("vendor/*", "third_party/*.c");
        assertThat(vendor.copyrights()).containsExactly("2001 Jane Doe", "2005 Raj Roe");
        assertThat(vendor.license().expression()).isEqualTo("BSD-3-Clause");
        assertThat(vendor.line()).isEqualTo(9);
        assertThat(reuse.annotations().get(0).license().expression()).isEqualTo("GPL-2.0-or-later");
        assertThat(reuse.forPath("vendor/deep/x.c")).contains(vendor);
        assertThat(reuse.forPath("src/main.c")).contains(reuse.annotations().get(0));
    }

    private ReuseAnnotations readDep5(String text) {
        try {
            return reader.read(new TextFile(".reuse/dep5", text));
        } catch (InputProblem e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no path            | version = 1\\n[[annotations]]\\nSPDX-License-Identifier = "MIT"
            bad precedence     | version = 1\\n[[annotations]]\\npath = "*"\\nprecedence = "sometimes"
            not toml           | version = = 1
            """)
    void invalidReuseTomlIsAnInputProblem(String name, String text) {
        assertThatThrownBy(() -> reader.read(new TextFile("REUSE.toml", text.replace("\\n", "\n"))))
                .isInstanceOfSatisfying(InputProblem.class, e -> {
                    assertThat(e.code()).isEqualTo(IssueCode.INVALID_TOML);
                    assertThat(e.getMessage()).startsWith("line ");
                });
    }

    @Test
    void annotationsWithoutALicenseCarryOnlyCopyright() throws InputProblem {
        ReuseAnnotations reuse = reader.read(new TextFile("REUSE.toml",
                "version = 1\n[[annotations]]\npath = \"a.txt\"\nSPDX-FileCopyrightText = \"2024 X\"\n"));
        assertThat(reuse.forPath("a.txt").flatMap(Annotation::licenseFinding)).isEqualTo(Optional.empty());
        assertThat(reuse.forPath("a.txt").orElseThrow().copyrights()).containsExactly("2024 X");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "REUSE_TOML, *.c, a.c, true", "REUSE_TOML, *.c, d/a.c, false", "REUSE_TOML, **/*.c, d/e/a.c, true",
            "REUSE_TOML, **, anything/at/all, true", "REUSE_TOML, src/**, src/a/b, true",
            "REUSE_TOML, src/**, srcx/a, false", "REUSE_TOML, a\\*b, a*b, true", "REUSE_TOML, a\\*b, axb, false",
            "DEP5, *, d/e/a.c, true", "DEP5, vendor/*, vendor/x/y.c, true", "DEP5, ?.c, a.c, true",
            "DEP5, ?.c, ab.c, false", "DEP5, *.h, x/y.c, false"})
    void globs(PathGlob.Syntax syntax, String pattern, String path, boolean matches) {
        assertThat(new PathGlob(pattern, syntax).matches(path)).isEqualTo(matches);
    }

    @Test
    void hostileGlobsStayPolynomial() {
        String pattern = "*a".repeat(200) + "b";
        String path = "a".repeat(3_000);
        long start = System.nanoTime();
        assertThat(new PathGlob(pattern, PathGlob.Syntax.DEP5).matches(path)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource({"REUSE.toml, true", "sub/REUSE.toml, true", ".reuse/dep5, true", "x/.reuse/dep5, true",
            "reuse.toml, false", "dep5, false"})
    void supportsReuseFiles(String path, boolean supported) {
        assertThat(ReuseReader.supports(path)).isEqualTo(supported);
    }
}
