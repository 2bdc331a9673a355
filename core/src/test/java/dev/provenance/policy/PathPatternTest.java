package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            src/vendor/**        | src/vendor/rope.py          | true
            src/vendor/**        | src/vendor/deep/x/rope.py   | true
            src/vendor/**        | src/vendorized/rope.py      | false
            src/vendor/**        | lib/src/vendor/rope.py      | false
            src/vendor/**        | src/vendor                  | false
            src/vendor/          | src/vendor/a/b.py           | true
            vendor/              | third_party/vendor/x.py     | true
            vendor               | third_party/vendor/x.py     | true
            vendor               | vendor.py                   | false
            /vendor              | third_party/vendor/x.py     | false
            /vendor              | vendor/x.py                 | true
            *.py                 | modeling_rope.py            | true
            *.py                 | src/models/modeling_rope.py | true
            *.py                 | src/models/rope.pyc         | false
            src/*.py             | src/rope.py                 | true
            src/*.py             | src/models/rope.py          | false
            src/**/*.py          | src/rope.py                 | true
            src/**/*.py          | src/a/b/c/rope.py           | true
            src/**/*.py          | test/a/rope.py              | false
            **/tests/**          | tests/fixtures/a.json       | true
            **/tests/**          | pkg/tests/a.py              | true
            **/tests/**          | pkg/contests/a.py           | false
            **                   | anything/at/all.txt         | true
            **                   | .                           | true
            src/model?.py        | src/model1.py               | true
            src/model?.py        | src/model12.py              | false
            src/model?.py        | src/model/.py               | false
            src/model[0-9].py    | src/model7.py               | true
            src/model[!0-9].py   | src/model7.py               | false
            src/model[!0-9].py   | src/modelX.py               | true
            src/*                | src/a/b.py                  | true
            src/a*b/c.py         | src/axxb/c.py               | true
            src/a*b/c.py         | src/a/b/c.py                | false
            src/a**b/c.py        | src/a/b/c.py                | false
            docs/\\*.md          | docs/*.md                   | true
            docs/\\*.md          | docs/a.md                   | false
            README.md            | README.md                   | true
            README.md            | docs/README.md              | true
            README.md            | README.mdx                  | false
            .                    | .                           | false
            """)
    void matchesLikeAGitignoreLine(String pattern, String path, boolean expected) {
        if (pattern.equals(".")) {
            assertThatThrownBy(() -> PathPattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(PathPattern.compile(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../x/**     | must be relative to the scanned root without '..' segments
            src/./a.py  | must be relative to the scanned root without '.' segments
            src//a.py   | has an empty path segment
            /           | has an empty path segment
            'src/[a-z'  | has an unterminated '['
            'src/a\\'   | ends with a lone '\\'
            'src/[z-a]' | has a reversed range 'z-a'
            """)
    void malformedPatternsNameTheirProblem(String pattern, String problem) {
        assertThatThrownBy(() -> PathPattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(problem);
    }

    @Test
    void hostilePatternMatchesInBoundedTime() {
        String pattern = "**/" + "*a".repeat(500) + "b";
        String path = "a".repeat(4000);

        long start = System.nanoTime();
        boolean matched = PathPattern.compile(pattern).matches(path);

        assertThat(matched).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
