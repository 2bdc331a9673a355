package dev.provenance.kb;

import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.fingerprint.TestLexer;
import dev.provenance.fingerprint.Winnower;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.SeedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** Synthetic Java-like sources for knowledge-base tests, and the test lexer wired as the writer wants it. */
final class Corpus {
    static final Function<Language, Optional<Lexer>> LEXERS =
            language -> language == Language.JAVA ? Optional.of(new TestLexer()) : Optional.empty();

    private static final String[] STATEMENTS = {
        "if (a %s b) { c = d(e, 1); }",
        "for (int i = 0; i < xs.length; i++) { sum %s= xs[i]; }",
        "return left.combine(right) %s 2;",
        "while (node != null) { node = node.next; count++; }",
        "try { in.close(); } catch (IOException e) { throw new UncheckedIOException(e); }",
        "value = map.getOrDefault(key, fallback) %s offset;",
        "switch (kind) { case 1: run(); break; default: stop(); }",
        "list.add(new Entry(name, size %s 4, \"x\"));",
        "synchronized (lock) { pending.remove(item); }",
        "do { x = x %s y; } while (x > limit);",
        "Object[] copy = Arrays.copyOf(items, n %s 1);",
        "assert state != null : \"state\";",
    };
    private static final String[] OPERATORS = {"+", "-", "*", "/", "<", ">", "&", "|"};

    private Corpus() {
    }

    /** A random Java-like file of about {@code statements} statements. */
    static String javaFile(long seed, int statements) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("// generated test source " + seed + "\nclass C" + seed + " {\n");
        text.append("  void run() {\n");
        for (int i = 0; i < statements; i++) {
            String template = STATEMENTS[random.nextInt(STATEMENTS.length)];
            text.append("    ").append(String.format(template, OPERATORS[random.nextInt(OPERATORS.length)]))
                    .append('\n');
        }
        return text.append("  }\n}\n").toString();
    }

    static List<SourceFile> component(long seed, int files, int statements) {
        List<SourceFile> result = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            result.add(new SourceFile("src/C" + seed + "_" + i + ".java", javaFile(seed * 1000 + i, statements),
                    Language.JAVA));
        }
        return result;
    }

    static Fingerprints fingerprints(String text) {
        return new Winnower(WinnowingParameters.DEFAULT).winnow(SeedSequence.of(new TestLexer().lex(text)));
    }
}
