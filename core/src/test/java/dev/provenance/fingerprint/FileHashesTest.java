package dev.provenance.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.lex.SeedSequence;
import org.junit.jupiter.api.Test;

class FileHashesTest {
    private final TestLexer lexer = new TestLexer();

    @Test
    void rawHashIgnoresLineEndingsButNothingElse() {
        assertThat(FileHashes.raw("a = 1;\r\nb = 2;\r\n")).isEqualTo(FileHashes.raw("a = 1;\nb = 2;\n"));
        assertThat(FileHashes.raw("a = 1;\rb = 2;\r")).isEqualTo(FileHashes.raw("a = 1;\nb = 2;\n"));
        assertThat(FileHashes.raw("a = 1;\nb = 2;\n")).isNotEqualTo(FileHashes.raw("a = 1; \nb = 2;\n"));
        assertThat(FileHashes.raw("")).isNotEqualTo(FileHashes.raw("\n"));
    }

    @Test
    void normalizedHashSurvivesRenamesAndReformattingButNotEdits() {
        long a = FileHashes.normalized(SeedSequence.of(lexer.lex("x = f(y, 1); // c")));
        long b = FileHashes.normalized(SeedSequence.of(lexer.lex("total   =\n  g(z, 99);")));
        long c = FileHashes.normalized(SeedSequence.of(lexer.lex("x = f(y, 1) + 1;")));
        assertThat(a).isEqualTo(b).isNotEqualTo(c).isNotZero();
        assertThat(FileHashes.normalized(SeedSequence.of(lexer.lex("// only a comment")))).isZero();
    }
}
