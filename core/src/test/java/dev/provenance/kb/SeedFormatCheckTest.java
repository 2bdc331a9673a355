package dev.provenance.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.provenance.fingerprint.SeedFormat;
import dev.provenance.fingerprint.WinnowingParameters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A knowledge base records the lexer/seed format it was built with, and another format is refused by name. */
class SeedFormatCheckTest {
    @TempDir
    Path dir;
    private Path segment;

    @BeforeEach
    void build() throws IOException {
        writer().add(Component.of("tidal", "1"), Corpus.component(1, 12, 60));
        try (var files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".kbs")).findFirst().orElseThrow();
        }
    }

    private KnowledgeBaseWriter writer() {
        return new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, Corpus.LEXERS);
    }

    private ByteBuffer header() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
            ch.read(header, 0);
        }
        return header;
    }

    /** Rewrites the segment's seed format field, with a valid header checksum: a segment another version wrote. */
    private void recordSeedFormat(int version) throws IOException {
        ByteBuffer header = header();
        header.putInt(SegmentFormat.H_SEED_FORMAT, version);
        header.putInt(SegmentFormat.H_HEADER_CRC, 0);
        CRC32C crc = new CRC32C();
        crc.update(header.array(), 0, SegmentFormat.HEADER_BYTES);
        header.putInt(SegmentFormat.H_HEADER_CRC, (int) crc.getValue());
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.write(header.position(0), 0);
        }
    }

    @Test
    void aNewSegmentRecordsThisSeedFormatAndOpens() throws IOException {
        assertThat(header().getInt(SegmentFormat.H_SEED_FORMAT)).isEqualTo(SeedFormat.VERSION);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertThat(kb.fileCount()).isEqualTo(12);
        }
    }

    @ParameterizedTest(name = "seed format {0}")
    @ValueSource(ints = {0, 1, SeedFormat.VERSION + 1})
    void aKnowledgeBaseOfAnotherSeedFormatIsRefusedWithBothVersionsAndTheRebuildHint(int other) throws IOException {
        recordSeedFormat(other);
        assertThatThrownBy(() -> KnowledgeBase.open(dir).close())
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith(dir + ": ")
                .hasMessageContaining("built with lexer/seed format " + other)
                .hasMessageContaining("seed format " + SeedFormat.VERSION + ";")
                .hasMessageContaining("rebuild the KB with provenance:index (delete " + dir);
    }

    @Test
    void aSegmentWrittenBeforeFormatsWereRecordedSaysSo() throws IOException {
        recordSeedFormat(0);
        assertThatThrownBy(() -> KnowledgeBase.open(dir).close())
                .hasMessageContaining("format 0 (before formats were recorded)");
    }

    @Test
    void indexingIntoAKnowledgeBaseOfAnotherSeedFormatIsRefusedAndLeavesItAsItWas() throws IOException {
        recordSeedFormat(1);
        byte[] before = Files.readAllBytes(dir.resolve(Manifest.NAME));
        assertThatThrownBy(() -> writer().add(Component.of("other", "1"), Corpus.component(2, 3, 40)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("lexer/seed format 1")
                .hasMessageContaining("rebuild the KB with provenance:index");
        assertThat(Files.readAllBytes(dir.resolve(Manifest.NAME))).isEqualTo(before);
    }
}
