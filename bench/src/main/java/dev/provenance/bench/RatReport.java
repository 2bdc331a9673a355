package dev.provenance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Apache RAT XML report ({@code --output-style xml}) and prints what RAT made of the tree, above all of
 * ASM's sources: how many files under {@code org/objectweb/asm/} RAT recognised a license in, how many it put in
 * its {@code BSD-3} family, and how many it approved. The last line is machine-readable:
 * <pre>RAT files=… approved=… unknown=… asm_files=… asm_recognised=… asm_bsd=… asm_approved=…</pre>
 * Usage: {@code java -cp bench.jar dev.provenance.bench.RatReport rat-report.xml}.
 */
public final class RatReport {
    /** The family RAT gives a document whose license it does not know. */
    private static final String UNKNOWN_FAMILY = "?????";
    private static final String ASM = "org/objectweb/asm/";

    private RatReport() {
    }

    /** Prints the summary of the report named by {@code args[0]}. */
    public static void main(String[] args) throws IOException, SAXException, ParserConfigurationException {
        if (args.length != 1) {
            System.err.println("usage: RatReport <rat-report.xml>");
            System.exit(2);
        }
        Counts counts = read(Path.of(args[0]));
        System.out.println("RAT license families (files):");
        counts.families.forEach((family, n) -> System.out.printf(Locale.ROOT, "  %-8s %6d%n", family, n));
        System.out.printf(Locale.ROOT,
                "RAT files=%d approved=%d unknown=%d asm_files=%d asm_recognised=%d asm_bsd=%d asm_approved=%d%n",
                counts.files, counts.approved, counts.unknown, counts.asmFiles, counts.asmRecognised, counts.asmBsd,
                counts.asmApproved);
    }

    static Counts read(Path report) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        SAXParser parser = factory.newSAXParser();
        Counts counts = new Counts();
        try (InputStream in = Files.newInputStream(report)) {
            parser.parse(in, counts);
        }
        counts.endResource();
        return counts;
    }

    /** Tallies resources and their licenses as the report streams past. */
    static final class Counts extends DefaultHandler {
        final Map<String, Integer> families = new TreeMap<>();
        int files;
        int approved;
        int unknown;
        int asmFiles;
        int asmRecognised;
        int asmBsd;
        int asmApproved;

        private String resource;
        private boolean licensed;
        private boolean recognised;
        private boolean bsd;
        private boolean resourceApproved;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (qName.equals("resource")) {
                endResource();
                resource = attributes.getValue("name");
                files++;
            } else if (qName.equals("license") && resource != null) {
                String family = String.valueOf(attributes.getValue("family")).trim();
                families.merge(family, 1, Integer::sum);
                licensed = true;
                if (!family.equals(UNKNOWN_FAMILY)) {
                    recognised = true;
                }
                if (family.equals("BSD-3")) {
                    bsd = true;
                }
                if ("true".equals(attributes.getValue("approval"))) {
                    resourceApproved = true;
                }
            }
        }

        void endResource() {
            if (resource == null) {
                return;
            }
            if (resourceApproved) {
                approved++;
            }
            if (licensed && !recognised) {
                unknown++;
            }
            if (resource.replace('\\', '/').contains(ASM)) {
                asmFiles++;
                asmRecognised += recognised ? 1 : 0;
                asmBsd += bsd ? 1 : 0;
                asmApproved += resourceApproved ? 1 : 0;
            }
            resource = null;
            licensed = false;
            recognised = false;
            bsd = false;
            resourceApproved = false;
        }
    }
}
