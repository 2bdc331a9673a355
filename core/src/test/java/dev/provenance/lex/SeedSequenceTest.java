package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedSequenceTest {

    static long[] seeds(Language language, String source) {
        return SeedSequence.of(Lexers.forLanguage(language).orElseThrow().lex(source)).symbols();
    }

    @ParameterizedTest(name = "{0}: ''{1}'' seeds like ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            PYTHON     | f(a, b,)                       | f(x, y)
            PYTHON     | x = 1; y = 2                   | x = 1\\ny = 2
            PYTHON     | d = {'k': [1, 2,],}            | d = {'j': [3, 4]}
            RUST       | S { a: 1, b: 2, }              | S { a: 1, b: 2 }
            GO         | x := f(); y := g()             | x := f()\\ny := g()
            TYPESCRIPT | const a = [1, 2, /* c */ ];    | const a = [1, 2]
            JAVA       | int x = 1; // one              | int   y=2;/* two */
            JAVA       | f(a, b) -> { return a; }       | f(c, d) -> { return c; }
            SHELL      | if true; then x; fi            | if true\\nthen x\\nfi
            """)
    void formattingChoicesDoNotChangeTheSeeds(Language language, String a, String b) {
        assertThat(seeds(language, b.replace("\\n", "\n"))).isEqualTo(seeds(language, a.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' differs from ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            JAVA       | for (;;) {}                    | for () {}
            C          | f(a, b);                       | f(a)(b);
            PYTHON     | x = a + b                      | x = a - b
            PYTHON     | x = a.b                        | x = a(b)
            JAVA       | int x = 1;                     | long x = 1;
            JAVASCRIPT | a = b / c                      | a = b / c / d
            """)
    void codeChangesChangeTheSeeds(Language language, String a, String b) {
        assertThat(seeds(language, b)).isNotEqualTo(seeds(language, a));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PYTHON | x = 'a' + 1 + y
            JAVA   | x = "a" + 1 + y;
            """)
    void identifiersNumbersAndStringsSeedByKindInCode(Language language, String source) {
        Tokens tokens = Lexers.forLanguage(language).orElseThrow().lex(source);
        SeedSequence seeds = SeedSequence.of(tokens);
        assertThat(tokens.seedsVerbatim()).isFalse();
        assertThat(seeds.symbol(0)).isEqualTo(seeds.symbol(6)).as("x and y are both ID");
        assertThat(seeds.symbol(2)).isNotEqualTo(seeds.symbol(4));
        assertThat(seeds(language, source.replace("'a'", "'b'").replace("\"a\"", "\"b\"").replace("1", "2")))
                .isEqualTo(seeds.symbols());
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(tokens.seeded(seeds.rawIndex(i))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: ''{1}'' has the value of ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PYTHON     | x = 'café'                     | x = "café"
            PYTHON     | x = r'\\d+'                    | x = R"\\d+"
            PYTHON     | x = '''a b'''                  | x = "a b"
            PYTHON     | x = ''                         | x = ""
            """)
    void aStringsValueIgnoresItsQuotes(Language language, String a, String b) {
        assertThat(value(language, b, 2)).isEqualTo(value(language, a, 2));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' has another value than ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JAVA       | x = "a";                       | x = "b";
            JAVA       | x = "a";                       | x = "aa";
            JAVA       | x = 1;                         | x = 2;
            JAVA       | x = 1;                         | x = "1";
            PYTHON     | x = b'a'                       | x = 'a'
            PYTHON     | x = ''                         | x = ' '
            """)
    void literalsOfDifferentValueHaveDifferentValueSymbols(Language language, String a, String b) {
        assertThat(value(language, b, 2)).isNotEqualTo(value(language, a, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JAVA   | x = y(z);
            PYTHON | x = y(z)
            """)
    void aSeedThatIsNoLiteralHasItsSymbolAsValue(Language language, String source) {
        SeedSequence seeds = SeedSequence.of(Lexers.forLanguage(language).orElseThrow().lex(source));
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(seeds.valueSymbol(i)).isEqualTo(seeds.symbol(i));
        }
    }

    private static long value(Language language, String source, int seed) {
        SeedSequence seeds = SeedSequence.of(Lexers.forLanguage(language).orElseThrow().lex(source));
        assertThat(seeds.valueSymbol(seed)).isNotEqualTo(seeds.symbol(seed));
        return seeds.valueSymbol(seed);
    }
}
