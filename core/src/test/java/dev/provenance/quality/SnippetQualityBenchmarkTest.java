package dev.provenance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.index.ComponentIndexer;
import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.match.KnowledgeBaseMatcher;
import dev.provenance.match.SnippetMatch;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision, recall and line-range overlap of snippet detection on a labelled corpus generated at test time from real
 * code, with fixed seeds. Upstream: 32 files of commons-lang3 3.17.0 (its sources jar, a test dependency) and, when
 * the machine can fetch Debian's {@code python3-torch} (apt-get download + dpkg-deb -x, cached under
 * {@code target/qbench}), 24 of torch 1.13.1's Python files. Foreign code the copies are put into: guava 33.4.0-jre
 * (not indexed) and the Python standard library of the machine. Categories:
 * <ul>
 *   <li>exact: an upstream file verbatim;</li>
 *   <li>reformatted: re-indented, long lines wrapped after a comma, Java opening braces on their own line;</li>
 *   <li>renamed: six identifiers renamed consistently;</li>
 *   <li>edited (Type-3): a statement changed about every ten code lines, whole files and 30–100 line blocks in
 *       foreign code;</li>
 *   <li>partial: one 6–40 line block of an upstream file in a foreign file;</li>
 *   <li>multi: three blocks of three upstream files in one foreign file;</li>
 *   <li>near-miss: independently written code of the same shape (accessors, value classes, argparse, a training
 *       loop, string helpers) and an upstream license header on own code: no snippet allowed;</li>
 *   <li>foreign: foreign files as they are: no snippet allowed.</li>
 * </ul>
 * A true copy is <em>found</em> when a snippet against its upstream file overlaps it; a snippet is <em>correct</em>
 * when it overlaps a true copy of the upstream file it names. Every copy spans at least 6 code lines (lines holding
 * a seeded token). Overlap is the IoU, over code lines, of the union of the snippets that found a copy and the copy,
 * on the scanned side and on the upstream side. Also printed: recall over the copies of at least
 * {@code MatchParameters.minTokens} seed tokens (the smallest snippet the matcher reports by design), and whether the
 * clone type fits the category. EXACT and RENAMED snippets must hold the same code tokens on both sides.
 *
 * <p>The Python half needs, on the CI machine: {@code apt-get} with package lists ({@code apt-get update}) and network
 * to fetch python3-torch (~9 MB, no root needed for {@code apt-get download}), {@code dpkg-deb}, and a Python standard
 * library under {@code /usr/lib/python3.N} (package libpython3-stdlib); without them it is skipped (assumption).
 */
class SnippetQualityBenchmarkTest {
    private static final long SEED = 20_261_129L;
    private static final int JAVA_UPSTREAM = 32;
    private static final int PYTHON_UPSTREAM = 24;
    private static final int MIN_TOKENS = dev.provenance.match.MatchParameters.DEFAULT.minTokens();

    @TempDir
    static Path dir;
    private static Figures javaFigures;
    private static Figures pythonFigures;

    record Truth(LineRange lines, String upstream, LineRange upstreamLines) {
    }

    record Case(String category, String path, String text, Language language, List<Truth> truths) {
    }

    record Upstream(String path, String text) {
    }

    @BeforeAll
    static void generateAndMeasure() throws IOException, InterruptedException {
        Map<String, String> lang = RealSources.javaFiles(
                RealSources.jarHolding("org/apache/commons/lang3/StringUtils.java"));
        Map<String, String> guava = RealSources.javaFiles(RealSources.jarHolding("com/google/common/base/Strings.java"));
        List<Upstream> upstream = pick(lang, Language.JAVA, 150, 1500, JAVA_UPSTREAM, SEED);
        List<String> hosts = pick(guava, Language.JAVA, 80, 600, 60, SEED + 1).stream().map(Upstream::text).toList();
        Path kbDir = dir.resolve("kb-java");
        index(kbDir, upstream, "org.apache.commons:commons-lang3", "3.17.0");
        javaFigures = run(kbDir, corpus(upstream, hosts, Language.JAVA, NearMisses.java(upstream), new Random(SEED)),
                "Java (commons-lang3 3.17.0 copied into guava 33.4.0-jre files)");

        Path torch = torchPackage();
        Path stdlib = null;
        try (Stream<Path> s = Files.list(Path.of("/usr/lib"))) {
            stdlib = s.filter(p -> p.getFileName().toString().matches("python3\\.[0-9]+"))
                    .filter(p -> Files.isRegularFile(p.resolve("argparse.py"))).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            // no /usr/lib: the Python half is skipped
        }
        if (torch != null && stdlib != null) {
            Map<String, String> torchFiles = pyFiles(torch, torch.getParent(), true);
            Map<String, String> std = pyFiles(stdlib, stdlib, false);
            List<Upstream> pyUpstream = pick(torchFiles, Language.PYTHON, 150, 1200, PYTHON_UPSTREAM, SEED + 2);
            List<String> pyHosts = pick(std, Language.PYTHON, 80, 800, 60, SEED + 3).stream().map(Upstream::text)
                    .toList();
            Path pyKb = dir.resolve("kb-python");
            index(pyKb, pyUpstream, "torch", "1.13.1");
            pythonFigures = run(pyKb, corpus(pyUpstream, pyHosts, Language.PYTHON, NearMisses.python(pyUpstream),
                    new Random(SEED + 4)), "Python (torch 1.13.1 copied into Python standard library files)");
        }
    }

