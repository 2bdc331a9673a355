package dev.provenance.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gitignore semantics, one row per rule: each row builds a small tree (ignore files and one file) and says
 * whether the walk keeps that file. The same table is checked against git itself, where git is installed, so the
 * expectations are git's and not ours.
 */
class GitignoreSemanticsTest {

    /** One row: ignore files by path, user excludes, the file to create, whether the walk must keep it. */
    record Case(String name, Map<String, String> ignoreFiles, List<String> excludes, String path, boolean kept) {
        Case with(String ignoreFile, String content) {
            Map<String, String> files = new LinkedHashMap<>(ignoreFiles);
            files.put(ignoreFile, content);
            return new Case(name, files, excludes, path, kept);
        }

        Case excluding(String... globs) {
            return new Case(name, ignoreFiles, List.of(globs), path, kept);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case ignored(String name, String gitignore, String path) {
        return new Case(name, gitignore == null ? Map.of() : Map.of(".gitignore", gitignore), List.of(), path, false);
    }

    private static Case kept(String name, String gitignore, String path) {
        return new Case(name, gitignore == null ? Map.of() : Map.of(".gitignore", gitignore), List.of(), path, true);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // comments, blank lines, trailing spaces, escapes
                kept("a comment line is no pattern", "# foo.txt\n\n", "foo.txt"),
                ignored("an escaped hash is a literal hash", "\\#foo\n", "#foo"),
                ignored("unescaped trailing spaces are dropped", "foo.txt   \n", "foo.txt"),
                ignored("an escaped trailing space is kept", "foo\\ \n", "foo "),
                kept("an escaped trailing space must be matched", "foo\\ \n", "foo"),
                ignored("CRLF line ends are accepted", "foo.txt\r\nbar.txt\r\n", "bar.txt"),
                ignored("an escaped star is a literal star", "\\*.txt\n", "*.txt"),
                kept("an escaped star matches only a star", "\\*.txt\n", "a.txt"),
                kept("a pattern ending in a lone backslash never matches", "foo\\\n", "foo"),
                kept("matching is case-sensitive", "FOO\n", "foo"),
                // names at any depth
                ignored("a name matches at the root", "foo.txt\n", "foo.txt"),
                ignored("a name matches at any depth", "foo.txt\n", "a/b/foo.txt"),
                kept("a name must match the whole segment", "foo.txt\n", "foo.txt.bak"),
                ignored("a star glob matches a dot file", "*.env\n", ".env"),
                ignored("a name matches a directory and hides its files", "node_modules\n", "a/node_modules/x.js"),
                // negation
                kept("a later negation re-includes", "*.log\n!keep.log\n", "keep.log"),
                ignored("an earlier negation is overridden", "!keep.log\n*.log\n", "keep.log"),
                ignored("an escaped bang is a literal bang", "\\!important\n", "!important"),
                ignored("a file cannot be re-included under an excluded directory", "build/\n!build/keep.txt\n",
                        "build/keep.txt"),
                kept("a file can be re-included when only the directory's content is excluded",
                        "build/*\n!build/keep.txt\n", "build/keep.txt"),
                ignored("content excluded by dir/* stays excluded without a negation", "build/*\n!build/keep.txt\n",
                        "build/other.txt"),
                // directory-only
                kept("a trailing slash does not match a file", "logs/\n", "logs"),
                ignored("a trailing slash matches a directory", "logs/\n", "logs/x.txt"),
                ignored("a trailing slash matches a directory at any depth", "logs/\n", "a/logs/x.txt"),
                ignored("an anchored directory pattern matches at the root", "/build/\n", "build/x.o"),
                kept("an anchored directory pattern does not match deeper", "/build/\n", "src/build/x.o"),
                // anchoring
                ignored("a leading slash matches at the root", "/foo.txt\n", "foo.txt"),
                kept("a leading slash anchors to the root", "/foo.txt\n", "a/foo.txt"),
                ignored("a middle slash matches relative to the ignore file", "doc/frotz\n", "doc/frotz"),
                kept("a middle slash anchors", "doc/frotz\n", "a/doc/frotz"),
                // wildcards
                ignored("a star matches within a segment", "doc/*.txt\n", "doc/a.txt"),
                kept("a star does not cross a slash", "doc/*.txt\n", "doc/sub/a.txt"),
                ignored("a question mark matches one character", "file?.c\n", "file1.c"),
                kept("a question mark matches exactly one character", "file?.c\n", "file12.c"),
                kept("a question mark does not match a slash", "a?b\n", "a/b"),
                ignored("a class matches a member", "[abc].c\n", "b.c"),
                kept("a class does not match a non-member", "[abc].c\n", "d.c"),
                ignored("a range matches inside", "file[0-9].c\n", "file7.c"),
                kept("a range does not match outside", "file[0-9].c\n", "filex.c"),
                ignored("a class negated with ! matches outside", "file[!0-9].c\n", "filex.c"),
                kept("a class negated with ^ does not match inside", "file[^0-9].c\n", "file5.c"),
                ignored("a bracket first in a class is a member", "[]a].txt\n", "].txt"),
                ignored("a POSIX class matches", "[[:digit:]]*.tmp\n", "1abc.tmp"),
                kept("a POSIX class does not match outside", "[[:digit:]]*.tmp\n", "abc.tmp"),
                kept("an unterminated class never matches", "[abc\n", "[abc"),
                ignored("two stars inside a segment are one star", "foo**bar\n", "fooXbar"),
                // double stars
                ignored("leading **/ matches at the root", "**/foo\n", "foo"),
                ignored("leading **/ matches at any depth", "**/foo\n", "x/y/foo"),
                ignored("leading **/ with a path matches at any depth", "**/foo/bar\n", "a/b/foo/bar"),
                kept("leading **/ with a path needs the whole path", "**/foo/bar\n", "a/foo/baz"),
                ignored("trailing /** matches everything inside", "abc/**\n", "abc/x/y.txt"),
                kept("trailing /** needs the exact directory name", "abc/**\n", "abcd/x"),
                ignored("a middle /**/ matches zero directories", "a/**/b\n", "a/b"),
                ignored("a middle /**/ matches many directories", "a/**/b\n", "a/x/y/b"),
                kept("a middle /**/ is anchored", "a/**/b\n", "z/a/x/b"),
                // nested ignore files and precedence
                ignored("a nested ignore file anchors to its directory", null, "sub/x.txt")
                        .with("sub/.gitignore", "/x.txt\n"),
                kept("a nested anchored pattern does not reach the root", null, "x.txt")
                        .with("sub/.gitignore", "/x.txt\n"),
                kept("a nested pattern does not apply outside its directory", null, "other/x.bin2")
                        .with("sub/.gitignore", "*.bin2\n"),
                kept("a nested negation overrides the root's pattern", "*.log\n", "sub/keep.log")
                        .with("sub/.gitignore", "!keep.log\n"),
                ignored("a nested pattern overrides the root's negation", "*.txt\n!a.txt\n", "sub/a.txt")
                        .with("sub/.gitignore", "a.txt\n"),
                ignored("a nested middle-slash pattern is relative to its directory", null, "sub/gen/a.c")
                        .with("sub/.gitignore", "gen/*.c\n"),
                ignored("info/exclude applies", null, "secret.txt").with(".git/info/exclude", "secret.txt\n"),
                kept(".gitignore outranks info/exclude", "!a.txt\n", "a.txt").with(".git/info/exclude", "*.txt\n"),
                // user excludes
                ignored("a user exclude applies", null, "src/gen/a.java").excluding("**/gen/**"),
                kept("a user negation outranks .gitignore", "vendor/\n", "vendor/x.c").excluding("!vendor/"),
                ignored("a user exclude outranks a .gitignore negation", "!*.c\n", "x.c").excluding("*.c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWalkKeepsExactlyWhatGitKeeps(Case c, @TempDir Path root) throws IOException {
        build(root, c);
        Inventory inventory = new FileSystemWalker().walk(root, c.excludes());
        Set<String> paths = inventory.files().stream().map(InventoryEntry::path).collect(Collectors.toSet());
        assertThat(paths.contains(c.path()))
                .as("%s is %s", c.path(), c.kept() ? "kept" : "left out")
                .isEqualTo(c.kept());
        if (!c.kept()) {
            assertThat(inventory.excluded()).as("a left-out path has a recorded reason").isNotEmpty();
        }
    }

    /** The table itself agrees with git: {@code git ls-files --others --exclude-standard} lists the kept files. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theTableAgreesWithGit(Case c, @TempDir Path root) throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        assertThat(run(root, "git", "init", "-q")).isZero();
        build(root, c);
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.excludesFile=/dev/null",
                "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard"));
        for (String glob : c.excludes()) {
            command.add("--exclude=" + glob);
        }
        Path out = Files.createTempFile("git-ls-files", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            List<String> listed = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(listed.contains(c.path())).as("git keeps %s", c.path()).isEqualTo(c.kept());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void build(Path root, Case c) throws IOException {
        for (Map.Entry<String, String> file : c.ignoreFiles().entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Path file = root.resolve(c.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "content\n", StandardCharsets.UTF_8);
    }

    private static boolean gitAvailable() {
        try {
            return run(Path.of("."), "git", "--version") == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
