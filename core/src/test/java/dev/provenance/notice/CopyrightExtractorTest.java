package dev.provenance.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CopyrightExtractorTest {
    private final CopyrightExtractor extractor = new CopyrightExtractor();

    private List<CopyrightStatement> extract(String text) {
        return extractor.extract(new TextFile("Foo.java", text));
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("Copyright 2024 The Qwen team, Alibaba Group and the HuggingFace Inc. team. All rights reserved.",
                        "2024", List.of("The Qwen team", "Alibaba Group", "The HuggingFace Inc. team")),
                Arguments.of(" * Copyright (c) 2000-2011 INRIA, France Telecom",
                        "2000-2011", List.of("INRIA", "France Telecom")),
                Arguments.of(" * Copyright 2002-2024 the original author or authors.",
                        "2002-2024", List.of("The original author or authors")),
                Arguments.of(" * Copyright (C) 2007 The Guava Authors", "2007", List.of("The Guava Authors")),
                Arguments.of("// Copyright 2024 Google LLC", "2024", List.of("Google LLC")),
                Arguments.of("# SPDX-FileCopyrightText: 2023 Jane Doe <jane@example.com>", "2023", List.of("Jane Doe")),
                Arguments.of("// SPDX-FileCopyrightText: Copyright 2021 The Foo Project", "2021",
                        List.of("The Foo Project")),
                Arguments.of("SPDX-FileCopyrightText: \u00a9 2022 Acme GmbH", "2022", List.of("Acme GmbH")),
                Arguments.of("SPDX-FileCopyrightText: Acme Robotics", "", List.of("Acme Robotics")),
                Arguments.of("# \u00a9 2023 Meta Platforms, Inc. and affiliates.", "2023",
                        List.of("Meta Platforms, Inc. and affiliates")),
                Arguments.of("Copyright: 2010 Foo Bar <foo@example.org>", "2010", List.of("Foo Bar")),
                Arguments.of("Copyright (c) Microsoft Corporation. All rights reserved.", "",
                        List.of("Microsoft Corporation")),
                Arguments.of("Copyright (c) Facebook, Inc. and its affiliates.", "",
                        List.of("Facebook, Inc. and its affiliates")),
                Arguments.of("Copyright (c) 2019 - present, Facebook, Inc.", "2019 - present", List.of("Facebook, Inc.")),
                Arguments.of("Copyright 2019, 2021, 2023 Foo Corp.", "2019, 2021, 2023", List.of("Foo Corp.")),
                Arguments.of("Copyright 2019-present Foo Ltd.", "2019-present", List.of("Foo Ltd.")),
                Arguments.of("# Copyright 2019 - 2024 Foo Labs", "2019 - 2024", List.of("Foo Labs")),
                Arguments.of("project_copyright = u'2010, Foo Developers'", "2010", List.of("Foo Developers")),
                Arguments.of("Copyright (c) 2019-24 Short Years Inc", "2019-24", List.of("Short Years Inc")),
                Arguments.of("Copr. 1999 Foo Systems", "1999", List.of("Foo Systems")),
                Arguments.of("(C) 2015 Example Org", "2015", List.of("Example Org")),
                Arguments.of("-- Copyright (c) 2012 Alice Smith and Bob Jones", "2012", List.of("Alice Smith", "Bob Jones")),
                Arguments.of("; Copyright 2008 Johnson and Johnson", "2008", List.of("Johnson and Johnson")),
                Arguments.of("Copyright 2021 IBM and Red Hat, Inc.", "2021", List.of("IBM", "Red Hat, Inc.")),
                Arguments.of("<!-- Copyright 2020 Docs Team -->", "2020", List.of("Docs Team")),
                Arguments.of("\"\"\" Copyright 2020 Py Folks \"\"\"", "2020", List.of("Py Folks")),
                Arguments.of("Copyright 2012 The Chromium Authors. All rights reserved.", "2012",
                        List.of("The Chromium Authors")),
                Arguments.of("  Copyright (C) 1989, 1991 Free Software Foundation, Inc.,", "1989, 1991",
                        List.of("Free Software Foundation, Inc.")),
                Arguments.of(" Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>", "2007",
                        List.of("Free Software Foundation, Inc.")),
                Arguments.of("Copyright (c) 2010 Foo Bar (https://foo.example)", "2010", List.of("Foo Bar")),
                Arguments.of("Copyright 2020 https://example.org", "2020", List.of("https://example.org")),
                Arguments.of("copyright = '2019-2024, The Sphinx Team'", "2019-2024", List.of("The Sphinx Team")),
                Arguments.of("COPYRIGHT = \"Copyright 2020 IBM Corp.\";", "2020", List.of("IBM Corp.")),
                Arguments.of("Copyright Foo Bar, 2020", "2020", List.of("Foo Bar")),
                Arguments.of("&copy; 2020 Web Corp", "2020", List.of("Web Corp")),
                Arguments.of("Portions Copyright (C) 2010 Some Vendor Ltd.", "2010", List.of("Some Vendor Ltd.")),
                Arguments.of("Copyright \u00a9 2016 Foo, Ltd.", "2016", List.of("Foo, Ltd.")),
                Arguments.of("Copyright 2020 Foo, LLC", "2020", List.of("Foo, LLC")),
                Arguments.of("Copyright (c) 2004 by Some Person", "2004", List.of("Some Person")),
                Arguments.of("Copyright (c) 2018 J. R. Hacker", "2018", List.of("J. R. Hacker")),
                Arguments.of("COPYRIGHT 1999 BIG CORP", "1999", List.of("BIG CORP")),
                Arguments.of(" * @copyright 2018 Doxygen Users", "2018", List.of("Doxygen Users")),
                Arguments.of("Copyright The Guava Authors", "", List.of("The Guava Authors")),
                Arguments.of("Copyright 2020 Foo Bar. Licensed under the MIT License.", "2020", List.of("Foo Bar")),
                Arguments.of("/* Copyright 2020 Inline Corp */ int x;", "2020", List.of("Inline Corp")),
                Arguments.of("Copyright (c) 2016-2018, 2020 Foo Bar, Baz Qux, and Quux Corge", "2016-2018, 2020",
                        List.of("Foo Bar", "Baz Qux", "Quux Corge")),
                Arguments.of("Copyright 2001 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "2001",
                        List.of("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale")),
                Arguments.of("Copyright (c) 2017 Example AG, Germany", "2017", List.of("Example AG")),
                Arguments.of("Copyright 2009, Paul Example E<lt>pe@example.orgE<gt>", "2009", List.of("Paul Example")),
                Arguments.of("Copyright (C) AB Strakt", "", List.of("AB Strakt")),
                Arguments.of("Copyright 2015 Jane Doe <jane at example dot com>", "2015",
                        List.of("Jane Doe <jane at example dot com>")),
                // remarks after a comma are not holders
                Arguments.of("(C) 2011 Acme Widgets Ltd, written by Kim Sample", "2011", List.of("Acme Widgets Ltd")),
                Arguments.of("Copyright: 2014 Nordic Gadgets AB, a Sample Group company", "2014",
                        List.of("Nordic Gadgets AB")),
                Arguments.of("Copyright (c) 1999-2004 Lee Person, Max Person, and other authors as noted.",
                        "1999-2004", List.of("Lee Person", "Max Person")),
                Arguments.of("Copyright: 2000-2010 The Sample packagers, including", "2000-2010",
                        List.of("The Sample packagers")),
                Arguments.of("copyright 2007 Pat Example <pat@example.org>, some parts", "2007", List.of("Pat Example")),
                Arguments.of("Copyright: 2018 Sample Org; Originally written by Kim Sample", "2018",
                        List.of("Sample Org")),
                // where the holder ends
                Arguments.of("Copyright (c) 2003+ Pat Example. All rights reserved.", "2003+", List.of("Pat Example")),
                Arguments.of("Copyright (c) 2005 Robin Example and it is hereby placed in the public domain.", "2005",
                        List.of("Robin Example")),
                Arguments.of("Copyright (C) 2012 Jo Example - see README for more details", "2012",
                        List.of("Jo Example")),
                Arguments.of("Copyright 2016 The Widget developers (see AUTHORS file)", "2016",
                        List.of("The Widget developers")),
                Arguments.of("Copyright 2010 Dana Sample All rights", "2010", List.of("Dana Sample")),
                Arguments.of("// Copyright 2013 Example Widgets Inc. All Rights Reserved.", "2013",
                        List.of("Example Widgets Inc.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void readsYearsAndHoldersOfAStatement(String line, String years, List<String> holders) {
        List<CopyrightStatement> found = extract(line);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).years()).isEqualTo(years);
        assertThat(found.get(0).holders()).containsExactlyElementsOf(holders);
        assertThat(found.get(0).lines()).isEqualTo(LineRange.of(1));
    }

    static Stream<String> notStatements() {
        return Stream.of(
                "Redistributions of source code must retain the above copyright notice,",
                "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"",
                "IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE",
                "## Copyright and license",
                "This work is protected by copyright law.",
                "The code is copyrighted by the authors.",
                "Copyright (C) <year>  <name of author>",
                "    <program>  Copyright (C) <year>  <name of author>",
                "Copyright (c) <year> <copyright holders>",
                "   Copyright [yyyy] [name of copyright owner]",
                "Copyright {yyyy} {name of copyright owner}",
                "Copyright (c) [year] [fullname]",
                "Copyright (C) 19yy  <name of author>",
                "    Gnomovision version 69, Copyright (C) year name of author",
                "copyright the software, and (2) offer you this license which gives you",
                "      2. Grant of Copyright License. Subject to the terms and conditions of",
                "the copyright holder saying it may be distributed under the terms of this General",
                "copyright = get_copyright()",
                "copyright = f'{year}, Foo'",
                "copyright = '%s, Foo' % year",
                "    (c) the licensee shall not sublicense",
                "Copyright",
                "Copyright (c)",
                "Copyright (c) YEAR YOUR NAME",
                "Copyright (c) 2024 Your Name",
                "Copyright Notice",
                "COPYRIGHT_HOLDER = owner",
                "String copyrightHolder = owner;",
                "The copyright of this file belongs to whoever wrote it",
                "Copyright holders are listed in AUTHORS.",
                "copyright: see LICENSE",
                "All copyrights belong to their respective owners.",
                "if (copyright != null) {",
                "    169: '\u00a9', 170: 253, # a code table",
                "Copyright: n/a",
                "Copyright: unspecified",
                "Copyright: public-domain");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notStatements")
    void ignoresProseTemplatesAndCode(String line) {
        assertThat(extract(line)).isEmpty();
    }

    @Test
    void joinsAHolderWrittenOnTheNextLine() {
        List<CopyrightStatement> found = extract("/*\n * Copyright (c) 2004\n *     Some Holder Ltd.\n */\n");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.years()).isEqualTo("2004");
            assertThat(s.holders()).containsExactly("Some Holder Ltd.");
            assertThat(s.lines()).isEqualTo(new LineRange(2, 3));
            assertThat(s.statement()).isEqualTo("Copyright (c) 2004 Some Holder Ltd.");
        });
    }

    @Test
    void joinsAHolderListContinuedAfterAnd() {
        List<CopyrightStatement> found = extract("# Copyright 2020 Foo Systems and\n#   Bar Labs Inc.\n");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holders()).containsExactly("Foo Systems", "Bar Labs Inc.");
            assertThat(s.lines()).isEqualTo(new LineRange(1, 2));
        });
    }

    @Test
    void joinsAHolderNameCutAfterAConnector() {
        List<CopyrightStatement> found = extract(" * Copyright (c) 1990 by the\n *   Regents of the Example Institute.\n"
                + " * Copyright 2008 The Trustees of the Sample University of\n *   Northshire. All rights reserved.\n");
        assertThat(found).extracting(CopyrightStatement::holders).containsExactly(
                List.of("Regents of the Example Institute"), List.of("The Trustees of the Sample University of Northshire"));
        assertThat(found).extracting(CopyrightStatement::lines)
                .containsExactly(new LineRange(1, 2), new LineRange(3, 4));
    }

    @Test
    void aTruncatedAllRightsReservedLeavesNoHolder() {
        List<CopyrightStatement> found = extract("Copyright (c) 1997-2003, all rights\nreserved.\n");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.years()).isEqualTo("1997-2003");
            assertThat(s.holders()).isEmpty();
        });
    }

    @Test
    void keepsYearsWithoutHolderWhenTheNextLineIsLicenseText() {
        List<CopyrightStatement> found = extract("Copyright (c) 2004\nPermission is hereby granted, free of charge");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.years()).isEqualTo("2004");
            assertThat(s.holders()).isEmpty();
            assertThat(s.lines()).isEqualTo(LineRange.of(1));
        });
    }

    @Test
    void doesNotTreatACopyrightHeadingAsAStatement() {
        assertThat(extract("## Copyright\n\nThis project is maintained by volunteers.\n")).isEmpty();
        assertThat(extract("COPYRIGHT\n       2019 Foo Bar\n")).singleElement()
                .satisfies(s -> assertThat(s.holders()).containsExactly("Foo Bar"));
    }

    @Test
    void readsDebianContinuationLines() {
        String dep5 = """
                Files: *
                Copyright: 2010 Foo Bar <foo@example.org>
                           2012-2014 Baz Qux <baz@example.org>
                License: MIT
                """;
        List<CopyrightStatement> found = extract(dep5);
        assertThat(found).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("Foo Bar"), List.of("Baz Qux"));
        assertThat(found).extracting(CopyrightStatement::years).containsExactly("2010", "2012-2014");
        assertThat(found.get(1).lines()).isEqualTo(LineRange.of(3));
    }

    @Test
    void splitsSeveralStatementsOnOneLine() {
        List<CopyrightStatement> found = extract("Copyright 2020 Foo Inc. Copyright (c) 2021 Bar LLC");
        assertThat(found).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("Foo Inc."), List.of("Bar LLC"));
        assertThat(found).extracting(CopyrightStatement::statement)
                .containsExactly("Copyright 2020 Foo Inc.", "Copyright (c) 2021 Bar LLC");
    }

    @Test
    void findsStatementsAfterProseOnTheSameLine() {
        List<CopyrightStatement> found = extract("retain the above copyright notice. Copyright 2020 Foo Corp.");
        assertThat(found).singleElement().satisfies(s -> assertThat(s.holders()).containsExactly("Foo Corp."));
    }

    @Test
    void readsOnlyTheGivenRegion() {
        TextFile file = new TextFile("a.py", "# Copyright 2020 Alpha Corp\n\n\n# Copyright 2021 Beta Corp\n");
        assertThat(extractor.extract(file, new LineRange(1, 2))).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("Alpha Corp"));
        assertThat(extractor.extract(file, new LineRange(3, 500))).extracting(CopyrightStatement::holders)
                .containsExactly(List.of("Beta Corp"));
    }

    @Test
    void findsNothingInAnMitTemplate() {
        String mit = """
                MIT License

                Copyright (c) <year> <copyright holders>

                Permission is hereby granted, free of charge, to any person obtaining a copy
                of this software and associated documentation files (the "Software"), to deal
                in the Software without restriction, subject to the following conditions:

                The above copyright notice and this permission notice shall be included in all
                copies or substantial portions of the Software.

                IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
                """;
        assertThat(extract(mit)).isEmpty();
        assertThat(extract(mit.replace("<year> <copyright holders>", "2021 Jane Roe")))
                .singleElement().satisfies(s -> {
                    assertThat(s.holders()).containsExactly("Jane Roe");
                    assertThat(s.lines()).isEqualTo(LineRange.of(3));
                });
    }

    @Test
    void finishesFastOnAHostileMegabyteLine() {
        // a quadratic scan of a megabyte line would take hours; the limit is generous for a shared machine
        String repeated = "Copyright Copyright (c) (c) \u00a9 ".repeat(40_000);
        String letters = "a".repeat(1 << 20);
        String years = "Copyright 2019, 2020, 2021, ".repeat(40_000);
        String ands = "Copyright 2020 A and B and C, Inc., Inc., ".repeat(30_000);
        String brackets = "Copyright 2020 <<<<[[[[{{{{".repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String hostile : List.of(repeated, letters, years, ands, brackets)) {
                assertThat(extract(hostile + "\n" + hostile)).allSatisfy(
                        st -> assertThat(st.statement().length()).isLessThanOrEqualTo(2000));
                extract(hostile.substring(0, 1 << 18).replace(' ', '\n'));
            }
        });
    }

    @Test
    void capsTheLineLength() {
        String line = "Copyright 2020 " + "Foo ".repeat(1000) + " Copyright 2021 Late Holder";
        assertThat(extract(line)).extracting(CopyrightStatement::holders).doesNotContain(List.of("Late Holder"));
    }
}
