package dev.provenance.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemWalkerTest {
    @TempDir
    Path root;

    private final FileSystemWalker walker = new FileSystemWalker();

    /** Removes the links the tests made, so that cleaning up the temporary directories does not warn about them. */
    @AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> stream = Files.walk(root)) {
            for (Path p : stream.filter(Files::isSymbolicLink).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    private Path write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Inventory walk(String... excludes) throws IOException {
        return walker.walk(root, List.of(excludes));
    }

    private static List<String> paths(Inventory inventory) {
        return inventory.files().stream().map(InventoryEntry::path).collect(Collectors.toList());
    }

    private static Map<String, String> exclusions(Inventory inventory) {
        return inventory.excluded().stream().collect(Collectors.toMap(Exclusion::path, Exclusion::reason));
    }

    private static ScanIssue issueOn(Inventory inventory, String path) {
        return inventory.issues().stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no issue on " + path + " in " + inventory.issues()));
    }

    @Test
    void filesAreClassifiedAndSortedByPath() throws IOException {
        write("src/main/java/A.java", "class A {}\n");
        write("README.md", "# x\n");
        write("config.json", "{}\n");
        write("a.b/c.txt", "c\n");
        write("a/b.txt", "b\n");
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly(
                "README.md", "a.b/c.txt", "a/b.txt", "config.json", "src/main/java/A.java");
        InventoryEntry java = inventory.files().get(4);
        assertThat(java.kind()).isEqualTo(FileKind.SOURCE);
        assertThat(java.language()).isEqualTo(Language.JAVA);
        assertThat(java.size()).isEqualTo(11);
        assertThat(java.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(java.file()).isEqualTo(root.toRealPath().resolve("src/main/java/A.java"));
        assertThat(inventory.issues()).isEmpty();
    }

    @Test
    void theSameTreeGivesTheSameInventory() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("d" + (i % 7) + "/f" + i + ".py", "x = " + i + "\n");
        }
        write(".gitignore", "d3/\n");
        assertThat(walk()).isEqualTo(walk());
    }

    @Test
    void theToolsOwnOutputsAreLeftOutWithoutBeingListedAsExclusions() throws IOException {
        write("src/A.java", "class A {}\n");
        write("target/provenance/provenance-report.json", "{}\n");
        write("kb/MANIFEST", "x\n");
        write("generated/B.java", "class B {}\n");

        Inventory inventory = walker.walk(root, List.of("generated/"), List.of("/target/", "/kb/"));

        assertThat(paths(inventory)).containsExactly("src/A.java");
        assertThat(exclusions(inventory)).containsOnlyKeys("generated/");
    }

    @Test
    void anExcludedDirectoryIsRecordedOnceWithItsPattern() throws IOException {
        write(".gitignore", "# build output\n\nbuild/\n");
        write("build/a.o", "x");
        write("build/deep/b.o", "x");
        write("src/a.c", "int a;\n");
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly(".gitignore", "src/a.c");
        assertThat(inventory.excluded()).containsExactly(new Exclusion("build/", ".gitignore:3: build/"));
    }

    @Test
    void anExcludedFileNamesTheNestedIgnoreFileAndLine() throws IOException {
        write("pkg/.gitignore", "*.tmp\n");
        write("pkg/x.tmp", "x");
        assertThat(walk().excluded()).containsExactly(new Exclusion("pkg/x.tmp", "pkg/.gitignore:1: *.tmp"));
    }

    @Test
    void userExcludesNameTheSetting() throws IOException {
        write("src/gen/A.java", "class A {}\n");
        write("src/B.java", "class B {}\n");
        Inventory inventory = walk("**/gen/");
        assertThat(paths(inventory)).containsExactly("src/B.java");
        assertThat(inventory.excluded()).containsExactly(
                new Exclusion("src/gen/", "provenance.excludes: **/gen/"));
    }

    @Test
    void infoExcludeIsNamedInTheReason() throws IOException {
        write(".git/info/exclude", "# local\nscratch/\n");
        write("scratch/x.txt", "x");
        assertThat(exclusions(walk())).containsEntry("scratch/", ".git/info/exclude:2: scratch/");
    }

    @Test
    void versionControlMetadataIsAlwaysLeftOut() throws IOException {
        write(".git/config", "[core]\n");
        write("sub/repo/.git/HEAD", "ref: refs/heads/main\n");
        write("sub/module/.git", "gitdir: ../../.git/modules/module\n");
        write("sub/repo/x.py", "x = 1\n");
        Inventory inventory = walk("!.git/");
        assertThat(paths(inventory)).containsExactly("sub/repo/x.py");
        assertThat(exclusions(inventory)).containsOnly(
                Map.entry(".git/", FileSystemWalker.VERSION_CONTROL_REASON),
                Map.entry("sub/repo/.git/", FileSystemWalker.VERSION_CONTROL_REASON),
                Map.entry("sub/module/.git", FileSystemWalker.VERSION_CONTROL_REASON));
    }

    @Test
    void aLinkedWorktreeReadsTheSharedInfoExclude(@TempDir Path elsewhere) throws IOException {
        Path common = elsewhere.resolve("main.git");
        Path worktreeDir = common.resolve("worktrees/wt");
        Files.createDirectories(worktreeDir);
        Files.createDirectories(common.resolve("info"));
        Files.writeString(common.resolve("info/exclude"), "*.secret\n");
        Files.writeString(worktreeDir.resolve("commondir"), "../..\n");
        write(".git", "gitdir: " + worktreeDir + "\n");
        write("a.secret", "x");
        write("a.txt", "x");
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly("a.txt");
        assertThat(exclusions(inventory)).containsEntry("a.secret", ".git/info/exclude:1: *.secret");
    }

    @Test
    void anOverlongIgnoreLineIsNotAppliedAndSaysSo() throws IOException {
        write(".gitignore", "*a".repeat(5_000) + "b\n" + "keep-me-out.txt\n");
        write("keep-me-out.txt", "x");
        write("a".repeat(200) + "b", "x");
        Inventory inventory = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> walk());
        assertThat(paths(inventory)).containsExactly(".gitignore", "a".repeat(200) + "b");
        assertThat(issueOn(inventory, ".gitignore").code()).isEqualTo(IssueCode.LINE_TOO_LONG);
    }

    @Test
    void hostilePatternsAndNamesStayCheap() throws IOException {
        StringBuilder gitignore = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            gitignore.append("*a".repeat(120)).append("*b").append(i).append('\n');
            gitignore.append("**/".repeat(100)).append("x").append(i).append("/**/y\n");
            gitignore.append("[").append("a-".repeat(1000)).append('\n');
        }
        write(".gitignore", gitignore.toString());
        String deep = "d/".repeat(60);
        for (int i = 0; i < 50; i++) {
            write(deep + "a".repeat(240) + i, "x");
        }
        Inventory inventory = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walk());
        assertThat(inventory.files()).hasSize(51);
    }

    @Test
    void anIgnoreFileBeyondTheLimitIsAppliedInPartWithAnIssue() throws IOException {
        write(".gitignore", "a.txt\n" + "#".repeat(100) + "\nb.txt\n");
        write("a.txt", "x");
        write("b.txt", "x");
        Inventory inventory = new FileSystemWalker(WalkLimits.DEFAULT.withIgnoreFileBudgets(50, 1000)).walk(root, List.of());
        assertThat(paths(inventory)).containsExactly(".gitignore", "b.txt");
        assertThat(issueOn(inventory, ".gitignore").code()).isEqualTo(IssueCode.LIMIT_REACHED);
    }

    @Test
    void ignoreFilesBeyondTheWalksBudgetAreNotApplied() throws IOException {
        write(".gitignore", "a.txt\n");
        write("sub/.gitignore", "b.txt\n");
        write("sub/a.txt", "x");
        write("sub/b.txt", "x");
        Inventory inventory = new FileSystemWalker(WalkLimits.DEFAULT.withIgnoreFileBudgets(100, 6))
                .walk(root, List.of());
        assertThat(paths(inventory)).containsExactly(".gitignore", "sub/.gitignore", "sub/b.txt");
        assertThat(issueOn(inventory, "sub/.gitignore").code()).isEqualTo(IssueCode.LIMIT_REACHED);
    }

    // symbolic links

    @Test
    void aLinkOutOfTheRootIsReportedAndNotFollowed(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret\n");
        Files.createSymbolicLink(root.resolve("escape"), secret);
        Files.createSymbolicLink(root.resolve("escape-dir"), outside);
        Inventory inventory = walk();
        assertThat(inventory.files()).isEmpty();
        ScanIssue issue = issueOn(inventory, "escape");
        assertThat(issue.code()).isEqualTo(IssueCode.SYMLINK_OUTSIDE_ROOT);
        assertThat(issue.message()).contains(secret.toString());
        assertThat(issueOn(inventory, "escape-dir").code()).isEqualTo(IssueCode.SYMLINK_OUTSIDE_ROOT);
    }

    @Test
    void aRelativeLinkClimbingOutOfTheRootIsReported() throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub/up"), Path.of("../.."));
        ScanIssue issue = issueOn(walk(), "sub/up");
        assertThat(issue.code()).isEqualTo(IssueCode.SYMLINK_OUTSIDE_ROOT);
        assertThat(issue.message()).contains("../..");
    }

    @Test
    void aLinkToItselfIsALoop() throws IOException {
        Files.createSymbolicLink(root.resolve("a"), Path.of("a"));
        assertThat(issueOn(walk(), "a").code()).isEqualTo(IssueCode.SYMLINK_LOOP);
    }

    @Test
    void twoLinksToEachOtherAreALoopEach() throws IOException {
        Files.createSymbolicLink(root.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(root.resolve("b"), Path.of("a"));
        Inventory inventory = walk();
        assertThat(inventory.issues()).extracting(ScanIssue::path, ScanIssue::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", IssueCode.SYMLINK_LOOP),
                org.assertj.core.groups.Tuple.tuple("b", IssueCode.SYMLINK_LOOP));
    }

    @Test
    void aDirectoryLinkToItsOwnAncestorIsALoop() throws IOException {
        write("a/b/file.txt", "x");
        Files.createSymbolicLink(root.resolve("a/b/up"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("a/b/self"), Path.of("."));
        Files.createSymbolicLink(root.resolve("a/b/top"), root.toRealPath());
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly("a/b/file.txt");
        assertThat(issueOn(inventory, "a/b/up").code()).isEqualTo(IssueCode.SYMLINK_LOOP);
        assertThat(issueOn(inventory, "a/b/up").message()).contains("a/");
        assertThat(issueOn(inventory, "a/b/self").code()).isEqualTo(IssueCode.SYMLINK_LOOP);
        assertThat(issueOn(inventory, "a/b/top").code()).isEqualTo(IssueCode.SYMLINK_LOOP);
    }

    @Test
    void aBrokenLinkIsReported() throws IOException {
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("missing/file.txt"));
        ScanIssue issue = issueOn(walk(), "dangling");
        assertThat(issue.code()).isEqualTo(IssueCode.SYMLINK_BROKEN);
        assertThat(issue.message()).contains("missing/file.txt");
    }

    @Test
    void aLinkInsideTheRootIsExcludedAndItsTargetScannedWhereItIs() throws IOException {
        write("real/data.json", "{}\n");
        Files.createSymbolicLink(root.resolve("alias.json"), Path.of("real/data.json"));
        Files.createSymbolicLink(root.resolve("alias-dir"), Path.of("real"));
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly("real/data.json");
        assertThat(exclusions(inventory)).containsOnly(
                Map.entry("alias.json", "symbolic link to real/data.json, scanned at its target"),
                Map.entry("alias-dir", "symbolic link to real/, scanned at its target"));
        assertThat(inventory.issues()).isEmpty();
    }

    @Test
    void aLinkToAnExcludedTargetSaysSo() throws IOException {
        write(".gitignore", "build/\n");
        write("build/out.txt", "x");
        Files.createSymbolicLink(root.resolve("out.txt"), Path.of("build/out.txt"));
        assertThat(exclusions(walk())).containsEntry("out.txt",
                "symbolic link to build/out.txt, not followed; its target is not inventoried");
    }

    @Test
    void oneBadLinkDoesNotStopTheWalk(@TempDir Path outside) throws IOException {
        Files.createSymbolicLink(root.resolve("a-loop"), Path.of("a-loop"));
        Files.createSymbolicLink(root.resolve("b-out"), outside);
        Files.createSymbolicLink(root.resolve("c-broken"), Path.of("nowhere"));
        write("d.txt", "x");
        Inventory inventory = walk();
        assertThat(paths(inventory)).containsExactly("d.txt");
        assertThat(inventory.issues()).extracting(ScanIssue::code).containsExactly(
                IssueCode.SYMLINK_LOOP, IssueCode.SYMLINK_OUTSIDE_ROOT, IssueCode.SYMLINK_BROKEN);
    }

    @Test
    void anIgnoredLinkIsExcludedWithoutAnIssue() throws IOException {
        write(".gitignore", "dangling\n");
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("missing"));
        Inventory inventory = walk();
        assertThat(inventory.issues()).isEmpty();
        assertThat(exclusions(inventory)).containsEntry("dangling", ".gitignore:1: dangling");
    }

    @Test
    void aRootGivenThroughALinkIsWalkedAtItsRealPath(@TempDir Path elsewhere) throws IOException {
        write("a.txt", "x");
        Path link = Files.createSymbolicLink(elsewhere.resolve("link-to-root"), root);
        try {
            Inventory inventory = walker.walk(link, List.of());
            assertThat(paths(inventory)).containsExactly("a.txt");
            assertThat(inventory.files().get(0).file()).isEqualTo(root.toRealPath().resolve("a.txt"));
        } finally {
            Files.delete(link);
        }
    }

    // special and unreadable files

    @Test
    void aFifoIsReportedAndNeverOpened() throws Exception {
        Path fifo = root.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        write("after.txt", "x");
        Inventory inventory = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walk());
        assertThat(paths(inventory)).containsExactly("after.txt");
        ScanIssue issue = issueOn(inventory, "pipe");
        assertThat(issue.code()).isEqualTo(IssueCode.SPECIAL_FILE);
        assertThat(issue.message()).contains("FIFO");
    }

    @Test
    void anUnreadableDirectoryIsReportedAndTheWalkGoesOn() throws IOException {
        Path locked = Files.createDirectories(root.resolve("locked"));
        write("locked/x.txt", "x");
        write("open.txt", "x");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            assumeTrue(!Files.isReadable(locked), "running with privileges that read any directory");
            Inventory inventory = walk();
            assertThat(paths(inventory)).containsExactly("open.txt");
            assertThat(issueOn(inventory, "locked").code()).isEqualTo(IssueCode.UNREADABLE);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aRootThatIsNotADirectoryIsAnError() throws IOException {
        Path file = write("file.txt", "x");
        assertThatThrownBy(() -> walker.walk(file, List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a directory");
        assertThatThrownBy(() -> walker.walk(root.resolve("missing"), List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }

    // limits

    @Test
    void theFileLimitStopsTheWalkWithAnIssue() throws IOException {
        for (int i = 0; i < 10; i++) {
            write("f" + i + ".txt", "x");
        }
        Inventory inventory = new FileSystemWalker(WalkLimits.DEFAULT.withMaxFiles(4)).walk(root, List.of());
        assertThat(paths(inventory)).containsExactly("f0.txt", "f1.txt", "f2.txt", "f3.txt");
        assertThat(issueOn(inventory, ".").code()).isEqualTo(IssueCode.LIMIT_REACHED);
        assertThat(issueOn(inventory, ".").message()).contains("4 files");
    }

    @Test
    void directoriesBeyondTheDepthLimitAreNotEntered() throws IOException {
        write("a/b/c/d/deep.txt", "x");
        write("a/shallow.txt", "x");
        Inventory inventory = new FileSystemWalker(WalkLimits.DEFAULT.withMaxDepth(2)).walk(root, List.of());
        assertThat(paths(inventory)).containsExactly("a/shallow.txt");
        assertThat(issueOn(inventory, "a/b/c").code()).isEqualTo(IssueCode.LIMIT_REACHED);
    }

    // safety

    @Test
    void theWalkLeavesTheTreeUntouched(@TempDir Path outside) throws Exception {
        write(".gitignore", "build/\n*.log\n");
        write("src/A.java", "class A {}\n");
        write("build/x.o", "x");
        write("a.log", "x");
        write("README.md", "---\nlicense: mit\n---\n");
        write("model.safetensors", "binary\u0000stuff");
        Files.createSymbolicLink(root.resolve("link"), Path.of("src/A.java"));
        Files.createSymbolicLink(root.resolve("out"), outside);
        Map<String, String> before = snapshot(root);
        walk();
        walk("**/*.java");
        assertThat(snapshot(root)).isEqualTo(before);
    }

    /** Path → type, size, modification time and content hash of every entry, links not followed. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> result = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> stream = Files.walk(root)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String content = a.isRegularFile() ? HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)))
                        : a.isSymbolicLink() ? Files.readSymbolicLink(p).toString() : "";
                result.put(root.relativize(p).toString(), (a.isDirectory() ? "d" : a.isSymbolicLink() ? "l" : "f")
                        + " " + a.size() + " " + a.lastModifiedTime() + " " + content);
            }
        }
        return result;
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(path,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
