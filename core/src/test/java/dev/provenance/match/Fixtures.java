package dev.provenance.match;

import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.kb.Component;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.kb.KnowledgeBaseWriter;
import dev.provenance.kb.SourceFile;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.Lexers;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The fixture upstream library (written for these tests) and knowledge bases built from it. */
final class Fixtures {
    static final Function<Language, Optional<Lexer>> LEXERS = Lexers::forLanguage;

    /** Upstream fixture files: resource name → path inside the component. */
    static final String[][] TIDEPOOL = {
        {"java/RingBuffer.java", "src/main/java/org/tidepool/collect/RingBuffer.java"},
        {"java/Base32.java", "src/main/java/org/tidepool/codec/Base32.java"},
        {"java/StrongComponents.java", "src/main/java/org/tidepool/graph/StrongComponents.java"},
        {"java/Invoice.java", "src/main/java/org/tidepool/billing/Invoice.java"},
        {"java/ToolOptions.java", "src/main/java/org/tidepool/cli/ToolOptions.java"},
        {"python/harmonics.py", "python/tidepool/harmonics.py"},
        {"python/cli.py", "python/tidepool/cli.py"},
    };

    private Fixtures() {
    }

    static String upstream(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("upstream/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Component tidepool(String version) {
        return new Component("org.tidepool:tidepool", version, "pkg:maven/org.tidepool/tidepool@" + version,
                "Apache-2.0", List.of("The Tidepool Authors"), null);
    }

    static List<SourceFile> tidepoolFiles() {
        List<SourceFile> files = new ArrayList<>();
        for (String[] f : TIDEPOOL) {
            files.add(new SourceFile(f[1], upstream(f[0]), f[1].endsWith(".py") ? Language.PYTHON : Language.JAVA));
        }
        return files;
    }

    static KnowledgeBaseWriter writer(Path dir) {
        return new KnowledgeBaseWriter(dir, WinnowingParameters.DEFAULT, LEXERS);
    }

    /** A knowledge base holding tidepool 2.1.0. */
    static KnowledgeBase tidepoolKb(Path dir) throws IOException {
        writer(dir).add(tidepool("2.1.0"), tidepoolFiles());
        return KnowledgeBase.open(dir);
    }

    static KnowledgeBaseMatcher matcher(KnowledgeBase kb) throws IOException {
        return new KnowledgeBaseMatcher(kb, LEXERS, MatchParameters.DEFAULT);
    }

    static List<SnippetMatch> scan(SnippetMatcher matcher, String path, String text) {
        return matcher.match(path, new TextFile(path, text), path.endsWith(".py") ? Language.PYTHON : Language.JAVA);
    }

    /** 1-based number of the first line of {@code text} that contains {@code needle}, searching from line 1. */
    static int lineOf(String text, String needle) {
        return lineOf(text, needle, 1);
    }

    /** 1-based number of the first line at or after {@code fromLine} that contains {@code needle}. */
    static int lineOf(String text, String needle, int fromLine) {
        String[] lines = text.split("\n", -1);
        for (int i = fromLine - 1; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line with " + needle);
    }

    /** Lines {@code first..last} (1-based, inclusive) of {@code text}, each with its line end. */
    static String lines(String text, int first, int last) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = first - 1; i < last; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    /** The number of lines of {@code text} as {@code TextFile} counts them. */
    static int lineCount(String text) {
        return new TextFile("x", text).lineCount();
    }
}
