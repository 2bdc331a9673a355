package dev.provenance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.AttributionStatus;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.index.ComponentIndexer;
import dev.provenance.policy.Severity;
import dev.provenance.policy.Violation;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attribution verdicts on real code: spring-core 6.1.21 keeps ASM's BSD-3-Clause header (INRIA, France Telecom)
 * on every file it repackages from {@code org.ow2.asm:asm:9.7}, so every copy under {@code org/springframework/asm}
 * is ATTRIBUTED and no snippet rule fires there. In a copy of the tree whose ASM files lost their leading comment
 * (the header), the same copies are STRIPPED and each is a {@code snippet-unattributed} ERROR.
 */
class SpringAsmAttributionTest {
    private static final String ASM = "org/springframework/asm/";

    @TempDir
    static Path dir;
    private static ScanResult kept;
    private static ScanResult stripped;

    @BeforeAll
    static void scanSpringCoreAgainstAsm() throws IOException {
        Path asmJar = RealSources.jarHolding("org/objectweb/asm/ClassReader.java");
        Path springJar = RealSources.jarHolding("org/springframework/asm/SpringAsmInfo.java");
        Path kb = dir.resolve("kb");
        new ComponentIndexer(kb).index(new ComponentIndexer.Request(asmJar, "org.ow2.asm:asm", "9.7", null, null,
                "pkg:maven/org.ow2.asm/asm@9.7"));
        Path root = dir.resolve("spring-core");
        RealSources.unpack(springJar, root);
        kept = new Scanner().scan(ScanRequest.of(root).withKnowledgeBase(kb), ScanListener.NONE);

        Path bare = dir.resolve("spring-core-stripped");
        RealSources.unpack(springJar, bare);
        try (Stream<Path> walk = Files.walk(bare.resolve(ASM))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.writeString(file, withoutLeadingComment(Files.readString(file, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        }
        stripped = new Scanner().scan(ScanRequest.of(bare).withKnowledgeBase(kb), ScanListener.NONE);
    }

    @Test
    void everyCopyInTheAsmPackageKeepsAsmsHeaderAndIsAttributed() {
        List<AttributedSnippet> asm = inAsmPackage(kept);
        Map<AttributionStatus, Long> statuses = asm.stream()
                .collect(Collectors.groupingBy(s -> s.attribution().status(), TreeMap::new, Collectors.counting()));
        System.out.println("spring-core org/springframework/asm snippets by status: " + statuses);

        assertThat(asm.stream().map(AttributedSnippet::path).distinct()).hasSize(32);
        assertThat(asm).allSatisfy(s -> {
            assertThat(s.attribution().status()).as(s.path()).isEqualTo(AttributionStatus.ATTRIBUTED);
            assertThat(s.attribution().satisfied()).as(s.path()).isTrue();
            assertThat(s.attribution().evidence(EvidenceKind.HEADER_COPYRIGHT)).as(s.path())
                    .anySatisfy(e -> assertThat(e.text()).contains("INRIA"));
        });
        assertThat(kept.violations()).noneMatch(v -> v.path().startsWith(ASM) && !v.origin().isEmpty());
    }

    @Test
    void withTheHeadersStrippedEveryCopyIsStrippedAndAnError() {
        List<AttributedSnippet> asm = inAsmPackage(stripped);

        assertThat(asm.stream().map(AttributedSnippet::path).distinct()).hasSize(32);
        assertThat(asm).allSatisfy(s -> assertThat(s.attribution().status()).as(s.path())
                .isEqualTo(AttributionStatus.STRIPPED));
        List<Violation> unattributed = stripped.violations().stream()
                .filter(v -> v.rule().equals("snippet-unattributed") && v.path().startsWith(ASM)).toList();
        assertThat(unattributed).hasSize(asm.size())
                .allSatisfy(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.origin()).isEqualTo("org.ow2.asm:asm@9.7");
                    assertThat(v.howToFix()).contains("Copyright (c) 2000-2011 INRIA, France Telecom");
                });
    }

    private static List<AttributedSnippet> inAsmPackage(ScanResult result) {
        return result.snippets().stream().filter(s -> s.path().startsWith(ASM)).toList();
    }

    /** The text without the comment it opens with: a block comment or a run of line comments (ASM's style). */
    static String withoutLeadingComment(String text) {
        String rest = text.stripLeading();
        if (rest.startsWith("/*")) {
            int end = rest.indexOf("*/");
            return end < 0 ? text : rest.substring(end + 2).stripLeading();
        }
        while (rest.startsWith("//")) {
            int eol = rest.indexOf('\n');
            rest = eol < 0 ? "" : rest.substring(eol + 1).stripLeading();
        }
        return rest;
    }
}
