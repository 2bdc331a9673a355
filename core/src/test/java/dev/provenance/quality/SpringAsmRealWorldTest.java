package dev.provenance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.index.ComponentIndexer;
import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.Lexers;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import dev.provenance.match.CloneType;
import dev.provenance.match.KnowledgeBaseMatcher;
import dev.provenance.match.SnippetMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of snippet detection on real code: spring-core 6.1.21 repackages ASM under
 * {@code org/springframework/asm} (with a few "SPRING PATCH" edits) and uses it from {@code org/springframework/cglib}.
 * A knowledge base of the {@code org.ow2.asm:asm:9.7} sources jar must find every copy, cover it, place it exactly,
 * and find nothing in guava or commons-lang3. All jars come from the test class path (core/pom.xml).
 *
 * <p>Definitions. A <em>copy</em> is a file {@code org/springframework/asm/X.java} whose upstream
 * {@code org/objectweb/asm/X.java} exists: 32 of the package's 34 files. The two others are Spring's own:
 * {@code SpringAsmInfo.java} (Spring's note on the repackaging) and {@code package-info.java} (Spring's package
 * javadoc; ASM's sources jar ships no package-info for {@code org.objectweb.asm}). <em>Lines covered</em> of a copy =
 * its code lines (lines holding at least one seeded token of the real Java lexer: comments, javadoc and blank lines
 * do not count) inside a snippet whose origin is the right upstream file, over its code lines. An <em>edited copy</em>
 * is a copy whose text differs from the upstream's once {@code org.objectweb.asm} is read as
 * {@code org.springframework.asm}: the 13 files of {@link #EDITED}. Ten carry a {@code // SPRING PATCH} marker; Constants
 * lost its imports and ASM's experimental-API check, Type calls {@code componentType()} instead of
 * {@code getComponentType()}, MethodWriter differs in the spacing of one comment. (ClassTooLargeException differs from
 * upstream only in javadoc that still names {@code org.objectweb.asm}: the rename itself, not an edit.)
 */
class SpringAsmRealWorldTest {
    private static final String ASM = "org/springframework/asm/";
    private static final String CGLIB = "org/springframework/cglib/";
    private static final String UPSTREAM = "org/objectweb/asm/";
    private static final Set<String> SPRING_ONLY = Set.of("SpringAsmInfo.java", "package-info.java");
    static final Set<String> EDITED = Set.of("AnnotationVisitor.java", "ClassReader.java",
            "ClassVisitor.java", "ClassWriter.java", "Constants.java",
            "FieldVisitor.java", "Frame.java", "MethodVisitor.java", "MethodWriter.java", "ModuleVisitor.java",
            "Opcodes.java", "RecordComponentVisitor.java", "Type.java");
    private static final Lexer JAVA = Lexers.forLanguage(Language.JAVA).orElseThrow();

    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static KnowledgeBaseMatcher matcher;
    private static Map<String, String> upstream;
    private static Map<String, String> spring;
    private static Map<String, List<SnippetMatch>> results;
    private static double indexSeconds;
    private static double scanSeconds;

    @BeforeAll
    static void indexAsmAndScanSpringCore() throws IOException {
        Path asmJar = RealSources.jarHolding("org/objectweb/asm/ClassReader.java");
        Path springJar = RealSources.jarHolding("org/springframework/asm/SpringAsmInfo.java");
        long t0 = System.nanoTime();
        new ComponentIndexer(dir.resolve("kb")).index(new ComponentIndexer.Request(asmJar, "org.ow2.asm:asm", "9.7",
                "BSD-3-Clause", null, "pkg:maven/org.ow2.asm/asm@9.7"));
        indexSeconds = (System.nanoTime() - t0) / 1e9;
        upstream = RealSources.javaFiles(asmJar);
        Path root = dir.resolve("spring-core");
        RealSources.unpack(springJar, root);
        spring = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> spring.put(
                    root.relativize(p).toString().replace('\\', '/'), RealSources.read(p)));
        }
        kb = KnowledgeBase.open(dir.resolve("kb"));
        matcher = RealSources.matcher(kb);
        long t1 = System.nanoTime();
        results = RealSources.matchAll(matcher, spring, Language.JAVA);
        scanSeconds = (System.nanoTime() - t1) / 1e9;
    }

    @AfterAll
    static void close() {
        if (kb != null) {
            kb.close();
        }
    }

    private static Set<String> copies() {
        Set<String> names = new TreeSet<>();
        for (String p : spring.keySet()) {
            String name = p.startsWith(ASM) ? p.substring(ASM.length()) : null;
            if (name != null && name.indexOf('/') < 0 && upstream.containsKey(UPSTREAM + name)) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void theAsmPackageHoldsThirtyTwoCopiesAndTwoSpringOnlyFiles() {
        Set<String> all = new TreeSet<>();
        spring.keySet().stream().filter(p -> p.startsWith(ASM) && p.indexOf('/', ASM.length()) < 0)
                .forEach(p -> all.add(p.substring(ASM.length())));
        assertThat(copies()).hasSize(32);
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(copies());
        assertThat(rest).isEqualTo(new TreeSet<>(SPRING_ONLY));
    }

    @Test
    void theThirteenEditedCopiesAreTheOnesThatDifferFromUpstream() {
        Set<String> differ = new TreeSet<>();
        for (String name : copies()) {
            if (!packageNeutral(spring.get(ASM + name)).equals(packageNeutral(upstream.get(UPSTREAM + name)))) {
                differ.add(name);
            }
        }
        assertThat(differ).isEqualTo(new TreeSet<>(EDITED));
        assertThat(EDITED.stream().filter(n -> spring.get(ASM + n).contains("SPRING PATCH")).count()).isEqualTo(10);
    }

    @Test
    void everyCopyIsMatchedToItsUpstreamFileAndCoveredAtLeast99Percent() {
        long code = 0;
        long covered = 0;
        List<String> wrong = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String name : copies()) {
            List<SnippetMatch> matches = results.get(ASM + name);
            for (SnippetMatch m : matches) {
                if (!m.origin().path().equals(UPSTREAM + name) || !m.origin().component().equals("org.ow2.asm:asm")) {
                    wrong.add(name + " → " + m.origin().coordinates() + " " + m.origin().path() + " " + m.lines());
                }
            }
            BitSet lines = codeLines(spring.get(ASM + name));
            BitSet in = new BitSet();
            matches.stream().filter(m -> m.origin().path().equals(UPSTREAM + name))
                    .forEach(m -> in.set(m.lines().first(), m.lines().last() + 1));
            in.and(lines);
            code += lines.cardinality();
            covered += in.cardinality();
            double share = in.cardinality() / (double) lines.cardinality();
            if (share < 0.99) {
                uncovered.add(String.format(Locale.ROOT, "%s %.2f%%", name, share * 100));
            }
            table.append(String.format(Locale.ROOT, "  %-30s %3d snippet(s) %-30s %5d/%5d code lines%n", name,
                    matches.size(), matches.stream().map(m -> m.cloneType().name()).distinct().toList(),
                    in.cardinality(), lines.cardinality()));
        }
        long matched = copies().stream().filter(n -> results.get(ASM + n).stream()
                .anyMatch(m -> m.origin().path().equals(UPSTREAM + n))).count();
        System.out.printf(Locale.ROOT, "spring-core 6.1.21 vs asm 9.7: %d/%d copies matched to their upstream file, "
                + "%.3f%% of %d code lines covered; KB built in %.2f s, %d files scanned in %.2f s (2 threads)%n%s",
                matched, copies().size(), 100.0 * covered / code, code, indexSeconds, spring.size(), scanSeconds,
                table);
        assertThat(wrong).as("snippets against another upstream file").isEmpty();
        assertThat(matched).isEqualTo(32);
        // The floor is over all copies' code lines together; the files under it are printed, not failed.
        System.out.println("copies under 99% on their own: " + uncovered);
        assertThat(covered / (double) code).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void exactAndRenamedSnippetsMapEachLineToTheSameUpstreamLine() {
        int checked = 0;
        List<String> off = new ArrayList<>();
        for (String name : copies()) {
            String copy = spring.get(ASM + name);
            String up = upstream.get(UPSTREAM + name);
            for (SnippetMatch m : results.get(ASM + name)) {
                if (m.cloneType() == CloneType.EDITED || !m.origin().path().equals(UPSTREAM + name)) {
                    continue;
                }
                checked++;
                // Both ranges hold the same code tokens, line for line: the same first and last line, and the same
                // token texts over the whole range (package segment and the snippet's renames read as the upstream's).
                List<String> c = codeTokens(copy, m.lines().first(), m.lines().last(), Map.of());
                List<String> u = codeTokens(up, m.origin().lines().first(), m.origin().lines().last(), m.renameMap());
                List<String> cFirst = codeTokens(copy, m.lines().first(), m.lines().first(), Map.of());
                List<String> uFirst = codeTokens(up, m.origin().lines().first(), m.origin().lines().first(),
                        m.renameMap());
                List<String> cLast = codeTokens(copy, m.lines().last(), m.lines().last(), Map.of());
                List<String> uLast = codeTokens(up, m.origin().lines().last(), m.origin().lines().last(),
                        m.renameMap());
                if (!c.equals(u) || !cFirst.equals(uFirst) || !cLast.equals(uLast)) {
                    off.add(name + " " + m.cloneType() + " " + m.lines() + " ↔ " + m.origin().lines());
                }
            }
            if (!EDITED.contains(name)) {
                // An unchanged copy: one whole-file snippet, line k ↔ line k, the lines' text equal.
                List<SnippetMatch> ms = results.get(ASM + name);
                String[] cl = copy.split("\n", -1);
                String[] ul = up.split("\n", -1);
                boolean same = ms.size() == 1 && ms.get(0).lines().equals(ms.get(0).origin().lines());
                for (int k = ms.isEmpty() ? 1 : ms.get(0).lines().first(); same && k <= ms.get(0).lines().last(); k++) {
                    same = packageNeutral(cl[k - 1]).equals(packageNeutral(ul[k - 1]));
                }
                if (!same) {
                    off.add(name + " (unchanged copy) " + ms.stream().map(m -> m.lines() + "↔" + m.origin().lines())
                            .toList());
                }
            }
        }
        System.out.printf(Locale.ROOT, "exact/renamed snippets checked line for line: %d, off: %d%n", checked,
                off.size());
        assertThat(checked).isGreaterThanOrEqualTo(18);
        assertThat(off).isEmpty();
    }

    /**
     * An edit is either inside an EDITED snippet or outside every EXACT/RENAMED one: an EXACT or RENAMED snippet's two
     * ranges hold the same code tokens (modulo its renames), so it never spans an edit. The copy is not dropped: it
     * is matched to its upstream file (the share of its copied code lines covered, i.e. those whose text also occurs
     * upstream, is printed; the coverage floor is asserted over all copies in
     * {@link #everyCopyIsMatchedToItsUpstreamFileAndCoveredAtLeast99Percent}).
     */
    @Test
    void editedCopiesAreReportedEditedOrSplitAroundTheEditNeverDropped() {
        List<String> problems = new ArrayList<>();
        StringBuilder how = new StringBuilder();
        for (String name : new TreeSet<>(EDITED)) {
            String copy = spring.get(ASM + name);
            String up = upstream.get(UPSTREAM + name);
            List<SnippetMatch> ms = results.get(ASM + name).stream()
                    .filter(m -> m.origin().path().equals(UPSTREAM + name)).toList();
            if (ms.isEmpty()) {
                problems.add(name + " dropped");
                continue;
            }
            for (SnippetMatch m : ms) {
                if (m.cloneType() != CloneType.EDITED && !codeTokens(copy, m.lines().first(), m.lines().last(),
                        Map.of()).equals(codeTokens(up, m.origin().lines().first(), m.origin().lines().last(),
                        m.renameMap()))) {
                    problems.add(name + " " + m.cloneType() + " snippet " + m.lines() + " spans an edit");
                }
            }
            // Copied code lines (their text, package-neutral and without blanks, occurs upstream) are covered.
            Set<String> upstreamLines = new java.util.HashSet<>();
            for (String l : up.split("\n", -1)) {
                upstreamLines.add(squeeze(l));
            }
            String[] lines = copy.split("\n", -1);
            BitSet code = codeLines(copy);
            BitSet in = new BitSet();
            ms.forEach(m -> in.set(m.lines().first(), m.lines().last() + 1));
            int copied = 0;
            int covered = 0;
            for (int k = code.nextSetBit(1); k >= 0; k = code.nextSetBit(k + 1)) {
                if (upstreamLines.contains(squeeze(lines[k - 1]))) {
                    copied++;
                    covered += in.get(k) ? 1 : 0;
                }
            }
            how.append(String.format(Locale.ROOT, "  %-28s %s, copied code lines covered %d/%d%n", name,
                    ms.stream().map(m -> m.cloneType() + " " + m.lines() + "↔" + m.origin().lines()
                            + (m.renames().isEmpty() ? "" : " " + m.renames())).toList(), covered, copied));
        }
        System.out.print("edited copies:\n" + how);
        assertThat(problems).isEmpty();
    }

    private static String squeeze(String line) {
        return packageNeutral(line).replaceAll("\\s+", "");
    }

    @Test
    void nothingOutsideTheAsmAndCglibPackagesMatchesAsm() {
        List<String> outside = RealSources.all(results).stream()
                .filter(m -> !m.path().startsWith(ASM) && !m.path().startsWith(CGLIB))
                .map(m -> m.path() + " " + m.lines() + " → " + m.origin().path() + " " + m.origin().lines()).toList();
        System.out.printf(Locale.ROOT, "snippets against asm: %d in org/springframework/asm, %d in "
                + "org/springframework/cglib, %d elsewhere%n",
                RealSources.all(results).stream().filter(m -> m.path().startsWith(ASM)).count(),
                RealSources.all(results).stream().filter(m -> m.path().startsWith(CGLIB)).count(), outside.size());
        assertThat(outside).isEmpty();
    }

    @Test
    void guavaAndCommonsLangHaveNoSnippetAgainstAsm() throws IOException {
        long t0 = System.nanoTime();
        Map<String, String> guava = RealSources.javaFiles(RealSources.jarHolding("com/google/common/base/Strings.java"));
        Map<String, String> lang = RealSources.javaFiles(
                RealSources.jarHolding("org/apache/commons/lang3/StringUtils.java"));
        List<SnippetMatch> found = new ArrayList<>(RealSources.all(RealSources.matchAll(matcher, guava,
                Language.JAVA)));
        found.addAll(RealSources.all(RealSources.matchAll(matcher, lang, Language.JAVA)));
        System.out.printf(Locale.ROOT, "guava 33.4.0-jre (%d files) + commons-lang3 3.17.0 (%d files) vs asm 9.7: "
                + "%d snippets in %.2f s%n", guava.size(), lang.size(), found.size(), (System.nanoTime() - t0) / 1e9);
        assertThat(found).isEmpty();
    }

    /** Reads the repackaged and the original package name alike. */
    private static String packageNeutral(String text) {
        return text.replace("org.springframework.asm", "org.objectweb.asm");
    }

    /** Lines (1-based) that hold a seeded token. */
    static BitSet codeLines(String text) {
        Tokens t = JAVA.lex(text);
        BitSet lines = new BitSet();
        for (int i = 0; i < t.size(); i++) {
            if (t.seeded(i)) {
                lines.set(t.line(i), t.lastLine(i) + 1);
            }
        }
        return lines;
    }

    /** Texts of the non-comment tokens on lines first..last, package-neutral, upstream names renamed. */
    private static List<String> codeTokens(String text, int first, int last, Map<String, String> renames) {
        Tokens t = JAVA.lex(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            TokenType type = t.type(i);
            if (type == TokenType.COMMENT || type == TokenType.DOCSTRING || t.line(i) < first || t.line(i) > last) {
                continue;
            }
            String s = t.text(i);
            s = renames.getOrDefault(s, s);
            out.add(s.equals("springframework") ? "objectweb" : s);
        }
        return out;
    }
}
