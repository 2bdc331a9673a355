package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.provenance.inventory.Language;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lexer, on hostile input: it finishes, without an exception and within a generous bound that only a
 * super-linear blow-up would exceed, with tokens whose spans, lines and columns are exact.
 */
class LexerInvariantsTest {
    private static final int BIG = 5 << 20;
    /** Lexers whose tokens come in canonical rather than source order. */
    private static final Set<Language> CANONICAL = EnumSet.of(Language.JSON, Language.YAML);

    static List<Language> languages() {
        return Arrays.stream(Language.values()).filter(l -> Lexers.forLanguage(l).isPresent()).toList();
    }

    /** Spans inside the text, in order for code, with the line and column of their first character. */
    static void assertConsistent(Language language, Tokens tokens) {
        String source = tokens.source();
        LineIndex index = new LineIndex(source);
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (start < 0 || end <= start || end > source.length()) {
                throw new AssertionError(language + " token " + i + " has span " + start + ".." + end);
            }
            if (!CANONICAL.contains(language) && start < previousEnd) {
                throw new AssertionError(language + " token " + i + " at " + start + " overlaps " + previousEnd);
            }
            previousEnd = end;
            int line = index.line(start);
            if (tokens.line(i) != line || tokens.column(i) != index.column(start, line)) {
                throw new AssertionError(language + " token " + i + " '" + abbreviate(tokens.text(i)) + "' at "
                        + tokens.line(i) + ":" + tokens.column(i) + ", expected " + line + ":"
                        + index.column(start, line));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static Stream<Arguments> hostile() {
        List<String> inputs = List.of(
                "\"unterminated string", "'c", "\"\"\"triple", "`template ${ `nested ${", "/* block", "/** doc",
                "{{ tag", "{% tag", "{# comment", "r#\"raw", "R\"delim(raw", "cat <<EOF\nbody", "$'ansi",
                "@\"verbatim", "#\"swift", "f\"{x", "<?php $x = <<<EOT\nbody", "{\"a\": [", "a: [1,\n  b",
                "x = 1 \\", "\\", "'", "\"", "#", "/", "$", "@", "{", "-", "0x", "1e", "1_", ".", "\r", "\r\n\r",
                "\u0000\u0000int x\u0000= 1;\u0000", "\ud800 x = \udc00 'a\ud800' \"\udfff\" // \ud800",
                "\ufeffclass A {}", "a\u2028b\u00a0c\u3000d");
        return languages().stream().flatMap(l -> inputs.stream().map(in -> arguments(l, in)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("hostile")
    void hostileSnippetsLexWithoutErrors(Language language, String input) {
        Lexer lexer = Lexers.forLanguage(language).orElseThrow();
        assertConsistent(language, lexer.lex(input));
        assertConsistent(language, lexer.lex(input + "\n" + input + " end"));
        SeedSequence.of(lexer.lex(input));
    }

    static Stream<Arguments> bigInputs() {
        int mib = 1 << 20;
        return languages().stream().flatMap(l -> Stream.of(
                arguments(l, "a 5 MB line of divisions and quotes", repeat("a / b + 'c' / \"d\" ", BIG)),
                arguments(l, "a line of slashes", repeat("x/", mib)),
                arguments(l, "deeply nested brackets", repeat("([{", mib / 2) + repeat("}])", mib / 2)),
                arguments(l, "nested templates", repeat("`${f\"{", mib)),
                arguments(l, "a long string", "x = \"" + repeat("\\\"", mib)),
                arguments(l, "block sequences", repeat("- ", mib / 2) + "x\n" + repeat("  - a\n", mib / 12)),
                arguments(l, "many short lines", repeat("if (a) { b = c; } # x\n", mib))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("bigInputs")
    void bigInputsFinishFast(Language language, String what, String input) {
        Lexer lexer = Lexers.forLanguage(language).orElseThrow();
        Tokens tokens = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> lexer.lex(input));
        assertThat(tokens.size()).isPositive();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SeedSequence.of(tokens));
    }

    @Test
    void positionsAreExactAcrossLineBreaksOfEveryKind() {
        String source = "a\r\nb\rc\n\"multi\\\nline\" /* x\r\n y */ d\n\te";
        for (Language language : languages()) {
            assertConsistent(language, Lexers.forLanguage(language).orElseThrow().lex(source));
        }
        Tokens java = Lexers.forLanguage(Language.JAVA).orElseThrow().lex(source);
        assertThat(java.asList()).extracting(Token::text, Token::line, Token::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 1, 1),
                org.assertj.core.groups.Tuple.tuple("b", 2, 1),
                org.assertj.core.groups.Tuple.tuple("c", 3, 1),
                org.assertj.core.groups.Tuple.tuple("\"multi\\\nline\"", 4, 1),
                org.assertj.core.groups.Tuple.tuple("/* x\r\n y */", 5, 7),
                org.assertj.core.groups.Tuple.tuple("d", 6, 7),
                org.assertj.core.groups.Tuple.tuple("e", 7, 2));
        assertThat(java.lastLine(3)).isEqualTo(5);
    }

    @Test
    void tokenTablesAndPairsKeepPositionsExact() {
        CodeLexerTokensTest.tables().forEach(a -> {
            Language language = (Language) a.get()[0];
            assertConsistent(language, Lexers.forLanguage(language).orElseThrow().lex((String) a.get()[1]));
        });
        SeedPairsTest.pairs().forEach(a -> {
            Language language = (Language) a.get()[1];
            for (int k = 2; k < 5; k++) {
                assertConsistent(language, Lexers.forLanguage(language).orElseThrow().lex((String) a.get()[k]));
            }
        });
    }

    @Test
    void everyLanguageTheScannerFingerprintsHasALexer() {
        assertThat(languages()).contains(Language.JAVA, Language.KOTLIN, Language.SCALA, Language.GROOVY,
                Language.PYTHON, Language.C, Language.CPP, Language.CUDA, Language.JAVASCRIPT,
                Language.TYPESCRIPT, Language.GO, Language.RUST, Language.SHELL, Language.CSHARP, Language.SWIFT,
                Language.OBJECTIVE_C, Language.PHP, Language.JSON, Language.YAML, Language.JINJA);
        assertThat(Lexers.forLanguage(Language.MARKDOWN)).isEmpty();
        assertThat(Lexers.forLanguage(Language.NONE)).isEmpty();
    }

    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }
}
