package dev.provenance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PMD CPD's XML report ({@code --format xml}) of a run over ASM's and spring-core's sources and prints how
 * many of Spring's repackaged ASM files ({@link AsmCopies}) CPD pairs with the ASM file of the same name, and the
 * share of their lines those pairs cover. A duplication lists its occurrences as {@code <file line=… endline=…
 * path=…/>}; an occurrence in a copy counts when another occurrence of the same duplication is the ASM original
 * of that name. The last line is machine-readable, for {@code bench/run}:
 * <pre>CPD duplications=… asm_copies=… asm_matched=… asm_lines=… asm_covered=… asm_coverage=…</pre>
 * Usage: {@code CpdReport <cpd-report.xml> <asm-dir> <spring-core-dir>}.
 */
public final class CpdReport {
    private CpdReport() {
    }

    /** Prints the figures; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CpdReport <cpd-report.xml> <asm-dir> <spring-core-dir>");
            System.exit(2);
        }
        AsmCopies copies = AsmCopies.find(Path.of(args[2]), Path.of(args[1]));
        List<Duplication> duplications = read(Path.of(args[0]));
        score(duplications, copies);
        System.out.printf(Locale.ROOT, "CPD: %d duplications; ASM copies paired with the same file name: %d of %d,"
                        + " lines covered %d of %d (%.1f %%)%n", duplications.size(), copies.matched(),
                copies.copies(), copies.coveredLines(), copies.totalLines(), 100 * copies.coverage());
        System.out.printf(Locale.ROOT, "CPD duplications=%d asm_copies=%d asm_matched=%d asm_lines=%d asm_covered=%d"
                        + " asm_coverage=%.3f%n", duplications.size(), copies.copies(), copies.matched(),
                copies.totalLines(), copies.coveredLines(), copies.coverage());
    }

    /** One occurrence of a duplicated fragment: its file and its lines, 1-based, inclusive. */
    record Occurrence(String path, int line, int endLine) {
    }

    /** One duplication: the fragment's line count and where it occurs. */
    record Duplication(int lines, List<Occurrence> occurrences) {
        Duplication {
            occurrences = List.copyOf(occurrences);
        }
    }

    /** Marks, in {@code copies}, the lines of each copy that a duplication pairs with its ASM original. */
    static void score(List<Duplication> duplications, AsmCopies copies) {
        for (Duplication duplication : duplications) {
            for (Occurrence occurrence : duplication.occurrences()) {
                String copy = copies.copyName(occurrence.path());
                if (copy != null && duplication.occurrences().stream()
                        .anyMatch(o -> copy.equals(AsmCopies.originalName(o.path())))) {
                    copies.cover(copy, occurrence.line(), occurrence.endLine());
                }
            }
        }
    }

    /** The duplications of a CPD XML report; {@code endline} when given, else {@code line + lines - 1}. */
    static List<Duplication> read(Path report) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Duplication> duplications = new ArrayList<>();
        try (InputStream in = Files.newInputStream(report)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int lines = -1;
            List<Occurrence> occurrences = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("duplication".equals(name)) {
                        lines = integer(xml.getAttributeValue(null, "lines"), 0);
                        occurrences.clear();
                    } else if ("file".equals(name) && lines >= 0) {
                        int line = integer(xml.getAttributeValue(null, "line"), 0);
                        int end = integer(xml.getAttributeValue(null, "endline"), line + lines - 1);
                        String path = xml.getAttributeValue(null, "path");
                        if (path != null && line > 0) {
                            occurrences.add(new Occurrence(path, line, end));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "duplication".equals(xml.getLocalName())) {
                    duplications.add(new Duplication(lines, occurrences));
                    lines = -1;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("not a CPD XML report: " + report + ": " + e.getMessage(), e);
        }
        return duplications;
    }

    private static int integer(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
