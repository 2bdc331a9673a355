package dev.provenance.inventory;

import java.util.Locale;

/** The language or format of a file's content; {@link #NONE} where none applies. */
public enum Language {
    JAVA, KOTLIN, SCALA, GROOVY, PYTHON, C, CPP, CUDA, JAVASCRIPT, TYPESCRIPT, GO, RUST, SHELL,
    RUBY, PHP, CSHARP, SWIFT, OBJECTIVE_C, PERL, LUA, R, SQL, HTML, CSS,
    JSON, YAML, TOML, INI, XML, PROPERTIES, JINJA, MARKDOWN, RESTRUCTURED_TEXT, ASCIIDOC, TEXT,
    NONE;

    /** The lower-case, hyphenated name used in reports ({@code objective-c}, {@code cpp}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
