package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpdxIdsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "src/modeling_rope.py, src-modeling-rope.py",
            "LICENSE, LICENSE",
            "a b/c  d.txt, a-b-c-d.txt",
            "__init__.py, init-.py",
            "émoji/🎉.md, moji-.md",
            "///, x",
            "v1.2-rc.3, v1.2-rc.3",
    })
    void keysKeepOnlyLettersDigitsDotsAndHyphens(String key, String reduced) {
        assertThat(SpdxIds.reduce(key)).isEqualTo(reduced);
        assertThat(new SpdxIds().id("File", key)).isEqualTo("SPDXRef-File-" + reduced)
                .matches("SPDXRef-[A-Za-z0-9.\\-]+");
    }

    @Test
    void keysThatReduceAlikeGetDistinctStableIds() {
        SpdxIds ids = new SpdxIds();
        String plain = ids.id("File", "a_b.py");
        String other = ids.id("File", "a-b.py");

        assertThat(plain).isEqualTo("SPDXRef-File-a-b.py");
        assertThat(other).isEqualTo("SPDXRef-File-a-b.py-" + SpdxIds.shortHash("a-b.py")).isNotEqualTo(plain);
        assertThat(new SpdxIds().id("File", "a-b.py")).isEqualTo("SPDXRef-File-a-b.py");
    }

    @Test
    void aKeyAskedTwiceGetsItsFirstId() {
        SpdxIds ids = new SpdxIds();
        assertThat(ids.id("Snippet", "x.py:1-9")).isEqualTo(ids.id("Snippet", "x.py:1-9"));
    }

    @Test
    void sameKeyOfTwoKindsGetsTwoIds() {
        SpdxIds ids = new SpdxIds();
        assertThat(ids.id("File", "x")).isNotEqualTo(ids.id("Package", "x"));
    }

    @Test
    void veryLongKeysAreCutAndHashed() {
        String key = "d/".repeat(200) + "file.py";
        String id = new SpdxIds().id("File", key);
        assertThat(id.length()).isLessThan(150);
        assertThat(id).endsWith("-" + SpdxIds.shortHash(key));
    }
}