    @Test
    void javaCopiesMeetThePrecisionEditedRecallAndOverlapFloors() {
        javaFigures.assertPrecisionEditedRecallAndOverlap();
    }

    @Test
    void javaExactAndRenamedSnippetsHaveExactRangesOnBothSides() {
        javaFigures.assertExactRanges();
    }

    @Test
    void javaCopiesWithinTheMatchersMinimumSizeAreFound() {
        javaFigures.assertRecallWithinMinimumSize();
    }

    @Test
    void javaCopiesOfSixLinesOrMoreAreFoundAt95Percent() {
        javaFigures.assertRecallFloor();
    }

    @Test
    void pythonCopiesMeetThePrecisionEditedRecallAndOverlapFloors() {
        assumeTrue(pythonFigures != null, "python3-torch unavailable (needs apt-get and dpkg-deb) or no Python stdlib");
        pythonFigures.assertPrecisionEditedRecallAndOverlap();
    }

    @Test
    void pythonExactAndRenamedSnippetsHaveExactRangesOnBothSides() {
        assumeTrue(pythonFigures != null, "python3-torch unavailable (needs apt-get and dpkg-deb) or no Python stdlib");
        pythonFigures.assertExactRanges();
    }

    @Test
    void pythonCopiesWithinTheMatchersMinimumSizeAreFound() {
        assumeTrue(pythonFigures != null, "python3-torch unavailable (needs apt-get and dpkg-deb) or no Python stdlib");
        pythonFigures.assertRecallWithinMinimumSize();
    }

    @Test
    void pythonCopiesOfSixLinesOrMoreAreFoundAt95Percent() {
        assumeTrue(pythonFigures != null, "python3-torch unavailable (needs apt-get and dpkg-deb) or no Python stdlib");
        pythonFigures.assertRecallFloor();
    }

    // ---------------------------------------------------------------------------------------------- material

