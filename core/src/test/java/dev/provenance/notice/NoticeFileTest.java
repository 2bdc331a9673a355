package dev.provenance.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.provenance.notice.NoticeEntry.Layout;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeFileTest {
    private static final String APACHE_NOTICE = """
            Apache Foo Widgets
            Copyright 2014-2024 The Apache Software Foundation

            This product includes software developed at
            The Apache Software Foundation (https://www.apache.org/).

            This product includes software developed by
            Joe Example and the Widget Makers (https://widgets.example.org/).

            This product contains a modified portion of 'Gizmo', an event based
            HTTP server, which can be obtained at:

              * LICENSE:
                * license/LICENSE.gizmo.txt (BSD License)
              * HOMEPAGE:
                * https://gizmo.example.com/

            The Blob component is Copyright 2010 Blob Labs Inc. and is licensed under
            the MIT License.
            """;

    private static final String VENDOR_NOTICE = """
            OPEN SOURCE SOFTWARE NOTICE

            Please note we provide an open source software notice along with this product and/or this product
            firmware (in the following just "this product"). The open source software licenses are granted by
            the respective right holders.

            Warranty Disclaimer
            THE OPEN SOURCE SOFTWARE IN THIS PRODUCT IS DISTRIBUTED IN THE HOPE THAT IT WILL BE USEFUL.

            Copyright Notice and License Texts

            Software: zlib 1.2.13
            Copyright notice:
            Copyright (C) 1995-2022 Jean-loup Gailly and Mark Adler
            License: zlib License
              This software is provided 'as-is', without any express or implied warranty.
              Permission is granted to anyone to use this software for any purpose.

            Software: tinyjson v0.4
            Copyright notice: 2019 Tiny Labs Ltd.
            License: MIT License
            Permission is hereby granted, free of charge, to any person obtaining a copy of this software.
            """;

    private static NoticeFile parse(String text) {
        return NoticeFile.parse(new TextFile("NOTICE", text));
    }

    @Test
    void readsTheOwnCopyrightOfAnApacheNotice() {
        NoticeFile notice = parse(APACHE_NOTICE);
        assertThat(notice.ownStatements()).singleElement().satisfies(s -> {
            assertThat(s.holders()).containsExactly("The Apache Software Foundation");
            assertThat(s.years()).isEqualTo("2014-2024");
            assertThat(s.lines()).isEqualTo(LineRange.of(2));
        });
        assertThat(notice.statements()).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("The Apache Software Foundation"), List.of("Blob Labs Inc."));
    }

    @Test
    void readsApacheStyleThirdPartyParagraphs() {
        List<NoticeEntry> entries = parse(APACHE_NOTICE).entries();
        assertThat(entries).extracting(NoticeEntry::name)
                .containsExactly("The Apache Software Foundation", "Joe Example and the Widget Makers", "Gizmo");
        assertThat(entries).allSatisfy(e -> assertThat(e.layout()).isEqualTo(Layout.APACHE_PARAGRAPH));
        assertThat(entries.get(1).url()).isEqualTo("https://widgets.example.org/");
        assertThat(entries.get(1).holders()).containsExactly("Joe Example and the Widget Makers");
        NoticeEntry gizmo = entries.get(2);
        assertThat(gizmo.license()).isEqualTo("BSD License");
        assertThat(gizmo.url()).isEqualTo("https://gizmo.example.com/");
        assertThat(gizmo.lines()).isEqualTo(new LineRange(10, 16));
    }

    @Test
    void readsVendorSoftwareBlocks() {
        NoticeFile notice = parse(VENDOR_NOTICE);
        assertThat(notice.entries()).extracting(NoticeEntry::name, NoticeEntry::version, NoticeEntry::license,
                        NoticeEntry::holders, NoticeEntry::layout)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("zlib", "1.2.13", "zlib License",
                                List.of("Jean-loup Gailly", "Mark Adler"), Layout.VENDOR_BLOCK),
                        org.assertj.core.groups.Tuple.tuple("tinyjson", "v0.4", "MIT License",
                                List.of("Tiny Labs Ltd."), Layout.VENDOR_BLOCK));
        assertThat(notice.entries().get(0).lines()).isEqualTo(new LineRange(12, 17));
        assertThat(notice.ownStatements()).isEmpty();
    }

    @Test
    void readsMarkdownListsOfComponents() {
        NoticeFile notice = parse("""
                # Third-party notices

                This project bundles the following components:

                - [left-pad](https://example.com/left-pad) 1.3.0 (MIT)
                - fastjson 2.0.1 - Apache-2.0
                * Tiny Parser, version 0.9 (BSD-3-Clause)
                1. Redistributions of source code must retain the above copyright notice, this list of conditions.
                """);
        assertThat(notice.entries()).extracting(NoticeEntry::name, NoticeEntry::version, NoticeEntry::license,
                        NoticeEntry::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("left-pad", "1.3.0", "MIT", "https://example.com/left-pad"),
                        org.assertj.core.groups.Tuple.tuple("fastjson", "2.0.1", "Apache-2.0", ""),
                        org.assertj.core.groups.Tuple.tuple("Tiny Parser", "0.9", "BSD-3-Clause", ""));
        assertThat(notice.entries()).allSatisfy(e -> assertThat(e.layout()).isEqualTo(Layout.LIST_ITEM));
    }

    @Test
    void readsGeneratedDependencyLists() {
        NoticeFile notice = parse("""
                Lists of 2 third-party dependencies.
                     (Apache License, Version 2.0) Apache Commons Lang (org.apache.commons:commons-lang3:3.14.0 - https://commons.apache.org/proper/commons-lang/)
                     (Eclipse Public License 1.0) (MIT License) Widget Core (com.example:widget-core:1.2 - no url defined)
                """);
        assertThat(notice.entries()).extracting(NoticeEntry::name, NoticeEntry::version, NoticeEntry::license)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Apache Commons Lang", "3.14.0", "Apache License, Version 2.0"),
                        org.assertj.core.groups.Tuple.tuple("Widget Core", "1.2",
                                "Eclipse Public License 1.0 OR MIT License"));
        assertThat(notice.entries().get(0).url()).isEqualTo("https://commons.apache.org/proper/commons-lang/");
        assertThat(notice.entries()).allSatisfy(e -> assertThat(e.layout()).isEqualTo(Layout.DEPENDENCY_LIST));
    }

    @Test
    void readsHeadingSections() {
        NoticeFile notice = parse("""
                NOTICES AND INFORMATION
                Do Not Translate or Localize

                %% left-pad NOTICES AND INFORMATION BEGIN HERE
                =========================================
                Copyright (c) 2018 Pad Person
                Permission is hereby granted under the MIT License.
                =========================================
                END OF left-pad NOTICES AND INFORMATION

                ## rotate-half 0.2.1

                Copyright 2021 Rotation Works LLC
                Licensed under the Apache License, Version 2.0.

                ## Acknowledgements

                Thanks to everyone who tested the alpha, see the license of each component above.
                """);
        assertThat(notice.entries()).extracting(NoticeEntry::name, NoticeEntry::version, NoticeEntry::holders)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("left-pad", "", List.of("Pad Person")),
                        org.assertj.core.groups.Tuple.tuple("rotate-half", "0.2.1", List.of("Rotation Works LLC")));
        assertThat(notice.entries()).allSatisfy(e -> assertThat(e.layout()).isEqualTo(Layout.SECTION));
        assertThat(notice.entries().get(0).lines()).isEqualTo(new LineRange(4, 9));
    }

    @Test
    void skipsATitleBeforeTheOwnCopyright() {
        NoticeFile notice = parse("NOTICE\n======\n\nWidget Server\nCopyright 2020-2024 Widget Corp.\n\n"
                + "This product includes software developed by Gadget Inc. (https://gadget.example)\n");
        assertThat(notice.ownStatements()).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("Widget Corp."));
    }

    @Test
    void hasNoOwnCopyrightWhenTheFileOpensWithAThirdPartyEntry() {
        NoticeFile notice = parse("This product includes software developed by Gadget Inc.\n"
                + "Copyright 2011 Gadget Inc.\n");
        assertThat(notice.ownStatements()).isEmpty();
        assertThat(notice.entries()).extracting(NoticeEntry::name).containsExactly("Gadget Inc");
    }

    @ParameterizedTest(name = "{0} credited: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Apache Software Foundation | true
            apache software foundation     | true
            Apache Software Foundation, Inc. | true
            Joe Example                    | true
            the widget makers              | true
            Widget Makers LLC              | true
            Blob Labs                      | true
            BLOB LABS, INC.                | true
            Gizmo authors                  | true
            Google LLC                     | false
            Example                        | true
            Gadgets                        | false
            Apache Foo Gadgets             | false
            ''                             | false
            """)
    void creditsAHolderNamedAnywhereInTheFile(String holder, boolean credited) {
        assertThat(parse(APACHE_NOTICE).credits(holder)).isEqualTo(credited);
    }

    @Test
    void mentionsComponentsByName() {
        NoticeFile notice = parse(VENDOR_NOTICE);
        assertThat(notice.mentions("ZLIB")).isTrue();
        assertThat(notice.mentions("tinyjson")).isTrue();
        assertThat(notice.mentions("json")).isFalse();
    }

    @Test
    void parsesAHostileNoticeQuickly() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            b.append("- component-").append(i).append(" 1.").append(i).append(" (MIT)\n");
            b.append("Software: pkg").append(i).append(" 2.0\nCopyright notice: ").append("(c) ".repeat(50))
                    .append("\nLicense: MIT\n\n");
        }
        b.append("This product includes ").append("x".repeat(1 << 20)).append('\n');
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> { // linear: well under a second per MB
            NoticeFile notice = parse(b.toString());
            assertThat(notice.entries()).hasSizeGreaterThan(20_000);
        });
    }
}
