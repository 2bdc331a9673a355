package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseCatalogTest {
    private final LicenseCatalog catalog = LicenseCatalog.bundled();

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache 2.0                                              | Apache-2.0
            Apache License 2.0                                      | Apache-2.0
            The Apache Software License, Version 2.0                | Apache-2.0
            apache-2.0                                              | Apache-2.0
            ASL 2.0                                                 | Apache-2.0
            Apache License, Version 2.0                             | Apache-2.0
            Apache License Version 2.0                              | Apache-2.0
            MIT License                                             | MIT
            mit                                                     | MIT
            The MIT License (MIT)                                   | MIT
            BSD                                                     | BSD-3-Clause
            new BSD                                                 | BSD-3-Clause
            BSD 3-Clause                                            | BSD-3-Clause
            Modified BSD                                            | BSD-3-Clause
            BSD 2-Clause "Simplified" License                       | BSD-2-Clause
            Simplified BSD                                          | BSD-2-Clause
            GPLv2                                                   | GPL-2.0-only
            GPL-2.0+                                                | GPL-2.0-or-later
            GPL-2.0                                                 | GPL-2.0-only
            gpl-3.0                                                 | GPL-3.0-only
            GNU General Public License v3 (GPLv3)                   | GPL-3.0-only
            GNU General Public License v2 or later (GPLv2+)         | GPL-2.0-or-later
            GNU General Public License v3.0 or later                | GPL-3.0-or-later
            LGPL-2.1-or-later                                       | LGPL-2.1-or-later
            LGPL-2.1                                                | LGPL-2.1-only
            GNU Lesser General Public License v3 (LGPLv3)           | LGPL-3.0-only
            GNU Affero General Public License v3                    | AGPL-3.0-only
            Mozilla Public License 2.0 (MPL 2.0)                    | MPL-2.0
            Eclipse Public License - v 2.0                          | EPL-2.0
            License :: OSI Approved :: MIT License                  | MIT
            License :: OSI Approved :: Apache Software License      | Apache-2.0
            License :: OSI Approved :: BSD License                  | BSD-3-Clause
            License :: OSI Approved :: ISC License (ISCL)           | ISC
            License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+) | LGPL-2.0-or-later
            License :: OSI Approved :: Python Software Foundation License | PSF-2.0
            License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication | CC0-1.0
            MIT OR Apache-2.0                                       | MIT OR Apache-2.0
            mit or apache-2.0                                       | MIT OR Apache-2.0
            Apache-2.0 WITH LLVM-exception                          | Apache-2.0 WITH LLVM-exception
            (MIT AND BSD-3-Clause)                                  | MIT AND BSD-3-Clause
            (MIT OR Apache-2.0) AND BSD-2-Clause                    | (MIT OR Apache-2.0) AND BSD-2-Clause
            GPL-2.0-with-classpath-exception                        | GPL-2.0-only WITH Classpath-exception-2.0
            GPL-2.0-only WITH Classpath-exception-2.0 OR MIT        | GPL-2.0-only WITH Classpath-exception-2.0 OR MIT
            MIT/Apache-2.0                                          | MIT OR Apache-2.0
            Apache 2.0 or MIT                                       | Apache-2.0 OR MIT
            CDDL + GPLv2 with classpath exception                   | CDDL-1.1 OR GPL-2.0-only WITH Classpath-exception-2.0
            LicenseRef-my-license                                   | LicenseRef-my-license
            LicenseRef-a OR MIT                                     | LicenseRef-a OR MIT
            cc-by-nc-4.0                                            | CC-BY-NC-4.0
            cc-by-sa-4.0                                            | CC-BY-SA-4.0
            odbl                                                    | ODbL-1.0
            lgpl-lr                                                 | LGPLLR
            Unlicense                                               | Unlicense
            zlib/libpng License                                     | Zlib
            """)
    void knownDeclarationsNormaliseToSpdx(String declared, String expected) {
        NormalizedLicense normalized = catalog.normalize(declared);
        assertThat(normalized.known()).as("known").isTrue();
        assertThat(normalized.expression()).isEqualTo(expected);
        assertThat(normalized.declaredAs()).isEqualTo(declared);
    }

    @ParameterizedTest(name = "''{0}'' stays as written")
    @CsvSource(delimiter = '|', textBlock = """
            llama3
            llama3.1
            gemma
            openrail
            creativeml-openrail-m
            bigscience-openrail-m
            other
            Proprietary
            MIT OR
            MIT AND Foo
            openrail++
            MIT WITH
            Apache-2.0 WITH Not-an-exception
            Some Corp Internal License 1.0
            License :: Other/Proprietary License
            License :: OSI Approved
            NOASSERTION
            UNLICENSED
            BSD-style
            """)
    void unknownDeclarationsAreKeptVerbatimAndUnknown(String declared) {
        NormalizedLicense normalized = catalog.normalize(declared);
        assertThat(normalized.known()).isFalse();
        assertThat(normalized.expression()).isEqualTo(declared);
    }

    @Test
    void normalizeRefusesBlank() {
        assertThatThrownBy(() -> catalog.normalize("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalizeTrimsButKeepsTheDeclarationAsWritten() {
        NormalizedLicense n = catalog.normalize("  MIT License \n");
        assertThat(n.expression()).isEqualTo("MIT");
        assertThat(n.declaredAs()).isEqualTo("  MIT License \n");
        assertThat(catalog.normalize("  MIT License ").declaredAs()).isEqualTo("  MIT License ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            apache-2.0   | Apache-2.0
            MIT          | MIT
            gpl-2.0      | GPL-2.0
            cc-by-nc-4.0 | CC-BY-NC-4.0
            """)
    void idsAreListedInAnyCase(String id, String canonical) {
        assertThat(catalog.isListed(id)).isTrue();
        assertThat(catalog.canonicalId(id)).contains(canonical);
    }

    @ParameterizedTest
    @CsvSource({"Apache 2.0", "llama3", "LicenseRef-x", "''"})
    void namesAndUnknownIdsAreNotListedIds(String id) {
        assertThat(catalog.isListed(id)).isFalse();
    }

    @Test
    void namesAndTextsComeFromTheBundledList() {
        assertThat(catalog.name("mit")).contains("MIT License");
        assertThat(catalog.name("Apache-2.0")).contains("Apache License 2.0");
        assertThat(catalog.text("MIT")).hasValueSatisfying(t -> assertThat(t).contains("Permission is hereby granted"));
        assertThat(catalog.text("no-such-license")).isEmpty();
        assertThat(catalog.isListedException("llvm-exception")).isTrue();
        assertThat(catalog.isDeprecated("GPL-2.0")).isTrue();
        assertThat(catalog.isDeprecated("GPL-2.0-only")).isFalse();
    }

    @Test
    void theListIsTheOneBundledInTheJar() {
        assertThat(catalog.listVersion()).matches("\\d+\\.\\d+(\\.\\d+)?");
        assertThat(catalog.currentIds()).hasSizeGreaterThan(600).contains("MIT", "Apache-2.0", "GPL-3.0-only")
                .doesNotContain("GPL-3.0");
        assertThat(System.getProperty(LicenseCatalog.USE_JAR_ONLY)).isEqualTo("true");
        assertThat(System.getProperty(LicenseCatalog.LOCAL_ONLY)).isEqualTo("true");
    }

    @Test
    void everyAliasAndReplacementInTheDataFilesIsAValidExpression() {
        for (String[] row : LicenseCatalog.readTable("license-aliases.tsv")) {
            assertThat(catalog.expression(row[0])).as(row[1]).contains(row[0]);
            assertThat(catalog.normalize(row[1]).expression()).as(row[1]).isEqualTo(row[0]);
        }
        for (String[] row : LicenseCatalog.readTable("deprecated-license-ids.tsv")) {
            assertThat(catalog.isDeprecated(row[0])).as(row[0]).isTrue();
            assertThat(catalog.expression(row[1])).as(row[1]).contains(row[1]);
        }
    }

    @Test
    void everyListedNameNormalisesToAnIdWithTheSameText() {
        for (String id : catalog.currentIds()) {
            NormalizedLicense byName = catalog.normalize(catalog.name(id).orElseThrow());
            assertThat(byName.known()).as(id).isTrue();
            assertThat(catalog.normalize(id).expression()).as(id).isEqualTo(id);
        }
    }
}