    /** Upstream candidates with {@code min..max} lines, mostly code, shuffled with {@code seed}, {@code n} of them. */
    private static List<Upstream> pick(Map<String, String> files, Language language, int min, int max, int n,
                                       long seed) {
        List<Upstream> candidates = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith("package-info.java") || f.getKey().endsWith("__init__.py")) {
                continue;
            }
            int lines = f.getValue().split("\n", -1).length;
            if (lines >= min && lines <= max
                    && Transforms.codeLines(f.getValue(), language).cardinality() >= lines * 0.3) {
                candidates.add(new Upstream(f.getKey(), f.getValue()));
            }
        }
        Collections.shuffle(candidates, new Random(seed));
        return List.copyOf(candidates.subList(0, Math.min(n, candidates.size())));
    }

    private static void index(Path kbDir, List<Upstream> upstream, String name, String version) throws IOException {
        Path src = dir.resolve("src-" + name.replace(':', '_'));
        for (Upstream u : upstream) {
            Path p = src.resolve(u.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, u.text(), StandardCharsets.UTF_8);
        }
        new ComponentIndexer(kbDir).index(new ComponentIndexer.Request(src, name, version, "Apache-2.0", null, null));
    }

    private static Map<String, String> pyFiles(Path root, Path relativeTo, boolean recursive) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = recursive ? Files.walk(root) : Files.list(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).toList()) {
                files.put(relativeTo.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * torch's Python package from Debian's python3-torch: {@code target/qbench/python3-torch} when a previous run left
     * it, else {@code apt-get download} and {@code dpkg-deb -x} there; null when either tool is missing or fails.
     */
    private static Path torchPackage() throws IOException, InterruptedException {
        Path cache = Path.of("target", "qbench").toAbsolutePath();
        Path extracted = cache.resolve("python3-torch");
        Path pkg = extracted.resolve("usr/lib/python3/dist-packages/torch");
        if (Files.isRegularFile(pkg.resolve("__init__.py"))) {
            return pkg;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get")) || !Files.isExecutable(Path.of("/usr/bin/dpkg-deb"))) {
            return null;
        }
        Files.createDirectories(cache);
        if (!exec(cache, "/usr/bin/apt-get", "download", "python3-torch")) {
            return null;
        }
        Path deb;
        try (Stream<Path> s = Files.list(cache)) {
            deb = s.filter(p -> p.getFileName().toString().startsWith("python3-torch_")
                    && p.getFileName().toString().endsWith(".deb")).sorted().findFirst().orElse(null);
        }
        if (deb == null || !exec(cache, "/usr/bin/dpkg-deb", "-x", deb.toString(), extracted.toString())) {
            return null;
        }
        return Files.isRegularFile(pkg.resolve("__init__.py")) ? pkg : null;
    }

    private static boolean exec(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    // ---------------------------------------------------------------------------------------------- corpus

    private static List<Case> corpus(List<Upstream> upstream, List<String> hosts, Language language,
                                     Map<String, String> nearMisses, Random random) {
        String ext = language == Language.JAVA ? ".java" : ".py";
        List<Case> cases = new ArrayList<>();
        int h = 0;
        for (int i = 0; i < upstream.size(); i++) {
            Upstream u = upstream.get(i);
            String[] kinds = {"exact", "reformatted", "renamed", "edited"};
            String kind = kinds[i % kinds.length];
            String text = switch (kind) {
                case "exact" -> u.text();
                case "reformatted" -> Transforms.reformat(u.text(), language);
                case "renamed" -> Transforms.rename(u.text(), language, random, 6);
                default -> Transforms.edit(u.text(), language, random);
            };
            requireTransformed(kind, u.text(), text);
            cases.add(new Case(kind, kind + "/File" + i + ext, text, language,
                    List.of(new Truth(span(text, language), u.path(), span(u.text(), language)))));
            // A second copy of a different kind for each file: the rotation shifted by two.
            String kind2 = kinds[(i + 2) % kinds.length];
            if (kind2.equals("edited")) {
                // Edited blocks of 30–100 lines in foreign code.
                cases.add(insert("edited", "edited/Block" + i + ext, hosts.get(h++ % hosts.size()),
                        List.of(u), language, random, 30, 100, true));
            } else if (kind2.equals("reformatted") || kind2.equals("renamed")) {
                String t2 = kind2.equals("reformatted") ? Transforms.reformat(u.text(), language)
                        : Transforms.rename(u.text(), language, random, 6);
                requireTransformed(kind2, u.text(), t2);
                cases.add(new Case(kind2, kind2 + "/Other" + i + ext, t2, language,
                        List.of(new Truth(span(t2, language), u.path(), span(u.text(), language)))));
            }
        }
        for (int i = 0; i < 3 * upstream.size(); i++) {
            cases.add(insert("partial", "partial/Host" + i + ext, hosts.get(h++ % hosts.size()),
                    List.of(upstream.get(random.nextInt(upstream.size()))), language, random, 6, 40, false));
        }
        for (int i = 0; i < upstream.size() / 2; i++) {
            List<Upstream> three = new ArrayList<>(upstream);
            Collections.shuffle(three, random);
            cases.add(insert("multi", "multi/Host" + i + ext, hosts.get(h++ % hosts.size()), three.subList(0, 3),
                    language, random, 6, 40, false));
        }
        nearMisses.forEach((name, text) -> cases.add(new Case("near-miss", "near/" + name, text, language,
                List.of())));
        for (int i = 0; i < 12; i++) {
            cases.add(new Case("foreign", "foreign/Host" + i + ext, hosts.get(h++ % hosts.size()), language,
                    List.of()));
        }
        return cases;
    }

    /** A transformed copy differs from its upstream; a reformatted one has more lines (it is re-wrapped). */
    private static void requireTransformed(String kind, String upstream, String copy) {
        boolean ok = switch (kind) {
            case "exact" -> copy.equals(upstream);
            case "reformatted" -> copy.split("\n", -1).length > upstream.split("\n", -1).length;
            default -> !copy.equals(upstream);
        };
        if (!ok) {
            throw new IllegalStateException("the " + kind + " transformation did not apply");
        }
    }

    /** First to last code line. */
    private static LineRange span(String text, Language language) {
        BitSet code = Transforms.codeLines(text, language);
        return new LineRange(code.nextSetBit(1), code.length() - 1);
    }

    /**
     * {@code host} with one block (of {@code min..max} lines, at least 6 of them code) of each upstream file inserted
     * at line boundaries; the blocks edited when asked.
     */
    private static Case insert(String category, String path, String host, List<Upstream> blocks, Language language,
                               Random random, int min, int max, boolean edit) {
        List<String> hostLines = List.of(host.split("\n", -1));
        BitSet hostSafe = Transforms.safeBoundaries(host, language);
        List<Integer> at = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int p;
            do {
                p = random.nextInt(hostLines.size() + 1);
            } while (!hostSafe.get(p + 1));
            at.add(p);
        }
        Collections.sort(at);
        List<String> out = new ArrayList<>();
        List<Truth> truths = new ArrayList<>();
        int next = 0;
        for (int b = 0; b < blocks.size(); b++) {
            out.addAll(hostLines.subList(next, at.get(b)));
            next = at.get(b);
            Upstream u = blocks.get(b);
            String[] lines = u.text().split("\n", -1);
            BitSet code = Transforms.codeLines(u.text(), language);
            BitSet safe = Transforms.safeBoundaries(u.text(), language);
            LineRange r;
            do {
                int len = min + random.nextInt(Math.min(max, lines.length) - min + 1);
                int first = 1 + random.nextInt(lines.length - len + 1);
                r = new LineRange(first, first + len - 1);
            } while (code.get(r.first(), r.last() + 1).cardinality() < 6 || !code.get(r.first())
                    || !code.get(r.last()) || !safe.get(r.first()) || !safe.get(r.last() + 1));
            String block = String.join("\n", java.util.Arrays.asList(lines).subList(r.first() - 1, r.last()));
            if (edit) {
                block = Transforms.edit(block, language, random);
            }
            List<String> blockLines = List.of(block.split("\n", -1));
            truths.add(new Truth(new LineRange(out.size() + 1, out.size() + blockLines.size()), u.path(), r));
            out.addAll(blockLines);
        }
        out.addAll(hostLines.subList(next, hostLines.size()));
        return new Case(category, path, String.join("\n", out), language, truths);
    }

    // ---------------------------------------------------------------------------------------------- measuring

    private static Figures run(Path kbDir, List<Case> cases, String title) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        Row all = new Row();
        Row nonEdited = new Row();
        List<String> misses = new ArrayList<>();
        List<String> falseSnippets = new ArrayList<>();
        List<String> typeMisses = new ArrayList<>();
        List<String> rangeMisses = new ArrayList<>();
        int[] exactChecked = {0};
        long t0 = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
            KnowledgeBaseMatcher matcher = RealSources.matcher(kb);
            Map<String, String> texts = new TreeMap<>();
            cases.forEach(c -> texts.put(c.path(), c.text()));
            Map<String, List<SnippetMatch>> results = RealSources.matchAll(matcher, texts, cases.get(0).language());
            Map<String, String> upstreamTexts = new TreeMap<>();
            for (int i = 0; i < kb.fileCount(); i++) {
                upstreamTexts.put(kb.file(i).path(), kb.text(i));
            }
            for (Case c : cases) {
                Row row = rows.computeIfAbsent(c.category(), k -> new Row());
                List<SnippetMatch> found = results.get(c.path());
                BitSet scannedCode = Transforms.codeLines(c.text(), c.language());
                for (SnippetMatch m : found) {
                    boolean correct = c.truths().stream().anyMatch(t -> t.upstream().equals(m.origin().path())
                            && overlaps(t.lines(), m.lines()));
                    for (Row r : rowsFor(row, all, nonEdited, c)) {
                        r.snippets++;
                        r.correct += correct ? 1 : 0;
                    }
                    if (!correct) {
                        falseSnippets.add(c.category() + " " + c.path() + " " + m.lines() + " → "
                                + m.origin().path() + " " + m.origin().lines() + " " + m.cloneType() + " sim "
                                + String.format(Locale.ROOT, "%.2f", m.similarity()));
                    }
                }
                for (Truth t : c.truths()) {
                    List<SnippetMatch> hits = found.stream().filter(m -> m.origin().path().equals(t.upstream())
                            && overlaps(t.lines(), m.lines())).toList();
                    double iou = 0;
                    double upIou = 0;
                    if (!hits.isEmpty()) {
                        iou = iou(t.lines(), hits.stream().map(SnippetMatch::lines).toList(), scannedCode);
                        upIou = iou(t.upstreamLines(), hits.stream().map(m -> m.origin().lines()).toList(),
                                Transforms.codeLines(upstreamTexts.get(t.upstream()), c.language()));
                    } else {
                        misses.add(c.category() + " " + c.path() + " " + t.lines() + " ← " + t.upstream() + " "
                                + t.upstreamLines() + " [" + seeds(c.text(), c.language(), t.lines()) + " seeds, "
                                + scannedCode.get(t.lines().first(), t.lines().last() + 1).cardinality()
                                + " code lines]" + (found.isEmpty() ? "" : " (reported instead: "
                                + found.stream().map(m -> m.lines() + "→" + m.origin().path()).toList() + ")"));
                    }
                    for (SnippetMatch m : hits) {
                        if (m.cloneType() != dev.provenance.match.CloneType.EDITED) {
                            exactChecked[0]++;
                            if (!codeTokens(c.text(), c.language(), m.lines(), Map.of()).equals(codeTokens(
                                    upstreamTexts.get(m.origin().path()), c.language(), m.origin().lines(),
                                    m.renameMap()))) {
                                rangeMisses.add(c.category() + " " + c.path() + " " + m.cloneType() + " " + m.lines()
                                        + " ↔ " + m.origin().path() + " " + m.origin().lines());
                            }
                        }
                    }
                    if (!hits.isEmpty() && !typeAsExpected(c.category(), hits)) {
                        typeMisses.add(c.category() + " " + c.path() + " " + t.lines() + ": " + hits.stream()
                                .map(m -> m.cloneType() + " " + m.lines() + " " + m.renames()).toList());
                    }
                    boolean big = seeds(c.text(), c.language(), t.lines()) >= MIN_TOKENS;
                    for (Row r : rowsFor(row, all, nonEdited, c)) {
                        r.truths++;
                        r.bigTruths += big ? 1 : 0;
                        r.bigFound += big && !hits.isEmpty() ? 1 : 0;
                        r.typeOk += !hits.isEmpty() && typeAsExpected(c.category(), hits) ? 1 : 0;
                        if (!hits.isEmpty()) {
                            r.found++;
                            r.iou += iou;
                            r.upstreamIou += upIou;
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n%s: %d cases in %.2f s%n", title, cases.size(), seconds));
        table.append(String.format(Locale.ROOT, "  %-12s %6s %6s %8s %9s %10s %8s %8s%n", "category", "copies",
                "found", "recall", "snippets", "precision", "IoU", "IoU-up"));
        rows.forEach((k, r) -> table.append(r.format(k)));
        table.append(nonEdited.format("non-edited")).append(all.format("all"));
        misses.forEach(m -> table.append("  missed: ").append(m).append('\n'));
        falseSnippets.forEach(m -> table.append("  false:  ").append(m).append('\n'));
        typeMisses.forEach(m -> table.append("  type:   ").append(m).append('\n'));
        table.append(String.format(Locale.ROOT, "  EXACT/RENAMED snippets whose two ranges hold the same code tokens: %d/%d%n",
                exactChecked[0] - rangeMisses.size(), exactChecked[0]));
        rangeMisses.forEach(m -> table.append("  range:  ").append(m).append('\n'));
        System.out.print(table);
        return new Figures(title, rows.getOrDefault("edited", new Row()), nonEdited, all, List.copyOf(rangeMisses));
    }

    /**
     * The clone type a found copy should be reported with: exact and reformatted copies EXACT (their tokens are the
     * upstream's), renamed copies RENAMED, edited copies EDITED or split; blocks put in foreign code like their kind.
     */
    private static boolean typeAsExpected(String category, List<SnippetMatch> hits) {
        return switch (category) {
            case "exact", "reformatted", "partial", "multi" -> hits.stream()
                    .allMatch(m -> m.cloneType() == dev.provenance.match.CloneType.EXACT);
            case "renamed" -> hits.stream().allMatch(m -> m.cloneType() == dev.provenance.match.CloneType.RENAMED);
            case "edited" -> hits.size() > 1
                    || hits.stream().allMatch(m -> m.cloneType() == dev.provenance.match.CloneType.EDITED);
            default -> false;
        };
    }

    /** Texts of the non-comment tokens on lines {@code r}, upstream names renamed. */
    private static List<String> codeTokens(String text, Language language, LineRange r, Map<String, String> renames) {
        var t = Transforms.lexer(language).lex(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.seeded(i) && r.contains(t.line(i))) {
                out.add(renames.getOrDefault(t.text(i), t.text(i)));
            }
        }
        return out;
    }

    /** Seeded tokens on lines {@code r}. */
    static int seeds(String text, Language language, LineRange r) {
        var t = Transforms.lexer(language).lex(text);
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += t.seeded(i) && r.contains(t.line(i)) ? 1 : 0;
        }
        return n;
    }

    private static List<Row> rowsFor(Row row, Row all, Row nonEdited, Case c) {
        return c.category().equals("edited") ? List.of(row, all) : List.of(row, all, nonEdited);
    }

    private static boolean overlaps(LineRange a, LineRange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private static double iou(LineRange truth, List<LineRange> reported, BitSet code) {
        BitSet t = new BitSet();
        t.set(truth.first(), truth.last() + 1);
        BitSet r = new BitSet();
        reported.forEach(x -> r.set(x.first(), x.last() + 1));
        t.and(code);
        r.and(code);
        BitSet union = (BitSet) t.clone();
        union.or(r);
        BitSet inter = (BitSet) t.clone();
        inter.and(r);
        return union.isEmpty() ? 0 : inter.cardinality() / (double) union.cardinality();
    }

    private static final class Row {
        int truths;
        int found;
        int bigTruths;
        int bigFound;
        int typeOk;
        int snippets;
        int correct;
        double iou;
        double upstreamIou;

        double recall() {
            return truths == 0 ? 1 : found / (double) truths;
        }

        double bigRecall() {
            return bigTruths == 0 ? 1 : bigFound / (double) bigTruths;
        }

        double precision() {
            return snippets == 0 ? 1 : correct / (double) snippets;
        }

        double meanIou() {
            return found == 0 ? 0 : iou / found;
        }

        String format(String name) {
            return String.format(Locale.ROOT, "  %-12s %6d %6d %7.1f%% %9d %9.1f%% %8.3f %8.3f %5d/%-5d %6.1f%% %5d/%-5d%n", name,
                    truths, found, 100 * recall(), snippets, 100 * precision(), meanIou(),
                    found == 0 ? 0 : upstreamIou / found, bigFound, bigTruths, 100 * bigRecall(), typeOk, found);
        }
    }

    private record Figures(String title, Row edited, Row nonEdited, Row all, List<String> rangeMisses) {
        /** EXACT and RENAMED snippets place both ends exactly: their two ranges hold the same code tokens. */
        void assertExactRanges() {
            assertThat(rangeMisses).as(title + ": EXACT/RENAMED snippets whose ranges differ").isEmpty();
        }

        void assertPrecisionEditedRecallAndOverlap() {
            assertThat(all.precision()).as(title + ": precision").isGreaterThanOrEqualTo(0.98);
            assertThat(edited.recall()).as(title + ": recall of edited copies").isGreaterThanOrEqualTo(0.85);
            assertThat(all.meanIou()).as(title + ": line-range overlap (IoU)").isGreaterThanOrEqualTo(0.9);
            assertThat(all.upstreamIou / all.found).as(title + ": upstream line-range overlap (IoU)")
                    .isGreaterThanOrEqualTo(0.9);
        }

        /** The floor: 95% of the non-edited copies of 6 code lines or more. */
        void assertRecallFloor() {
            assertThat(nonEdited.recall()).as(title + ": recall of non-edited copies").isGreaterThanOrEqualTo(0.95);
        }

        /** The same floor over the copies the matcher is built to see: also at least minTokens seed tokens. */
        void assertRecallWithinMinimumSize() {
            assertThat(nonEdited.bigRecall()).as(title + ": recall of non-edited copies of >= " + MIN_TOKENS
                    + " seeds").isGreaterThanOrEqualTo(0.95);
            assertThat(edited.bigRecall()).as(title + ": recall of edited copies of >= " + MIN_TOKENS + " seeds")
                    .isGreaterThanOrEqualTo(0.85);
        }
    }
}
