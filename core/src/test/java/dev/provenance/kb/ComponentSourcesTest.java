package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.Language;
import dev.provenance.scan.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentSourcesTest {
    @TempDir
    Path dir;

    private static void entry(ZipArchiveOutputStream zip, String name, byte[] data) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(data);
        zip.closeArchiveEntry();
    }

    @Test
    void anArchiveYieldsItsSourceAndConfigFilesOnly() throws IOException {
        Path jar = dir.resolve("lib-1.0-sources.jar");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(jar)) {
            entry(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "org/lib/Main.java", "class Main {}\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "org/lib/config.json", "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "org/lib/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
            entry(zip, "org/lib/Bytes.java", new byte[] {'c', 0, 0, 1, 2});
            entry(zip, "LICENSE", "Apache License\n".getBytes(StandardCharsets.UTF_8));
            entry(zip, "../Escape.java", "class Escape {}\n".getBytes(StandardCharsets.UTF_8));
        }
        CollectedSources sources = new ComponentSources().collect(jar);
        assertThat(sources.files()).extracting(SourceFile::path, SourceFile::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("org/lib/Main.java", Language.JAVA),
                        org.assertj.core.groups.Tuple.tuple("org/lib/config.json", Language.JSON));
        assertThat(sources.files().get(0).text()).isEqualTo("class Main {}\n");
        assertThat(sources.notes()).extracting(n -> n.path() + " " + n.code()).containsExactly(
                "../Escape.java " + IssueCode.UNSAFE_ARCHIVE_ENTRY, "org/lib/Bytes.java " + IssueCode.BINARY_CONTENT);
        assertThat(sources.metadata()).extracting(SourceFile::path).containsExactly("LICENSE");
        assertThat(sources.skipped()).isEqualTo(3);
    }

    @Test
    void aDirectoryIsWalkedLikeAScan() throws IOException {
        Path root = dir.resolve("src");
        Files.createDirectories(root.resolve("pkg"));
        Files.writeString(root.resolve("pkg/mod.py"), "def f():\n    return 1\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("pkg/ignored.py"), "x = 1\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve(".gitignore"), "ignored.py\n", StandardCharsets.UTF_8);
        Files.write(root.resolve("pkg/data.bin"), new byte[] {0, 1, 2, 3});
        Files.writeString(root.resolve("README.md"), "# readme\n", StandardCharsets.UTF_8);
        CollectedSources sources = new ComponentSources().collect(root);
        assertThat(sources.files()).extracting(SourceFile::path).containsExactly("pkg/mod.py");
        assertThat(sources.files().get(0).language()).isEqualTo(Language.PYTHON);
        assertThat(sources.characters()).isEqualTo("def f():\n    return 1\n".length());
    }

    @Test
    void collectedSourcesIndexAndMatchEndToEnd() throws IOException {
        Path root = dir.resolve("upstream");
        Files.createDirectories(root);
        String code = Corpus.javaFile(3, 40);
        Files.writeString(root.resolve("Up.java"), code, StandardCharsets.UTF_8);
        CollectedSources sources = new ComponentSources().collect(root);
        Path kbDir = dir.resolve("kb");
        new KnowledgeBaseWriter(kbDir, dev.provenance.fingerprint.WinnowingParameters.DEFAULT, Corpus.LEXERS)
                .add(Component.of("up", "1"), sources.files());
        try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
            var f = Corpus.fingerprints(code.replace("sum", "total"));
            Hits hits = kb.lookup(f.sortedDistinctHashes());
            assertThat(hits.postingCount()).isGreaterThanOrEqualTo(f.sortedDistinctHashes().length);
            assertThat(kb.text(0)).isEqualTo(code);
        }
    }
}
