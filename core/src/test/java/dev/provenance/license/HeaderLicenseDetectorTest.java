package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLicenseDetectorTest {
    private final HeaderLicenseDetector detector = HeaderLicenseDetector.standard();

    private List<LicenseFinding> detect(String text) {
        TextFile file = new TextFile("Example.java", text);
        return detector.detect(file, new LineRange(1, file.lineCount()));
    }

    private static String lines(String escaped) {
        return escaped.replace("\\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            java line comment          | // SPDX-License-Identifier: Apache-2.0\\npackage x;                         | Apache-2.0                  | true  | 1
            c block comment            | /* SPDX-License-Identifier: MIT */\\nint x;                                 | MIT                         | true  | 1
            python hash                | #!/usr/bin/env python\\n# SPDX-License-Identifier: GPL-2.0+\\nimport os       | GPL-2.0-or-later            | true  | 2
            deprecated id              | # SPDX-License-Identifier: GPL-2.0                                          | GPL-2.0-only                | true  | 1
            lua dashes                 | -- SPDX-License-Identifier: mit OR apache-2.0                               | MIT OR Apache-2.0           | true  | 1
            lisp semicolons            | ;; SPDX-License-Identifier: LGPL-2.1-or-later                               | LGPL-2.1-or-later           | true  | 1
            html comment               | <!-- SPDX-License-Identifier: CC-BY-4.0 -->                                 | CC-BY-4.0                   | true  | 1
            with exception             | // SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                  | Apache-2.0 WITH LLVM-exception | true | 1
            license ref                | # SPDX-License-Identifier: LicenseRef-Proprietary                           | LicenseRef-Proprietary      | true  | 1
            invalid expression         | // SPDX-License-Identifier: MIT OR                                          | MIT OR                      | false | 1
            license name is no id      | // SPDX-License-Identifier: Apache 2.0                                      | Apache 2.0                  | false | 1
            """)
    void spdxTagsInAnyCommentSyntax(String name, String text, String expression, boolean known, int line) {
        List<LicenseFinding> findings = detect(lines(text));
        assertThat(findings).hasSize(1);
        LicenseFinding finding = findings.get(0);
        assertThat(finding.expression()).isEqualTo(expression);
        assertThat(finding.known()).isEqualTo(known);
        assertThat(finding.source()).isEqualTo(LicenseSource.SPDX_TAG);
        assertThat(finding.lines()).isEqualTo(LineRange.of(line));
        String tagLine = lines(text).lines().filter(l -> l.contains("SPDX")).findFirst().orElseThrow();
        String value = tagLine.substring(tagLine.indexOf("Identifier:") + "Identifier:".length())
                .replace("*/", "").replace("-->", "").strip();
        assertThat(finding.declaredAs()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            apache in javadoc          | /*\\n * Copyright 2020 Example\\n *\\n * Licensed under the Apache License, Version 2.0 (the "License");\\n * you may not use this file except in compliance with the License.\\n */ | Apache-2.0 | 4 | 4
            apache wrapped             | # Licensed under the Apache License,\\n# Version 2.0 (the "License"); you may not\\n# use this file except in compliance. | Apache-2.0 | 1 | 2
            gpl2 or later              | /* This program is free software; you can redistribute it and/or modify\\n * it under the terms of the GNU General Public License as published by\\n * the Free Software Foundation; either version 2 of the License, or\\n * (at your option) any later version. */ | GPL-2.0-or-later | 2 | 4
            gpl3 only                  | # This program is free software: you can redistribute it and/or modify it under\\n# the terms of the GNU General Public License as published by the Free Software\\n# Foundation, version 3. | GPL-3.0-only | 2 | 3
            lgpl 2.1 or later          | // under the terms of the GNU Lesser General Public\\n// License as published by the Free Software Foundation; either\\n// version 2.1 of the License, or (at your option) any later version. | LGPL-2.1-or-later | 1 | 3
            library gpl 2              | ;; the GNU Library General Public License as published by the Free Software Foundation; version 2 of the License. | LGPL-2.0-only | 1 | 1
            agpl 3 or later            | -- the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. | AGPL-3.0-or-later | 1 | 1
            mit permission             | /*\\n * Copyright (c) 2021 Someone\\n *\\n * Permission is hereby granted, free of charge, to any person obtaining a copy\\n * of this software and associated documentation files (the "Software"), to deal\\n */ | MIT | 4 | 4
            mit one liner              | // Licensed under the MIT license. | MIT | 1 | 1
            mit released               | # Released under the MIT License, see LICENSE. | MIT | 1 | 1
            mpl 2                      | /* This Source Code Form is subject to the terms of the Mozilla Public\\n * License, v. 2.0. If a copy of the MPL was not distributed with this\\n * file, You can obtain one at https://mozilla.org/MPL/2.0/. */ | MPL-2.0 | 1 | 2
            epl 2                      | * This program and the accompanying materials are made available under the\\n * terms of the Eclipse Public License v. 2.0 which is available at | EPL-2.0 | 2 | 2
            epl 1                      | * are made available under the terms of the Eclipse Public License v1.0 | EPL-1.0 | 1 | 1
            isc                        | /* Permission to use, copy, modify, and/or distribute this software for any\\n * purpose with or without fee is hereby granted, provided that the above\\n * copyright notice and this permission notice appear in all copies. */ | ISC | 1 | 3
            0bsd                       | /* Permission to use, copy, modify, and/or distribute this software for any\\n * purpose with or without fee is hereby granted.\\n * THE SOFTWARE IS PROVIDED AS IS */ | 0BSD | 1 | 2
            boost                      | //  Distributed under the Boost Software License, Version 1.0. | BSL-1.0 | 1 | 1
            jsdoc license tag          | /**\\n * @license MIT\\n */ | MIT | 2 | 2
            """)
    void standardNoticesInTheHeader(String name, String text, String expression, int first, int last) {
        List<LicenseFinding> findings = detect(lines(text));
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(expression);
        assertThat(findings.get(0).source()).isEqualTo(LicenseSource.HEADER_NOTICE);
        assertThat(findings.get(0).known()).isTrue();
        assertThat(findings.get(0).lines()).isEqualTo(new LineRange(first, last));
    }

    private static String bsd(String... conditions) {
        StringBuilder out = new StringBuilder("/*\n * Copyright (c) 2000-2011 Example Holders\n * All rights reserved.\n"
                + " *\n * Redistribution and use in source and binary forms, with or without\n"
                + " * modification, are permitted provided that the following conditions\n * are met:\n");
        int n = 1;
        for (String condition : conditions) {
            out.append(" * ").append(n++).append(". ").append(condition).append('\n');
        }
        return out.append(" *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"\n */\n")
                .toString();
    }

    private static final String SOURCE = "Redistributions of source code must retain the above copyright\n"
            + " *    notice, this list of conditions and the following disclaimer.";
    private static final String BINARY = "Redistributions in binary form must reproduce the above copyright\n"
            + " *    notice, this list of conditions and the following disclaimer in the\n"
            + " *    documentation and/or other materials provided with the distribution.";
    private static final String ENDORSE = "Neither the name of the copyright holders nor the names of its\n"
            + " *    contributors may be used to endorse or promote products derived from\n"
            + " *    this software without specific prior written permission.";
    private static final String ADVERTISING = "All advertising materials mentioning features or use of this software\n"
            + " *    must display the following acknowledgement.";

    @Test
    void bsdClauseListsAreNamedByTheirConditions() {
        assertThat(detect(bsd(SOURCE, BINARY, ENDORSE))).extracting(LicenseFinding::expression)
                .containsExactly("BSD-3-Clause");
        assertThat(detect(bsd(SOURCE, BINARY))).extracting(LicenseFinding::expression)
                .containsExactly("BSD-2-Clause");
        assertThat(detect(bsd(SOURCE, BINARY, ADVERTISING, ENDORSE))).extracting(LicenseFinding::expression)
                .containsExactly("BSD-4-Clause");
        assertThat(detect(bsd(SOURCE))).extracting(LicenseFinding::expression).containsExactly("BSD-1-Clause");
        LicenseFinding three = detect(bsd(SOURCE, BINARY, ENDORSE)).get(0);
        assertThat(three.lines()).as("introduction and conditions, up to the disclaimer").isEqualTo(new LineRange(5, 15));
    }

    @Test
    void aGoStylePointerIsReportedUnresolved() {
        List<LicenseFinding> findings = detect("// Copyright 2009 The Go Authors. All rights reserved.\n"
                + "// Use of this source code is governed by a BSD-style\n// license that can be found in the LICENSE file.\n");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).expression()).isEqualTo("BSD-style");
        assertThat(findings.get(0).known()).isFalse();
        assertThat(findings.get(0).lines()).isEqualTo(new LineRange(2, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bsd style, found in   | # Copyright (c) Example Labs and its affiliates.\\n#\\n# This source code is licensed under the BSD-style license found in the\\n# LICENSE file in the root directory of this source tree. | BSD-style | false | 3 | 4
            bsd, found in         | # Copyright (c) Example Labs.\\n#\\n# This source code is licensed under the BSD license found in the\\n# LICENSE file in the root directory of this source tree.       | BSD-style | false | 3 | 4
            mit, found in         | /**\\n * Copyright (c) Example Labs.\\n *\\n * This source code is licensed under the MIT license found in the\\n * LICENSE file in the root directory of this source tree.\\n */ | MIT | true | 4 | 5
            isc, found in         | // This code is licensed under the ISC license found in the LICENSE file at the top. | ISC | true | 1 | 1
            """)
    void aPointerToTheLicenseFileIsResolvedOnlyWhenItNamesOneLicense(String name, String text, String expression,
                                                                    boolean known, int first, int last) {
        List<LicenseFinding> findings = detect(lines(text));
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(expression);
        assertThat(findings.get(0).known()).isEqualTo(known);
        assertThat(findings.get(0).lines()).isEqualTo(new LineRange(first, last));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upper case             | /*\\n * LICENSED UNDER THE APACHE LICENSE, VERSION 2.0 (THE "LICENSE");\\n */        | Apache-2.0 | 2
            british spelling       | # Licensed under the Apache Licence, Version 2.0 (the "Licence");                   | Apache-2.0 | 1
            title case permission  | // Permission Is Hereby Granted, Free Of Charge, To Any Person Obtaining A Copy     | MIT        | 1
            after the code         | package a;\\nimport b.C;\\nclass A {}\\n\\n\\n\\n// Released under the MIT License. | MIT        | 7
            """)
    void noticesAreFoundInAnyCaseAndAnywhereInTheHeader(String name, String text, String expression, int line) {
        List<LicenseFinding> findings = detect(lines(text));
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly(expression);
        assertThat(findings.get(0).lines()).isEqualTo(LineRange.of(line));
    }

    @Test
    void aTagAndANoticeAreBothReported() {
        List<LicenseFinding> findings = detect("// SPDX-License-Identifier: Apache-2.0\n//\n"
                + "// Licensed under the Apache License, Version 2.0 (the \"License\");\n");
        assertThat(findings).extracting(LicenseFinding::source, LicenseFinding::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LicenseSource.SPDX_TAG, "Apache-2.0"),
                        org.assertj.core.groups.Tuple.tuple(LicenseSource.HEADER_NOTICE, "Apache-2.0"));
    }

    @Test
    void aGnuNoticeMentionedTwiceIsOneFinding() {
        List<LicenseFinding> findings = detect("# it under the terms of the GNU General Public License as published by\n"
                + "# the Free Software Foundation, either version 3 of the License, or\n"
                + "# (at your option) any later version.\n#\n"
                + "# You should have received a copy of the GNU General Public License\n"
                + "# along with this program.  If not, see the web site.\n");
        assertThat(findings).extracting(LicenseFinding::expression).containsExactly("GPL-3.0-or-later");
        assertThat(findings.get(0).lines()).isEqualTo(new LineRange(1, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain code           | package x;\\n\\npublic class A {\\n  int licenseCount;\\n}
            copyright only       | // Copyright 2024 Example Corp.\\n// All rights reserved.
            gpl without version  | # This file is distributed under the GNU General Public License.
            license word         | // see the license file for details, the apache way of doing things
            mit mention          | // inspired by the MIT scheme interpreter
            bsd style, no pointer | # Parts of this are under the BSD-style license terms we discussed.
            pointer elsewhere    | # licensed under the BSD license found in our wiki
            """)
    void headersWithoutALicenseStatementGiveNothing(String name, String text) {
        assertThat(detect(lines(text))).isEmpty();
    }

    @Test
    void onlyTheHeaderRegionIsRead() {
        TextFile file = new TextFile("A.java", "package a;\n\nclass A {}\n// SPDX-License-Identifier: MIT\n");
        assertThat(detector.detect(file, new LineRange(1, 3))).isEmpty();
        assertThat(detector.detect(file, new LineRange(1, 99))).hasSize(1);
        assertThat(detector.detect(file, new LineRange(50, 60))).isEmpty();
    }

    @Test
    void hostileLongLinesStayCheap() {
        String hostile = "// " + "Licensed under the ".repeat(50_000) + "\n" + "# gnu general public license version "
                .repeat(20_000);
        long start = System.nanoTime();
        detect(hostile);
        long headerStart = System.nanoTime();
        String header = "/*\n * Copyright 2020 Example\n *\n * Licensed under the Apache License, Version 2.0 (the "
                + "\"License\");\n * you may not use this file except in compliance with the License.\n */\n";
        for (int i = 0; i < 10_000; i++) {
            detect(header);
        }
        System.out.printf(Locale.ROOT, "hostile header %.1f ms; typical header %.1f µs each%n",
                (headerStart - start) / 1e6, (System.nanoTime() - headerStart) / 1e3 / 10_000);
        assertThat(detect(header)).hasSize(1);
    }
}
