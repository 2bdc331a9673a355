package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.fingerprint.WinnowingParameters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorruptionTest {
    @TempDir
    Path dir;
    private Path segment;

    @BeforeEach
    void build() throws IOException {
        new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS)
                .add(Component.of("victim", "1"), Corpus.component(1, 20, 80));
        try (var files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".kbs")).findFirst().orElseThrow();
        }
    }

    private void assertDamaged(String what) {
        assertThatThrownBy(() -> KnowledgeBase.open(dir).close())
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(segment.getFileName().toString())
                .hasMessageContaining(what)
                .hasMessageContaining("rebuild the KB (delete " + dir + " and run provenance:index again)");
    }

    private long section(SegmentFormat.Section s, int field) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
            ch.read(header, 0);
        }
        return header.getLong(SegmentFormat.H_SECTIONS + s.ordinal() * SegmentFormat.SECTION_ENTRY_BYTES + field);
    }

    private void flip(long position) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, position);
            one.put(0, (byte) (one.get(0) ^ 0x5A)).position(0);
            ch.write(one, position);
        }
    }

    @Test
    void aTruncatedSegmentIsNamedWithTheRebuildHint() throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 100);
        }
        assertDamaged("truncated");
    }

    @Test
    void aSegmentCutInsideItsHeaderIsNamed() throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        assertDamaged("truncated");
    }

    @Test
    void aWrongMagicNumberIsNamed() throws IOException {
        flip(0);
        assertDamaged("wrong magic number");
    }

    @Test
    void anotherFormatVersionIsNamed() throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 99), SegmentFormat.H_VERSION);
        }
        assertDamaged("format version 99");
    }

    @Test
    void aFlippedHeaderByteIsNamed() throws IOException {
        flip(SegmentFormat.H_KEY_COUNT);
        assertDamaged("header checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(value = SegmentFormat.Section.class, names = "TEXTS", mode = EnumSource.Mode.EXCLUDE)
    void aFlippedByteInTheMiddleOfAnIndexSectionIsNamed(SegmentFormat.Section s) throws IOException {
        long offset = section(s, 0);
        long length = section(s, 8);
        flip(offset + length / 2);
        assertDamaged("checksum mismatch in the " + s.name().toLowerCase(java.util.Locale.ROOT) + " section");
    }

    @Test
    void aFlippedByteInATextIsNamedWhenThatTextIsRead() throws IOException {
        flip(section(SegmentFormat.Section.TEXTS, 0) + section(SegmentFormat.Section.TEXTS, 8) / 2);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            int damaged = 0;
            for (int id = 0; id < kb.fileCount(); id++) {
                try {
                    kb.text(id);
                } catch (KnowledgeBaseException e) {
                    assertThat(e).hasMessageContaining(segment.getFileName().toString())
                            .hasMessageContaining("checksum mismatch in the text of src/")
                            .hasMessageContaining("rebuild the KB");
                    damaged++;
                }
            }
            assertThat(damaged).isEqualTo(1);
        }
    }

    @Test
    void aDamagedManifestIsNamed() throws IOException {
        Path manifest = dir.resolve(Manifest.NAME);
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replace("segment-", "segmenT-"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBase.open(dir).close())
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("MANIFEST")
                .hasMessageContaining("rebuild the KB");
    }

    @Test
    void aListedSegmentThatIsMissingIsNamedByTheWriter() throws IOException {
        Files.delete(segment);
        KnowledgeBaseWriter writer = new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS);
        assertThatThrownBy(() -> writer.add(Component.of("more", "1"), List.of()))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(segment.getFileName().toString())
                .hasMessageContaining("rebuild the KB");
    }

    @Test
    void anUndamagedSegmentOpens() throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.fileCount()).isEqualTo(20);
        }
    }
}
