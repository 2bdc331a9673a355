package dev.provenance.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentLoaderTest {
    @TempDir
    Path root;

    private final ContentLoader loader = new ContentLoader();

    private InventoryEntry entry(String path, byte[] content, Charset charset) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new InventoryEntry(path, file, FileKind.SOURCE, Language.C, content.length, charset, Set.of());
    }

    @Test
    void utf8TextIsDecodedWithoutIssues() throws Exception {
        String text = "int caf\u00e9 = 1; // \u65e5\u672c \uD83D\uDE00\nnext\n";
        LoadedText loaded = loader.load(entry("a.c", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                ContentLoaderTestBudget.LARGE);
        assertThat(loaded.text().text()).isEqualTo(text);
        assertThat(loaded.text().path()).isEqualTo("a.c");
        assertThat(loaded.text().lineCount()).isEqualTo(2);
        assertThat(loaded.issues()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EFBBBF, UTF-8",
        "FFFE, UTF-16LE",
        "FEFF, UTF-16BE",
        "FFFE0000, UTF-32LE",
        "0000FEFF, UTF-32BE",
    })
    void theByteOrderMarkIsStripped(String bomHex, String charset) throws Exception {
        Charset cs = Charset.forName(charset);
        byte[] bytes = FileClassifierTest.concat(FileClassifierTest.hex(bomHex), "x = \u00e9\n".getBytes(cs));
        LoadedText loaded = loader.load(entry("a.c", bytes, cs), ContentLoaderTestBudget.LARGE);
        assertThat(loaded.text().text()).isEqualTo("x = \u00e9\n");
        assertThat(loaded.issues()).isEmpty();
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252WithItsByteAndLine() throws Exception {
        byte[] head = "line one\nline two\r\nline three\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = FileClassifierTest.concat(head, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        LoadedText loaded = loader.load(entry("a.c", bytes, StandardCharsets.UTF_8), ContentLoaderTestBudget.LARGE);
        assertThat(loaded.text().text()).endsWith("caf\u00e9\n");
        assertThat(loaded.issues()).containsExactly(new ScanIssue("a.c", IssueCode.INVALID_ENCODING,
                "invalid UTF-8 at byte " + (head.length + 3) + " (line 4); decoded as windows-1252"));
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() throws Exception {
        byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x82};
        LoadedText loaded = loader.load(entry("a.c", bytes, StandardCharsets.UTF_8), ContentLoaderTestBudget.LARGE);
        assertThat(loaded.issues()).singleElement().extracting(ScanIssue::message)
                .isEqualTo("invalid UTF-8 at byte 2 (line 2); decoded as windows-1252");
    }

    @Test
    void windows1252TextIsDecodedAndReportedAsInvalidUtf8() throws Exception {
        byte[] bytes = "caf\u00e9 \u20ac\n".getBytes(Charset.forName("windows-1252"));
        LoadedText loaded = loader.load(entry("a.c", bytes, FileClassifier.FALLBACK_CHARSET),
                ContentLoaderTestBudget.LARGE);
        assertThat(loaded.text().text()).isEqualTo("caf\u00e9 \u20ac\n");
        assertThat(loaded.issues()).singleElement().extracting(ScanIssue::message)
                .isEqualTo("invalid UTF-8 at byte 3 (line 1); decoded as windows-1252");
    }

    @Test
    void asciiTakenForWindows1252IsPlainUtf8WithoutAnIssue() throws Exception {
        byte[] bytes = "plain ascii\n".getBytes(StandardCharsets.US_ASCII);
        LoadedText loaded = loader.load(entry("a.c", bytes, FileClassifier.FALLBACK_CHARSET),
                ContentLoaderTestBudget.LARGE);
        assertThat(loaded.text().text()).isEqualTo("plain ascii\n");
        assertThat(loaded.issues()).isEmpty();
    }

    @Test
    void malformedUtf16IsReplacedAndReported() {
        byte[] bytes = FileClassifierTest.concat("a\nb".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xDC, 'c', 0});
        LoadedText loaded = loader.decode("a.c", bytes, bytes.length, StandardCharsets.UTF_16LE);
        assertThat(loaded.text().text()).isEqualTo("a\nb\uFFFDc");
        assertThat(loaded.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.INVALID_ENCODING);
            assertThat(issue.message()).startsWith("invalid UTF-16LE at byte 6 (line 2)");
        });
    }

    @Test
    void aFileOverTheBudgetIsTooLarge() throws Exception {
        InventoryEntry entry = entry("big.c", new byte[3 * 1024 + 512], StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(entry, 2048))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.code()).isEqualTo(IssueCode.TOO_LARGE);
                    assertThat(p.getMessage()).isEqualTo(
                            "3.5 KiB exceeds the 2 KiB analysis budget; inventoried, not analysed");
                });
    }

    @Test
    void aFileExactlyAtTheBudgetIsRead() throws Exception {
        InventoryEntry entry = entry("edge.c", "12345".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(loader.load(entry, 5).text().text()).isEqualTo("12345");
    }

    @Test
    void aVanishedFileIsUnreadable() throws Exception {
        InventoryEntry entry = entry("gone.c", new byte[] {'x'}, StandardCharsets.UTF_8);
        Files.delete(entry.file());
        assertThatThrownBy(() -> loader.load(entry, ContentLoaderTestBudget.LARGE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.code()).isEqualTo(IssueCode.UNREADABLE);
                    assertThat(p.getMessage()).contains("vanished");
                    assertThat(p.getCause()).isInstanceOf(IOException.class);
                });
    }

    @Test
    void aFileReplacedByALinkIsNotFollowed(@TempDir Path outside) throws Exception {
        InventoryEntry entry = entry("swapped.c", new byte[] {'x'}, StandardCharsets.UTF_8);
        Files.delete(entry.file());
        Files.createSymbolicLink(entry.file(), Files.writeString(outside.resolve("secret"), "secret"));
        assertThatThrownBy(() -> loader.load(entry, ContentLoaderTestBudget.LARGE))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.code()).isEqualTo(IssueCode.UNREADABLE));
    }

    @Test
    void aBinaryEntryIsRefused() throws Exception {
        Path file = Files.write(root.resolve("w.bin"), new byte[] {0, 1, 2});
        InventoryEntry entry = new InventoryEntry("w.bin", file, FileKind.WEIGHTS, Language.NONE, 3, null, Set.of());
        assertThatThrownBy(() -> loader.load(entry, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatTheWalkerClassifiesTheLoaderDecodes() throws Exception {
        Files.write(root.resolve("latin.txt"), "na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(root.resolve("utf16.txt"), FileClassifierTest.concat(FileClassifierTest.hex("FFFE"),
                "na\u00efve\n".getBytes(StandardCharsets.UTF_16LE)));
        Files.writeString(root.resolve("plain.txt"), "na\u00efve\n", StandardCharsets.UTF_8);
        Inventory inventory = new FileSystemWalker().walk(root, List.of());
        assertThat(inventory.files()).hasSize(3);
        for (InventoryEntry e : inventory.files()) {
            LoadedText loaded = loader.load(e, ContentLoaderTestBudget.LARGE);
            assertThat(loaded.text().text()).as(e.path()).isEqualTo("na\u00efve\n");
            assertThat(loaded.issues()).as(e.path()).extracting(ScanIssue::message).isEqualTo(
                    e.path().equals("latin.txt") ? List.of("invalid UTF-8 at byte 2 (line 1); decoded as windows-1252")
                            : List.of());
        }
    }

    /** Budgets used by these tests. */
    private static final class ContentLoaderTestBudget {
        static final long LARGE = 16L * 1024 * 1024;
    }
}
