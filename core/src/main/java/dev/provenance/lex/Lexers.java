package dev.provenance.lex;

import dev.provenance.inventory.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lexer for each language Provenance fingerprints. Every lexer is stateless and thread-safe, so one instance
 * serves every file and thread.
 *
 * <p>Code ({@link Tokens#seedsVerbatim()} false): Java, Kotlin, Scala, Groovy, Python, C, C++, CUDA, JavaScript,
 * TypeScript, Go, Rust, shell, C#, Swift, Objective-C, PHP. Configuration and templates (seeded verbatim): JSON and
 * YAML in canonical form ({@link JsonConfigLexer}, {@link YamlConfigLexer}), Jinja ({@link JinjaLexer}), and TOML,
 * INI and properties as written.
 */
public final class Lexers {
    private static final Map<Language, Lexer> LEXERS = lexers();

    private Lexers() {
    }

    /** The lexer for {@code language}, or empty when Provenance does not lex it. */
    public static Optional<Lexer> forLanguage(Language language) {
        return Optional.ofNullable(LEXERS.get(Objects.requireNonNull(language, "language")));
    }

    /** The Jinja lexer, for templates held in other files (see {@link JinjaLexer#lex(String, int, int)}). */
    public static JinjaLexer jinja() {
        return (JinjaLexer) LEXERS.get(Language.JINJA);
    }

    private static Map<Language, Lexer> lexers() {
        Map<Language, Lexer> m = new EnumMap<>(Language.class);
        m.put(Language.JAVA, new CFamilyLexer(CDialects.JAVA));
        m.put(Language.KOTLIN, new CFamilyLexer(CDialects.KOTLIN));
        m.put(Language.SCALA, new CFamilyLexer(CDialects.SCALA));
        m.put(Language.GROOVY, new CFamilyLexer(CDialects.GROOVY));
        m.put(Language.PYTHON, new PythonLexer());
        m.put(Language.C, new CFamilyLexer(CDialects.C));
        m.put(Language.CPP, new CFamilyLexer(CDialects.CPP));
        m.put(Language.CUDA, new CFamilyLexer(CDialects.CUDA));
        m.put(Language.JAVASCRIPT, new CFamilyLexer(CDialects.JAVASCRIPT));
        m.put(Language.TYPESCRIPT, new CFamilyLexer(CDialects.TYPESCRIPT));
        m.put(Language.GO, new CFamilyLexer(CDialects.GO));
        m.put(Language.RUST, new CFamilyLexer(CDialects.RUST));
        m.put(Language.SHELL, new ShellLexer());
        m.put(Language.CSHARP, new CFamilyLexer(CDialects.CSHARP));
        m.put(Language.SWIFT, new CFamilyLexer(CDialects.SWIFT));
        m.put(Language.OBJECTIVE_C, new CFamilyLexer(CDialects.OBJECTIVE_C));
        m.put(Language.PHP, new CFamilyLexer(CDialects.PHP));
        m.put(Language.JSON, new JsonConfigLexer());
        m.put(Language.YAML, new YamlConfigLexer());
        m.put(Language.JINJA, new JinjaLexer());
        m.put(Language.TOML, new FlatConfigLexer("#"));
        m.put(Language.INI, new FlatConfigLexer("#", ";"));
        m.put(Language.PROPERTIES, new FlatConfigLexer("#", "!"));
        return Map.copyOf(m);
    }
}
