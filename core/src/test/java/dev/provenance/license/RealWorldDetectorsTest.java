package dev.provenance.license;

import dev.provenance.testing.SourcesJars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.notice.CopyrightStatement;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanRequest;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.Scanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detectors on real code that nobody here wrote, fetched at test time and never committed: Maven sources jars
 * from the local repository (skipped when absent; {@code mvn dependency:get -Dtransitive=false
 * -Dartifact=G:A:V:jar:sources} fetches them) and Debian's python3-torch unpacked where the system property
 * {@value #TORCH_PROPERTY} points ({@code apt-get download python3-torch && dpkg-deb -x python3-torch_*.deb DIR}).
 * The facts asserted were checked by hand on these versions. Each tree's scan time is printed, never asserted.
 */
class RealWorldDetectorsTest {
    static final String TORCH_PROPERTY = "provenance.realworld.torch";
    private static final long MAX_JAR_BYTES = 64L * 1024 * 1024;
    private static final int MAX_JAR_ENTRIES = 20_000;
    private static final Set<String> ASM_HOLDERS = Set.of("INRIA", "France Telecom");

    @TempDir
    Path work;

    // --- ASM ---------------------------------------------------------------------------------------------------

    @Test
    void everyAsmSourceIsBsd3ClauseHeldByInriaAndFranceTelecom() throws IOException {
        ScanResult scan = scanSourcesJar("org.ow2.asm", "asm", "9.7");
        List<FileReport> java = javaFiles(scan);
        assertThat(java).extracting(FileReport::path).hasSizeGreaterThan(30);
        for (FileReport file : java) {
            assertThat(expressions(file)).as(file.path()).containsExactly("BSD-3-Clause");
            assertThat(holders(file)).as(file.path()).isEqualTo(ASM_HOLDERS);
        }
        assertThat(distinctHolders(scan)).isEqualTo(ASM_HOLDERS);
        assertCleanIssues(scan);
    }

    // --- spring-core -------------------------------------------------------------------------------------------

    @Test
    void springCoreIsApacheAndItsRepackagedAsmKeepsTheBsdHeader() throws IOException {
        // besides org/springframework/asm, cglib's LocalVariablesSorter is an ASM file too, BSD header and all
        ScanResult scan = scanSourcesJar("org.springframework", "spring-core", "6.1.21");
        List<FileReport> asm = javaFiles(scan).stream()
                .filter(f -> f.path().startsWith("org/springframework/asm/") && !f.name().equals("package-info.java")
                        && !f.name().equals("SpringAsmInfo.java"))
                .toList();
        assertThat(asm).extracting(FileReport::path).as("ASM's files as repackaged by Spring").hasSize(32);
        for (FileReport file : asm) {
            assertThat(expressions(file)).as(file.path()).containsExactly("BSD-3-Clause");
            assertThat(holders(file)).as(file.path()).isEqualTo(ASM_HOLDERS);
        }
        List<FileReport> spring = javaFiles(scan).stream()
                .filter(f -> !asm.contains(f) && !f.licenses().isEmpty()).toList();
        assertThat(spring).extracting(FileReport::path).hasSizeGreaterThan(650);
        assertThat(spring).filteredOn(f -> !expressions(f).equals(List.of("Apache-2.0"))).as("not Apache-2.0")
                .extracting(FileReport::path, RealWorldDetectorsTest::expressions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "org/springframework/cglib/core/LocalVariablesSorter.java", List.of("BSD-3-Clause")));
        assertThat(distinctHolders(scan)).containsExactlyInAnyOrder("The original author or authors",
                "The Apache Software Foundation", "INRIA", "France Telecom", "Square, Inc.", "Google, Inc.");
        assertNoMissedNotice(scan);
        assertCleanIssues(scan);
    }

    // --- Guava -------------------------------------------------------------------------------------------------

    @Test
    void guavaIsApacheHeldByTheGuavaAuthors() throws IOException {
        ScanResult scan = scanSourcesJar("com.google.guava", "guava", "33.4.0-jre");
        List<FileReport> licensed = javaFiles(scan).stream().filter(f -> !f.licenses().isEmpty()).toList();
        assertThat(licensed).extracting(FileReport::path).hasSizeGreaterThan(600);
        licensed.forEach(f -> assertThat(expressions(f)).as(f.path()).containsExactly("Apache-2.0"));
        assertThat(scan.files()).filteredOn(f -> f.path().equals("META-INF/LICENSE")).singleElement()
                .satisfies(f -> assertThat(expressions(f)).containsExactly("Apache-2.0"));
        assertThat(distinctHolders(scan)).containsExactlyInAnyOrder("The Guava Authors", "Google Inc.");
        assertNoMissedNotice(scan);
        assertCleanIssues(scan);
    }

    // --- commons-lang3 -----------------------------------------------------------------------------------------

    @Test
    void commonsLangIsApacheWithTheFoundationNamedOnlyInItsNotice() throws IOException {
        ScanResult scan = scanSourcesJar("org.apache.commons", "commons-lang3", "3.17.0");
        List<FileReport> java = javaFiles(scan);
        assertThat(java).extracting(FileReport::path).hasSizeGreaterThan(200);
        java.forEach(f -> assertThat(expressions(f)).as(f.path()).containsExactly("Apache-2.0"));
        assertThat(distinctHolders(scan)).containsExactly("The Apache Software Foundation");
        assertThat(scan.files()).filteredOn(f -> !f.copyrights().isEmpty()).extracting(FileReport::path)
                .containsExactly("META-INF/NOTICE.txt");
        assertNoMissedNotice(scan);
        assertCleanIssues(scan);
    }

    // --- python3-torch -----------------------------------------------------------------------------------------

    @Test
    void torchPointersAndDebianCopyrightFile() throws IOException {
        String dir = System.getProperty(TORCH_PROPERTY, "");
        assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "set -D" + TORCH_PROPERTY + " to an unpacked python3-torch package");
        ScanResult scan = timedScan("python3-torch", Path.of(dir));
        List<FileReport> pointers = scan.files().stream()
                .filter(f -> f.licenses().stream().anyMatch(l -> l.expression().equals("BSD-style")))
                .toList();
        assertThat(pointers).as("'licensed under the BSD(-style) license found in the LICENSE file'")
                .hasSizeGreaterThan(80)
                .allSatisfy(f -> assertThat(f.licenses()).filteredOn(l -> l.expression().equals("BSD-style"))
                        .allSatisfy(l -> assertThat(l.known()).isFalse()));
        assertThat(distinctHolders(scan)).contains("Facebook, Inc. and its affiliates", "Kakao Brain");
        FileReport debian = scan.files().stream().filter(f -> f.path().endsWith("doc/python3-torch/copyright"))
                .findFirst().orElseThrow();
        assertThat(holders(debian)).as("the Debian copyright file is read to the end within its time budget")
                .contains("Facebook, Inc.", "Google Inc.", "NVIDIA Corporation", "Mo Zhou");
        assertThat(scan.issues()).extracting(ScanIssue::code)
                .doesNotContain(IssueCode.DETECTOR_FAILED, IssueCode.TIME_BUDGET_EXCEEDED);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private ScanResult scanSourcesJar(String group, String artifact, String version) throws IOException {
        Path jar = SourcesJars.local(group, artifact, version);
        assumeTrue(Files.isRegularFile(jar), "no " + jar + " in the local repository");
        Path root = work.resolve(artifact);
        unzip(jar, root);
        return timedScan(artifact + "-" + version, root);
    }

    /** Scans once to warm up, then three times, printing the median time; returns the last result. */
    private static ScanResult timedScan(String name, Path root) throws IOException {
        Scanner scanner = new Scanner();
        ScanResult result = scanner.scan(ScanRequest.of(root), ScanListener.NONE);
        long[] nanos = new long[3];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            result = scanner.scan(ScanRequest.of(root), ScanListener.NONE);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mib = result.totalBytes() / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "%-28s %5d files %7.2f MiB  median %7.1f ms  %6.1f MiB/s%n", name,
                result.files().size(), mib, nanos[1] / 1e6, mib / (nanos[1] / 1e9));
        return result;
    }

    /** Unpacks a sources jar, refusing entries that would land outside {@code root}; bounded in entries and bytes. */
    private static void unzip(Path jar, Path root) throws IOException {
        Files.createDirectories(root);
        long total = 0;
        int entries = 0;
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_JAR_ENTRIES) {
                    throw new IOException(jar + ": more than " + MAX_JAR_ENTRIES + " entries");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_JAR_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += bytes.length;
                if (total > MAX_JAR_BYTES) {
                    throw new IOException(jar + ": more than " + MAX_JAR_BYTES + " bytes unpacked");
                }
                Files.write(target, bytes);
            }
        }
    }

    private static List<FileReport> javaFiles(ScanResult scan) {
        return scan.files().stream().filter(f -> f.path().endsWith(".java")).toList();
    }

    private static List<String> expressions(FileReport file) {
        return file.licenses().stream().map(LicenseFinding::expression).distinct().toList();
    }

    private static Set<String> holders(FileReport file) {
        return file.copyrights().stream().flatMap(c -> c.holders().stream()).collect(Collectors.toSet());
    }

    private static Set<String> distinctHolders(ScanResult scan) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileReport file : scan.files()) {
            for (CopyrightStatement statement : file.copyrights()) {
                statement.holders().forEach(h -> counts.merge(h, 1, Integer::sum));
            }
        }
        System.out.println("  holders: " + counts);
        return new TreeSet<>(counts.keySet());
    }

    /** Every Java file whose first lines carry a standard notice's key sentence has a license finding. */
    private static void assertNoMissedNotice(ScanResult scan) {
        List<String> missed = new ArrayList<>();
        Path root = Path.of(scan.root());
        for (FileReport file : javaFiles(scan)) {
            if (file.licenses().isEmpty() && headerNamesALicense(root.resolve(file.path()))) {
                missed.add(file.path());
            }
        }
        assertThat(missed).as("files with a notice but no license finding").isEmpty();
    }

    private static boolean headerNamesALicense(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String head = lines.limit(40).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
            return head.contains("licensed under") || head.contains("licensed to the apache")
                    || head.contains("redistribution and use") || head.contains("permission is hereby granted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCleanIssues(ScanResult scan) {
        assertThat(scan.issues()).as("issues").isEmpty();
    }
}
