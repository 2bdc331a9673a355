package dev.provenance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Spring's repackaged copy of ASM: the {@code .java} files under spring-core's {@code org/springframework/asm/}
 * whose file name is also a file of ASM's {@code org/objectweb/asm/}, with their line counts, and the lines a tool
 * covered in each, so that both tools are scored the same way.
 */
final class AsmCopies {
    static final String SPRING_ASM = "org/springframework/asm/";
    static final String ASM = "org/objectweb/asm/";

    /** copy's file name → its line count */
    private final Map<String, Integer> lineCounts;
    private final Map<String, BitSet> covered = new TreeMap<>();

    private AsmCopies(Map<String, Integer> lineCounts) {
        this.lineCounts = lineCounts;
    }

    /** Finds the copies in {@code springRoot} of files in {@code asmRoot}. */
    static AsmCopies find(Path springRoot, Path asmRoot) throws IOException {
        Path copies = springRoot.resolve(SPRING_ASM);
        Path originals = asmRoot.resolve(ASM);
        Map<String, Integer> lineCounts = new TreeMap<>();
        if (Files.isDirectory(copies) && Files.isDirectory(originals)) {
            try (Stream<Path> files = Files.list(copies)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java") && Files.isRegularFile(originals.resolve(name))) {
                        lineCounts.put(name, lines(file));
                    }
                }
            }
        }
        return new AsmCopies(lineCounts);
    }

    private static int lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return Math.toIntExact(lines.count());
        }
    }

    /** The file name of {@code path} when it is one of the copies (path relative or absolute), else null. */
    String copyName(String path) {
        String name = fileNameUnder(path, SPRING_ASM);
        return name != null && lineCounts.containsKey(name) ? name : null;
    }

    /** The file name of {@code path} when it lies directly under {@code org/objectweb/asm/}, else null. */
    static String originalName(String path) {
        return fileNameUnder(path, ASM);
    }

    private static String fileNameUnder(String path, String directory) {
        String normal = path.replace('\\', '/');
        int at = normal.lastIndexOf(directory);
        if (at < 0 || (at > 0 && normal.charAt(at - 1) != '/')) {
            return null;
        }
        String rest = normal.substring(at + directory.length());
        return rest.isEmpty() || rest.indexOf('/') >= 0 ? null : rest;
    }

    /** Records that lines {@code first..last} (1-based, inclusive) of copy {@code name} were paired with ASM. */
    void cover(String name, int first, int last) {
        Integer count = lineCounts.get(name);
        if (count == null || last < first) {
            return;
        }
        int from = Math.max(1, first);
        int to = Math.min(count, last);
        if (from <= to) {
            covered.computeIfAbsent(name, n -> new BitSet()).set(from, to + 1);
        }
    }

    int copies() {
        return lineCounts.size();
    }

    /** Copies with at least one line paired with their ASM original. */
    int matched() {
        return (int) covered.values().stream().filter(b -> !b.isEmpty()).count();
    }

    long totalLines() {
        return lineCounts.values().stream().mapToLong(Integer::longValue).sum();
    }

    long coveredLines() {
        return covered.values().stream().mapToLong(BitSet::cardinality).sum();
    }

    /** Covered lines / all lines of the copies, 0..1. */
    double coverage() {
        long total = totalLines();
        return total == 0 ? 0 : (double) coveredLines() / total;
    }
}
