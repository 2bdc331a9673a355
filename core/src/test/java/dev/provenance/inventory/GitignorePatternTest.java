package dev.provenance.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher on its own: what the walk-level table cannot show (directory flags, cost, reasons). */
class GitignorePatternTest {

    private static boolean matches(String pattern, String path, boolean directory) {
        return GitignorePattern.parse(pattern, 1).orElseThrow().matches(path.split("/"), 0, directory);
    }

    @ParameterizedTest(name = "''{0}'' on {1} (directory {2}) -> {3}")
    @CsvSource({
        "abc/**, abc, true, false",
        "abc/**, abc/x, true, true",
        "abc/**/, abc/x, false, false",
        "abc/**/, abc/x, true, true",
        "**/, a/b, true, true",
        "**/, a/b, false, false",
        "/**, a, false, true",
        "**, a/b/c, false, true",
        "a/**/**/b, a/b, false, true",
        "a/**/**/b, a/x/y/b, false, true",
        "a**/b, ax/b, false, true",
        "a**/b, a/x/b, false, false",
        "*, .hidden, false, true",
        "[[:upper:]]*, Makefile, false, true",
        "[[:upper:]]*, makefile, false, false",
        "[a-c-e]x, -x, false, true",
        "[\\]]x, ]x, false, true",
        "x[-]y, x-y, false, true",
        "?, \u00e9, false, true",
        "?, \uD83D\uDE00, false, true",
        "??, \uD83D\uDE00, false, false",
    })
    void matchesLikeGit(String pattern, String path, boolean directory, boolean expected) {
        assertThat(matches(pattern, path, directory)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "# comment", "!", "/", "!/", "foo\\", "[[:nope:]]", "[abc"})
    void linesThatCanNeverMatchAreNoPatterns(String line) {
        assertThat(GitignorePattern.parse(line, 1)).isEmpty();
    }

    @Test
    void trailingSpacesAreTrimmedUnlessEscaped() {
        assertThat(GitignorePattern.trimTrailingSpaces("foo   ")).isEqualTo("foo");
        assertThat(GitignorePattern.trimTrailingSpaces("foo\\  ")).isEqualTo("foo\\ ");
        assertThat(GitignorePattern.trimTrailingSpaces("foo\t")).isEqualTo("foo\t");
        assertThat(GitignorePattern.trimTrailingSpaces("  ")).isEmpty();
    }

    @Test
    void aPatternRemembersHowItWasWritten() {
        GitignorePattern p = GitignorePattern.parse("!/build/  ", 7).orElseThrow();
        assertThat(p.text()).isEqualTo("!/build/");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.negated()).isTrue();
    }

    @Test
    void aNestedFileMatchesBelowItsOwnDirectoryOnly() {
        GitignorePattern p = GitignorePattern.parse("/x.txt", 1).orElseThrow();
        assertThat(p.matches(new String[] {"sub", "x.txt"}, 1, false)).isTrue();
        assertThat(p.matches(new String[] {"sub", "deeper", "x.txt"}, 1, false)).isFalse();
        assertThat(p.matches(new String[] {"sub"}, 1, true)).isFalse();
    }

    @Test
    void reasonsNameTheFileAndLineOrTheSetting() {
        IgnoreFile file = IgnoreFile.parse("sub/.gitignore", 1, "\uFEFF# c\r\n*.o\r\n");
        IgnoreFile user = IgnoreFile.ofGlobs("provenance.excludes", List.of(" **/gen/** "));
        IgnoreRules rules = IgnoreRules.of(user, null).enter(file);
        assertThat(rules.decide(new String[] {"sub", "a.o"}, false))
                .isEqualTo(new IgnoreRules.Decision(true, "sub/.gitignore:2: *.o"));
        assertThat(rules.decide(new String[] {"x", "gen", "y"}, false))
                .isEqualTo(new IgnoreRules.Decision(true, "provenance.excludes: **/gen/**"));
        assertThat(rules.decide(new String[] {"a.o"}, false)).isNull();
    }

    @Test
    void backtrackingStaysPolynomialOnHostileInput() {
        String pattern = "*a".repeat(200) + "*b";
        String name = "a".repeat(250);
        String deepPattern = "**/a/".repeat(100) + "b";
        String[] deepPath = ("a/".repeat(250) + "c").split("/");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 200; i++) {
                assertThat(matches(pattern, name, false)).isFalse();
                assertThat(GitignorePattern.parse(deepPattern, 1).orElseThrow().matches(deepPath, 0, false))
                        .isFalse();
            }
        });
    }
}
