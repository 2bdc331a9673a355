package dev.provenance.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

class RatReportTest {
    @TempDir
    Path dir;

    private Path report(String resources) throws Exception {
        Path file = dir.resolve("rat.xml");
        Files.writeString(file, "<rat-report timestamp=\"t\"><version product=\"p\" vendor=\"v\" version=\"0.18\"/>"
                + resources + "<statistics><statistic name=\"Approved\" count=\"1\"/></statistics></rat-report>",
                UTF_8);
        return file;
    }

    private static String resource(String name, String family, boolean approved) {
        return "<resource name=\"" + name + "\" type=\"STANDARD\"><license approval=\"" + approved + "\" family=\""
                + family + "\" id=\"x\" name=\"y\"/></resource>";
    }

    @Test
    void unknownAsmFilesAreCountedButNotRecognised() throws Exception {
        RatReport.Counts counts = RatReport.read(report(
                resource("/asm/org/objectweb/asm/ClassReader.java", "?????", false)
                        + resource("/asm/org/objectweb/asm/signature/SignatureReader.java", "?????", false)
                        + resource("/lang/org/apache/commons/lang3/StringUtils.java", "AL   ", true)));

        assertThat(counts.files).isEqualTo(3);
        assertThat(counts.approved).isEqualTo(1);
        assertThat(counts.unknown).isEqualTo(2);
        assertThat(counts.asmFiles).isEqualTo(2);
        assertThat(counts.asmRecognised).isZero();
        assertThat(counts.asmBsd).isZero();
        assertThat(counts.asmApproved).isZero();
        assertThat(counts.families).containsEntry("?????", 2).containsEntry("AL", 1);
    }

    @Test
    void asmFilesInTheBsdFamilyCountAsRecognisedAndBsd() throws Exception {
        RatReport.Counts counts = RatReport.read(report(
                resource("/asm/org/objectweb/asm/ClassReader.java", "BSD-3", true)
                        + resource("/asm/org/objectweb/asm/Type.java", "MIT  ", false)));

        assertThat(counts.asmFiles).isEqualTo(2);
        assertThat(counts.asmRecognised).isEqualTo(2);
        assertThat(counts.asmBsd).isEqualTo(1);
        assertThat(counts.asmApproved).isEqualTo(1);
        assertThat(counts.unknown).isZero();
    }

    @Test
    void filesWithoutLicenseElementsAreNeitherUnknownNorApproved() throws Exception {
        RatReport.Counts counts = RatReport.read(report(
                "<resource name=\"/guava/META-INF/LICENSE\" type=\"NOTICE\"/>"
                        + "<resource name=\"/asm/META-INF/MANIFEST.MF\" type=\"IGNORED\"></resource>"));

        assertThat(counts.files).isEqualTo(2);
        assertThat(counts.unknown).isZero();
        assertThat(counts.approved).isZero();
        assertThat(counts.asmFiles).isZero();
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        Path file = dir.resolve("doctype.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<rat-report>&e;</rat-report>", UTF_8);

        assertThatThrownBy(() -> RatReport.read(file)).isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
