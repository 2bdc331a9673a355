package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPatternTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            acme-rope                    | acme-rope@1.4.0                           | true
            acme-rope                    | acme-rope-extras@1.4.0                    | false
            Acme-Rope                    | acme-rope@1.4.0                           | true
            acme-*                       | acme-rope@1.4.0                           | true
            acme-rope@1.4.0              | acme-rope@1.4.0                           | true
            acme-rope@1.4.0              | acme-rope@1.4.1                           | false
            acme-rope@1.4.*              | acme-rope@1.4.12                          | true
            acme-rope@1.?.0              | acme-rope@1.5.0                           | true
            acme-rope@1.?.0              | acme-rope@1.15.0                          | false
            @huggingface/transformers    | @huggingface/transformers@3.0.2           | true
            @huggingface/*               | @huggingface/transformers@3.0.2           | true
            org.ow2.asm:asm              | org.ow2.asm:asm@9.7                       | true
            org.ow2.asm:*                | org.ow2.asm:asm-commons@9.7               | true
            org.ow2.asm:asm              | org.springframework:spring-core@6.1.21    | false
            *                            | anything@1                                | true
            *                            | ''                                        | false
            """)
    void matchesTheComponentOrComponentAtVersion(String pattern, String origin, boolean expected) {
        assertThat(OriginPattern.compile(pattern).matches(origin)).isEqualTo(expected);
    }
}
