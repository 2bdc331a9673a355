package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {
    private final ManifestReader reader = ManifestReader.standard();

    private ManifestFacts read(String path, String text) throws InputProblem {
        return reader.read(new TextFile(path, text));
    }

    @Test
    void pomLicensesOrganisationAndDevelopers() throws InputProblem {
        ManifestFacts facts = read("lib/pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <licenses>
                    <license>
                      <name>The Apache Software License, Version 2.0</name>
                      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
                    </license>
                    <license>
                      <name>Eclipse Distribution License</name>
                      <url>https://opensource.org/licenses/BSD-3-Clause</url>
                    </license>
                    <license>
                      <url>https://opensource.org/licenses/MIT</url>
                    </license>
                  </licenses>
                  <organization><name>Example Org</name></organization>
                  <developers>
                    <developer><id>jd</id><name>Jane Doe</name></developer>
                    <developer><id>rr</id></developer>
                  </developers>
                </project>
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines,
                        LicenseFinding::known, LicenseFinding::declaredAs)
                .containsExactly(
                        tuple("Apache-2.0", LineRange.of(6), true, "The Apache Software License, Version 2.0"),
                        tuple("BSD-3-Clause", LineRange.of(10), true, "Eclipse Distribution License"),
                        tuple("MIT", LineRange.of(14), true, "https://opensource.org/licenses/MIT"));
        assertThat(facts.licenses()).allMatch(f -> f.source() == LicenseSource.MANIFEST);
        assertThat(facts.parties()).containsExactly("Example Org", "Jane Doe", "rr");
    }

    @Test
    void pomWithADoctypeIsRefused() {
        assertThatThrownBy(() -> read("pom.xml", "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/hosts\">]>"
                + "<project>&x;</project>"))
                .isInstanceOfSatisfying(InputProblem.class,
                        e -> assertThat(e.code()).isEqualTo(IssueCode.XML_DOCTYPE_REFUSED));
    }

    @Test
    void packageJsonLicenseAuthorAndContributors() throws InputProblem {
        ManifestFacts facts = read("package.json", """
                {
                  "name": "widgets",
                  "license": "(MIT OR Apache-2.0)",
                  "author": "Jane Doe <jane@example.org> (https://example.org)",
                  "contributors": [{"name": "Raj Roe", "email": "raj@example.org"}, "Ann Poe"]
                }
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("MIT OR Apache-2.0", LineRange.of(3)));
        assertThat(facts.parties()).containsExactly("Jane Doe <jane@example.org> (https://example.org)", "Raj Roe",
                "Ann Poe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            legacy object     | {"license": {"type": "ISC", "url": "https://x"}}                               | ISC                  | true
            legacy array      | {"licenses": [{"type": "MIT"}, {"type": "GPL-2.0"}]}                          | MIT;GPL-2.0-only     | true
            see license in    | {"license": "SEE LICENSE IN LICENSE.txt"}                                      | SEE LICENSE IN LICENSE.txt | false
            unlicensed        | {"license": "UNLICENSED"}                                                      | UNLICENSED           | false
            """)
    void packageJsonLicenseForms(String name, String json, String expected, boolean known) throws InputProblem {
        ManifestFacts facts = read("package.json", json);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression)
                .containsExactly(expected.split(";"));
        assertThat(facts.licenses()).allMatch(f -> f.known() == known);
    }

    @Test
    void invalidPackageJsonIsAnInputProblem() {
        assertThatThrownBy(() -> read("package.json", "{\"license\": \"MIT\",}"))
                .isInstanceOfSatisfying(InputProblem.class, e -> {
                    assertThat(e.code()).isEqualTo(IssueCode.INVALID_JSON);
                    assertThat(e.getMessage()).contains("trailing comma");
                });
    }

    @Test
    void pyprojectPep639AndClassifiersAndAuthors() throws InputProblem {
        ManifestFacts facts = read("pyproject.toml", """
                [project]
                name = "widgets"
                license = "Apache-2.0 OR MIT"
                authors = [{name = "Jane Doe", email = "jane@example.org"}, {email = "bot@example.org"}]
                maintainers = [{name = "Raj Roe"}]
                classifiers = [
                    "Programming Language :: Python :: 3",
                    "License :: OSI Approved :: MIT License",
                    "License :: OSI Approved",
                ]
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("Apache-2.0 OR MIT", LineRange.of(3)), tuple("MIT", LineRange.of(8)));
        assertThat(facts.parties()).containsExactly("Jane Doe", "bot@example.org", "Raj Roe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            table text       | [project]\\nlicense = {text = "BSD 3-Clause"}                   | BSD-3-Clause               | true
            table file       | [project]\\nlicense = {file = "LICENSE"}                        | SEE LICENSE IN LICENSE     | false
            expression key   | [project]\\nlicense-expression = "MIT"                          | MIT                        | true
            poetry           | [tool.poetry]\\nlicense = "GPL-3.0-or-later"\\nauthors = ["A <a@x>"] | GPL-3.0-or-later      | true
            unknown name     | [project]\\nlicense = "Proprietary"                             | Proprietary                | false
            """)
    void pyprojectLicenseForms(String name, String toml, String expected, boolean known) throws InputProblem {
        ManifestFacts facts = read("pyproject.toml", toml.replace("\\n", "\n"));
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::known)
                .containsExactly(tuple(expected, known));
        assertThat(facts.licenses().get(0).lines()).isEqualTo(LineRange.of(2));
    }

    @Test
    void pyprojectWithAWholeLicenseTextInTheTableIsMatched() throws InputProblem {
        String mit = LicenseCatalog.bundled().text("MIT").orElseThrow().replace("\"", "'");
        ManifestFacts facts = read("pyproject.toml", "[project]\nlicense = {text = \"\"\"" + mit + "\"\"\"}\n");
        assertThat(facts.licenses()).extracting(LicenseFinding::expression).containsExactly("MIT");
    }

    @Test
    void invalidTomlIsAnInputProblem() {
        assertThatThrownBy(() -> read("Cargo.toml", "[package]\nlicense = \n"))
                .isInstanceOfSatisfying(InputProblem.class,
                        e -> assertThat(e.code()).isEqualTo(IssueCode.INVALID_TOML));
    }

    @Test
    void setupCfgMetadata() throws InputProblem {
        ManifestFacts facts = read("setup.cfg", """
                [metadata]
                name = widgets
                author = Jane Doe
                license = BSD
                classifiers =
                    Development Status :: 4 - Beta
                    License :: OSI Approved :: Apache Software License

                [options]
                license = not-metadata
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("BSD-3-Clause", LineRange.of(4)), tuple("Apache-2.0", LineRange.of(7)));
        assertThat(facts.parties()).containsExactly("Jane Doe");
    }

    @Test
    void setupPyIsReadAsTextNeverRun() throws InputProblem {
        ManifestFacts facts = read("setup.py", """
                import os
                os.system("rm -rf /")  # never executed: read as text only
                setup(
                    name='widgets',
                    author="Jane Doe",
                    license='MIT License',
                    classifiers=[
                        'License :: OSI Approved :: MIT License',
                        "Programming Language :: Python",
                    ],
                )
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("MIT", LineRange.of(6)), tuple("MIT", LineRange.of(8)));
        assertThat(facts.parties()).containsExactly("Jane Doe");
    }

    @Test
    void cargoTomlLicenseLicenseFileAndAuthors() throws InputProblem {
        ManifestFacts facts = read("crates/x/Cargo.toml", """
                [package]
                name = "x"
                license = "MIT/Apache-2.0"
                license-file = "LICENSE-OTHER"
                authors = ["Jane Doe <jane@example.org>"]
                """);
        assertThat(facts.licenses()).extracting(LicenseFinding::expression, LicenseFinding::lines)
                .containsExactly(tuple("MIT OR Apache-2.0", LineRange.of(3)),
                        tuple("SEE LICENSE IN LICENSE-OTHER", LineRange.of(4)));
        assertThat(facts.parties()).containsExactly("Jane Doe <jane@example.org>");
    }

    @ParameterizedTest
    @CsvSource({"pom.xml, true", "a/b/package.json, true", "pyproject.toml, true", "setup.cfg, true",
            "setup.py, true", "Cargo.toml, true", "build.gradle, false", "pom.xml.bak, false", "README.md, false"})
    void supportsManifestsByFileName(String path, boolean supported) {
        assertThat(ManifestReader.supports(path)).isEqualTo(supported);
    }

    @Test
    void manifestsWithoutLicensesGiveEmptyFacts() throws InputProblem {
        assertThat(read("package.json", "{\"name\": \"x\"}").licenses()).isEmpty();
        assertThat(read("Cargo.toml", "[workspace]\nmembers = []\n").licenses()).isEmpty();
        assertThat(read("pom.xml", "<project/>").licenses()).isEmpty();
    }
}
