package dev.provenance.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveReaderTest {
    @TempDir
    Path dir;

    private final Map<String, String> read = new LinkedHashMap<>();

    private List<ArchiveNote> read(Path archive, ArchiveLimits limits) throws IOException {
        return new ArchiveReader(limits).read(archive, (path, content, length) ->
                read.put(path, new String(content, 0, length, StandardCharsets.UTF_8)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void zipEntry(ZipArchiveOutputStream zip, String name, byte[] data) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(data);
        zip.closeArchiveEntry();
    }

    private Path hostileZip() throws IOException {
        Path file = dir.resolve("hostile.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zipEntry(zip, "ok/Main.java", utf8("class Main {}\n"));
            zipEntry(zip, "../evil.py", utf8("import os\n"));
            zipEntry(zip, "a/../../evil2.py", utf8("import os\n"));
            zipEntry(zip, "/etc/passwd", utf8("root:x:0:0\n"));
            zipEntry(zip, "C:\\windows\\evil.py", utf8("x\n"));
            ZipArchiveEntry link = new ZipArchiveEntry("ok/link.java");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write(utf8("/etc/shadow"));
            zip.closeArchiveEntry();
            ZipArchiveEntry fifo = new ZipArchiveEntry("ok/pipe");
            fifo.setUnixMode(0010644);
            zip.putArchiveEntry(fifo);
            zip.closeArchiveEntry();
            zipEntry(zip, "./ok/./Other.java", utf8("class Other {}\n"));
        }
        return file;
    }

    @Test
    void unsafeZipEntriesAreRefusedOneByOneAndTheRestIsRead() throws IOException {
        List<ArchiveNote> notes = read(hostileZip(), ArchiveLimits.DEFAULT);
        assertThat(read).containsOnlyKeys("ok/Main.java", "ok/Other.java");
        assertThat(notes).extracting(ArchiveNote::path, ArchiveNote::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("../evil.py", ArchiveRefusal.PATH_TRAVERSAL),
                org.assertj.core.groups.Tuple.tuple("a/../../evil2.py", ArchiveRefusal.PATH_TRAVERSAL),
                org.assertj.core.groups.Tuple.tuple("/etc/passwd", ArchiveRefusal.ABSOLUTE_PATH),
                org.assertj.core.groups.Tuple.tuple("C:/windows/evil.py", ArchiveRefusal.ABSOLUTE_PATH),
                org.assertj.core.groups.Tuple.tuple("ok/link.java", ArchiveRefusal.LINK),
                org.assertj.core.groups.Tuple.tuple("ok/pipe", ArchiveRefusal.SPECIAL_FILE));
        assertThat(notes.get(0).toIssue().toString()).contains("climbs out of the archive");
    }

    private static void tarEntry(TarArchiveOutputStream tar, TarArchiveEntry entry, byte[] data) throws IOException {
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    private Path hostileTar(boolean gzip) throws IOException {
        Path file = dir.resolve(gzip ? "hostile.tar.gz" : "hostile.tar");
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GzipCompressorOutputStream(raw) : raw;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarEntry(tar, new TarArchiveEntry("./pkg/mod.py"), utf8("def f():\n    return 1\n"));
            tarEntry(tar, new TarArchiveEntry("pkg/../../escape.py"), utf8("x = 1\n"));
            TarArchiveEntry absolute = new TarArchiveEntry("/tmp/abs.py", true);
            tarEntry(tar, absolute, utf8("x = 2\n"));
            TarArchiveEntry symlink = new TarArchiveEntry("pkg/sym.py", TarConstants.LF_SYMLINK);
            symlink.setLinkName("/etc/passwd");
            tarEntry(tar, symlink, new byte[0]);
            TarArchiveEntry hard = new TarArchiveEntry("pkg/hard.py", TarConstants.LF_LINK);
            hard.setLinkName("pkg/mod.py");
            tarEntry(tar, hard, new byte[0]);
            tarEntry(tar, new TarArchiveEntry("pkg/tty", TarConstants.LF_CHR), new byte[0]);
            tarEntry(tar, new TarArchiveEntry("pkg/fifo", TarConstants.LF_FIFO), new byte[0]);
            tarEntry(tar, new TarArchiveEntry("pkg/util.py"), utf8("import sys\n"));
        }
        return file;
    }

    @Test
    void unsafeTarEntriesAreRefusedOneByOne() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            read.clear();
            List<ArchiveNote> notes = read(hostileTar(gzip), ArchiveLimits.DEFAULT);
            assertThat(read).containsOnlyKeys("pkg/mod.py", "pkg/util.py");
            assertThat(read.get("pkg/mod.py")).isEqualTo("def f():\n    return 1\n");
            assertThat(notes).extracting(ArchiveNote::reason).containsExactly(ArchiveRefusal.PATH_TRAVERSAL,
                    ArchiveRefusal.ABSOLUTE_PATH, ArchiveRefusal.LINK, ArchiveRefusal.LINK,
                    ArchiveRefusal.SPECIAL_FILE, ArchiveRefusal.SPECIAL_FILE);
            assertThat(notes.get(2).message()).contains("symbolic link entry to /etc/passwd");
            assertThat(notes.get(3).message()).contains("hard link");
            assertThat(notes.get(4).message()).contains("character device");
            assertThat(notes.get(5).message()).contains("FIFO");
        }
    }

    /** 1 GiB of zeros, written through the compressor a block at a time: never held in memory. */
    private static void zeros(OutputStream out) throws IOException {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < 1024; i++) {
            out.write(block);
        }
    }

    @Test
    void aZipBombEntryIsRefusedAndTheArchiveGoesOn() throws IOException {
        Path file = dir.resolve("bomb.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zipEntry(zip, "before.java", utf8("class A {}\n"));
            zip.putArchiveEntry(new ZipArchiveEntry("zeros.java"));
            zeros(zip);
            zip.closeArchiveEntry();
            zipEntry(zip, "after.java", utf8("class B {}\n"));
        }
        assertThat(Files.size(file)).isLessThan(16L << 20);
        ArchiveLimits roomy = ArchiveLimits.DEFAULT.withMaxEntryBytes(Integer.MAX_VALUE - 16);
        List<ArchiveNote> notes = read(file, roomy);
        assertThat(read).containsOnlyKeys("before.java", "after.java");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ArchiveRefusal.COMPRESSION_RATIO);
            assertThat(n.path()).isEqualTo("zeros.java");
            assertThat(n.message()).contains("decompression bomb");
        });
        read.clear();
        assertThat(read(file, ArchiveLimits.DEFAULT)).extracting(ArchiveNote::reason)
                .containsExactly(ArchiveRefusal.TOO_LARGE);
    }

    @Test
    void aTarGzBombStopsTheArchive() throws IOException {
        Path file = dir.resolve("bomb.tar.gz");
        try (OutputStream raw = Files.newOutputStream(file);
             GzipCompressorOutputStream gz = new GzipCompressorOutputStream(raw);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tarEntry(tar, new TarArchiveEntry("first.py"), utf8("x = 1\n"));
            TarArchiveEntry big = new TarArchiveEntry("zeros.py");
            big.setSize(1L << 30);
            tar.putArchiveEntry(big);
            zeros(tar);
            tar.closeArchiveEntry();
            tarEntry(tar, new TarArchiveEntry("last.py"), utf8("x = 2\n"));
        }
        List<ArchiveNote> notes = read(file, ArchiveLimits.DEFAULT);
        assertThat(read).containsOnlyKeys("first.py");
        assertThat(notes).extracting(ArchiveNote::reason)
                .containsExactly(ArchiveRefusal.TOO_LARGE, ArchiveRefusal.COMPRESSION_RATIO);
        assertThat(notes.get(1).path()).isEqualTo("bomb.tar.gz");
    }

    @Test
    void tooManyEntriesStopTheArchiveKeepingWhatWasRead() throws IOException {
        Path file = dir.resolve("many.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                zipEntry(zip, "f" + i + ".py", utf8("x = " + i + "\n"));
            }
        }
        List<ArchiveNote> notes = read(file, ArchiveLimits.DEFAULT.withMaxEntries(10));
        assertThat(read).hasSize(10);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ArchiveRefusal.TOO_MANY_ENTRIES);
            assertThat(n.reason().stopsArchive()).isTrue();
            assertThat(n.path()).isEqualTo("many.zip");
        });
    }

    @Test
    void theCapOnDecompressedBytesStopsTheArchive() throws IOException {
        Path file = dir.resolve("big.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (int i = 0; i < 10; i++) {
                zipEntry(zip, "f" + i + ".py", utf8(("x = " + i + "\n").repeat(200)));
            }
        }
        List<ArchiveNote> notes = read(file, ArchiveLimits.DEFAULT.withMaxTotalBytes(5000));
        assertThat(read.size()).isBetween(1, 4);
        assertThat(notes).extracting(ArchiveNote::reason).containsExactly(ArchiveRefusal.TOTAL_TOO_LARGE);
    }

    private static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zipEntry(zip, e.getKey(), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void nestedArchivesAreReadOneLevelDeepAndNoDeeper() throws IOException {
        byte[] innermost = zipBytes(Map.of("Deep.java", utf8("class Deep {}\n")));
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("org/A.java", utf8("class A {}\n"));
        inner.put("deeper.jar", innermost);
        Path file = dir.resolve("dist.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zipEntry(zip, "lib/a-sources.jar", zipBytes(inner));
            zipEntry(zip, "README.md", utf8("# dist\n"));
        }
        List<ArchiveNote> notes = read(file, ArchiveLimits.DEFAULT);
        assertThat(read).containsOnlyKeys("lib/a-sources.jar!/org/A.java", "README.md");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ArchiveRefusal.NESTED_TOO_DEEP);
            assertThat(n.path()).isEqualTo("lib/a-sources.jar!/deeper.jar");
        });
        read.clear();
        assertThat(read(file, ArchiveLimits.DEFAULT.withMaxDepth(0))).extracting(ArchiveNote::path)
                .containsExactly("lib/a-sources.jar");
        assertThat(read).containsOnlyKeys("README.md");
    }

    @Test
    void aSecondEntryOfTheSameNameIsSkipped() throws IOException {
        Path file = dir.resolve("dup.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zipEntry(zip, "a.py", utf8("first\n"));
            zipEntry(zip, "./a.py", utf8("second\n"));
        }
        List<ArchiveNote> notes = read(file, ArchiveLimits.DEFAULT);
        assertThat(read).containsExactly(Map.entry("a.py", "first\n"));
        assertThat(notes).extracting(ArchiveNote::reason).containsExactly(ArchiveRefusal.DUPLICATE);
    }

    @Test
    void somethingThatIsNotAnArchiveIsAnError() throws IOException {
        Path file = dir.resolve("plain.zip");
        Files.writeString(file, "just text, no archive", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file, ArchiveLimits.DEFAULT)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a zip, jar, wheel, tar or tar.gz archive");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a/b.py|a/b.py|",
        "./a//b.py|a/b.py|",
        "a\\b.py|a/b.py|",
        "./|''|",
        "../a.py||PATH_TRAVERSAL",
        "a/..|| PATH_TRAVERSAL",
        "/a.py||ABSOLUTE_PATH",
        "\\a.py||ABSOLUTE_PATH",
        "c:/a.py||ABSOLUTE_PATH",
        "a..b/c.py|a..b/c.py|",
    })
    void entryNamesAreNormalisedOrRefused(String raw, String safe, String refusal) {
        ArchiveRefusal[] why = new ArchiveRefusal[1];
        String result = ArchiveReader.safeName(raw, why);
        if (refusal == null || refusal.isBlank()) {
            assertThat(result).isEqualTo(safe == null ? "" : safe);
        } else {
            assertThat(result).isNull();
            assertThat(why[0]).isEqualTo(ArchiveRefusal.valueOf(refusal.strip()));
        }
    }

    @Test
    void namesWithNulAreRefused() {
        ArchiveRefusal[] why = new ArchiveRefusal[1];
        assertThat(ArchiveReader.safeName("a\0.py", why)).isNull();
        assertThat(why[0]).isEqualTo(ArchiveRefusal.BAD_NAME);
        assertThat(ArchiveReader.safeName("x/".repeat(3000), why)).isNull();
        assertThat(why[0]).isEqualTo(ArchiveRefusal.BAD_NAME);
    }
}
