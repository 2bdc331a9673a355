package dev.provenance.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolderNamesTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Google LLC                          | Google Inc.                     | true
            Google LLC                          | Google                          | true
            google, inc                         | GOOGLE CORPORATION              | true
            The Foo Authors                     | Foo authors                     | true
            The Guava Authors                   | Guava                           | true
            Meta Platforms, Inc. and affiliates | Meta Platforms Inc              | true
            Facebook, Inc. and its affiliates   | Facebook                        | true
            Oracle and/or its affiliates        | Oracle Corporation              | true
            The HuggingFace Inc. team           | HuggingFace                     | true
            Foo Bar et al.                      | Foo Bar                         | true
            Acme L.L.C.                         | ACME LLC                        | true
            Soci\u00e9t\u00e9 G\u00e9n\u00e9rale | Societe Generale            | true
            AT&T                                | AT and T                        | true
            by Jane Doe                         | Jane Doe <jane@example.org>     | true
            The Apache Software Foundation      | Apache Software Foundation      | true
            The LLVM Project                    | LLVM                            | true
            Google LLC                          | Google DeepMind                 | false
            INRIA                               | France Telecom                  | false
            Alibaba Group                       | Alibaba Cloud                   | false
            The Authors                         | Other Authors                   | false
            Johnson and Johnson                 | Johnson                         | false
            ''                                  | ''                              | false
            ...                                 | ---                             | false
            """)
    void comparesHoldersIgnoringCaseSuffixesAndCollectiveNouns(String a, String b, boolean same) {
        assertThat(HolderNames.same(a, b)).isEqualTo(same);
        assertThat(HolderNames.same(b, a)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Google LLC                          | google
            The Foo Authors                     | foo
            The Authors                         | authors
            Meta Platforms, Inc. and affiliates | meta platforms
            Free Software Foundation, Inc.      | free software foundation
            'O''Brien & Sons, Ltd.'             | obrien and sons
            """)
    void keysAHolder(String holder, String key) {
        assertThat(HolderNames.key(holder)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  the   HuggingFace  Inc. team.'     | The HuggingFace Inc. team
            'by Some Person,'                     | Some Person
            Google Inc.                           | Google Inc.
            Google LLC.                           | Google LLC
            J. R. Hacker                          | J. R. Hacker
            Jane Doe <jane@example.org>           | Jane Doe
            Jane Doe (https://jane.example)       | Jane Doe
            <jane@example.org>                    | jane@example.org
            https://example.org                   | https://example.org
            '"Quoted Corp";'                      | Quoted Corp
            (Parenthesised Org)                   | Parenthesised Org
            """)
    void displaysAHolder(String raw, String display) {
        assertThat(HolderNames.display(raw)).isEqualTo(display);
    }
}
