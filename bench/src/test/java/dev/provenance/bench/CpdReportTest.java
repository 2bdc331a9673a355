package dev.provenance.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpdReportTest {
    @TempDir
    Path dir;

    private Path asm;
    private Path spring;

    @BeforeEach
    void corpus() throws IOException {
        asm = dir.resolve("asm");
        spring = dir.resolve("spring-core");
        write(asm.resolve("org/objectweb/asm/Type.java"), 10);
        write(asm.resolve("org/objectweb/asm/Label.java"), 10);
        write(spring.resolve("org/springframework/asm/Type.java"), 20);
        write(spring.resolve("org/springframework/asm/Label.java"), 10);
        write(spring.resolve("org/springframework/asm/SpringAsmInfo.java"), 5);
    }

    private static void write(Path file, int lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "line\n".repeat(lines), UTF_8);
    }

    private Path report(String duplications) throws IOException {
        Path file = dir.resolve("cpd.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<pmd-cpd xmlns=\"https://pmd-code.org/schema/cpd-report\" pmdVersion=\"7.25.0\">"
                + "<file path=\"" + asm + "/org/objectweb/asm/Type.java\" totalNumberOfTokens=\"9\"/>"
                + duplications + "</pmd-cpd>", UTF_8);
        return file;
    }

    private String occurrence(Path root, String path, int line, int endLine) {
        return "<file line=\"" + line + "\" endline=\"" + endLine + "\" column=\"1\" path=\"" + root.resolve(path)
                + "\"/>";
    }

    private static String duplication(int lines, String... occurrences) {
        return "<duplication lines=\"" + lines + "\" tokens=\"120\">" + String.join("", occurrences)
                + "<codefragment><![CDATA[ x ]]></codefragment></duplication>";
    }

    @Test
    void copiesAreThoseNamedLikeAnAsmFile() throws IOException {
        AsmCopies copies = AsmCopies.find(spring, asm);

        assertThat(copies.copies()).isEqualTo(2);
        assertThat(copies.totalLines()).isEqualTo(30);
    }

    @Test
    void aDuplicationWithTheSameNamedOriginalCoversTheCopysLines() throws IOException {
        List<CpdReport.Duplication> duplications = CpdReport.read(report(duplication(6,
                occurrence(asm, "org/objectweb/asm/Type.java", 1, 6),
                occurrence(spring, "org/springframework/asm/Type.java", 5, 10))));
        AsmCopies copies = AsmCopies.find(spring, asm);

        CpdReport.score(duplications, copies);

        assertThat(duplications).hasSize(1);
        assertThat(copies.matched()).isEqualTo(1);
        assertThat(copies.coveredLines()).isEqualTo(6);
        assertThat(copies.coverage()).isEqualTo(6.0 / 30);
    }

    @Test
    void aPairWithAnotherAsmFileOrOnlyWithinSpringIsNotCounted() throws IOException {
        List<CpdReport.Duplication> duplications = CpdReport.read(report(
                duplication(4, occurrence(asm, "org/objectweb/asm/Label.java", 1, 4),
                        occurrence(spring, "org/springframework/asm/Type.java", 1, 4))
                        + duplication(4, occurrence(spring, "org/springframework/asm/Label.java", 1, 4),
                        occurrence(spring, "org/springframework/asm/Type.java", 11, 14))));
        AsmCopies copies = AsmCopies.find(spring, asm);

        CpdReport.score(duplications, copies);

        assertThat(duplications).hasSize(2);
        assertThat(copies.matched()).isZero();
        assertThat(copies.coveredLines()).isZero();
    }

    @Test
    void overlappingOccurrencesAreCountedOnceAndClippedToTheFile() throws IOException {
        List<CpdReport.Duplication> duplications = CpdReport.read(report(
                duplication(8, occurrence(asm, "org/objectweb/asm/Label.java", 1, 8),
                        occurrence(spring, "org/springframework/asm/Label.java", 1, 8))
                        + duplication(8, occurrence(asm, "org/objectweb/asm/Label.java", 3, 10),
                        occurrence(spring, "org/springframework/asm/Label.java", 5, 12))));
        AsmCopies copies = AsmCopies.find(spring, asm);

        CpdReport.score(duplications, copies);

        assertThat(copies.matched()).isEqualTo(1);
        assertThat(copies.coveredLines()).isEqualTo(10);
    }

    @Test
    void aFileThatIsNotXmlIsRefused() throws IOException {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<pmd-cpd><duplication", UTF_8);

        assertThatThrownBy(() -> CpdReport.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a CPD XML report");
    }
}
