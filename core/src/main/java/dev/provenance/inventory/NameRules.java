package dev.provenance.inventory;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a file's name alone says about it: a kind, a language, and how far to trust that when the content
 * disagrees. The tables are immutable; one instance serves any number of walks.
 */
final class NameRules {
    /** How the name's verdict stands against binary content. */
    enum Trust {
        /** The name says text: binary content is worth a {@code BINARY_CONTENT} issue. */
        TEXT,
        /** The name hints at text but weakly (man page section, unknown extension): binary content just wins. */
        WEAK,
        /** The name says the content may well be binary (weights, archives, images, tokenizer models). */
        BINARY
    }

    /** The verdict on a name. */
    record Verdict(FileKind kind, Language language, Trust trust) { }

    private static final Map<String, Language> SOURCE = Map.ofEntries(
            Map.entry("java", Language.JAVA),
            Map.entry("kt", Language.KOTLIN), Map.entry("kts", Language.KOTLIN),
            Map.entry("scala", Language.SCALA), Map.entry("sc", Language.SCALA),
            Map.entry("groovy", Language.GROOVY), Map.entry("gradle", Language.GROOVY),
            Map.entry("py", Language.PYTHON), Map.entry("pyi", Language.PYTHON), Map.entry("pyw", Language.PYTHON),
            Map.entry("c", Language.C), Map.entry("h", Language.C),
            Map.entry("cc", Language.CPP), Map.entry("cpp", Language.CPP), Map.entry("cxx", Language.CPP),
            Map.entry("c++", Language.CPP), Map.entry("hpp", Language.CPP), Map.entry("hh", Language.CPP),
            Map.entry("hxx", Language.CPP), Map.entry("h++", Language.CPP), Map.entry("ipp", Language.CPP),
            Map.entry("tpp", Language.CPP), Map.entry("inl", Language.CPP),
            Map.entry("cu", Language.CUDA), Map.entry("cuh", Language.CUDA),
            Map.entry("js", Language.JAVASCRIPT), Map.entry("mjs", Language.JAVASCRIPT),
            Map.entry("cjs", Language.JAVASCRIPT), Map.entry("jsx", Language.JAVASCRIPT),
            Map.entry("ts", Language.TYPESCRIPT), Map.entry("tsx", Language.TYPESCRIPT),
            Map.entry("mts", Language.TYPESCRIPT), Map.entry("cts", Language.TYPESCRIPT),
            Map.entry("go", Language.GO),
            Map.entry("rs", Language.RUST),
            Map.entry("sh", Language.SHELL), Map.entry("bash", Language.SHELL), Map.entry("zsh", Language.SHELL),
            Map.entry("ksh", Language.SHELL),
            Map.entry("rb", Language.RUBY), Map.entry("rake", Language.RUBY),
            Map.entry("php", Language.PHP),
            Map.entry("cs", Language.CSHARP),
            Map.entry("swift", Language.SWIFT),
            Map.entry("m", Language.OBJECTIVE_C), Map.entry("mm", Language.OBJECTIVE_C),
            Map.entry("pl", Language.PERL), Map.entry("pm", Language.PERL),
            Map.entry("lua", Language.LUA),
            Map.entry("r", Language.R),
            Map.entry("sql", Language.SQL),
            Map.entry("html", Language.HTML), Map.entry("htm", Language.HTML), Map.entry("xhtml", Language.HTML),
            Map.entry("css", Language.CSS), Map.entry("scss", Language.CSS), Map.entry("less", Language.CSS));

    private static final Map<String, Language> CONFIG = Map.ofEntries(
            Map.entry("json", Language.JSON), Map.entry("jsonc", Language.JSON), Map.entry("json5", Language.JSON),
            Map.entry("yaml", Language.YAML), Map.entry("yml", Language.YAML),
            Map.entry("toml", Language.TOML),
            Map.entry("ini", Language.INI), Map.entry("cfg", Language.INI), Map.entry("conf", Language.INI),
            Map.entry("xml", Language.XML), Map.entry("xsd", Language.XML), Map.entry("xsl", Language.XML),
            Map.entry("xslt", Language.XML),
            Map.entry("properties", Language.PROPERTIES),
            Map.entry("jinja", Language.JINJA), Map.entry("jinja2", Language.JINJA), Map.entry("j2", Language.JINJA));

    private static final Map<String, Language> DOC = Map.ofEntries(
            Map.entry("md", Language.MARKDOWN), Map.entry("markdown", Language.MARKDOWN),
            Map.entry("rst", Language.RESTRUCTURED_TEXT),
            Map.entry("txt", Language.TEXT), Map.entry("text", Language.TEXT),
            Map.entry("adoc", Language.ASCIIDOC), Map.entry("asciidoc", Language.ASCIIDOC),
            Map.entry("man", Language.TEXT), Map.entry("mdoc", Language.TEXT));

    private static final Set<String> DOC_NAMES = Set.of(
            "readme", "authors", "contributors", "changelog", "changes", "history", "news", "install", "todo",
            "maintainers");

    private static final Set<String> WEIGHTS = Set.of(
            "safetensors", "bin", "pt", "pth", "ckpt", "gguf", "onnx", "h5", "msgpack");

    private static final Set<String> ARCHIVES = Set.of(
            "zip", "jar", "war", "ear", "whl", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "7z", "rar",
            "egg", "nupkg");

    private static final Set<String> BINARIES = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "ico", "icns", "webp", "tif", "tiff", "psd",
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
            "class", "so", "dylib", "dll", "exe", "o", "obj", "a", "lib", "pyc", "pyo", "pyd", "wasm",
            "woff", "woff2", "ttf", "otf", "eot",
            "mp3", "mp4", "wav", "ogg", "flac", "avi", "mov", "mkv", "webm",
            "npy", "npz", "pkl", "pickle", "db", "sqlite", "sqlite3", "jks", "keystore", "p12", "pfx", "der");

    private static final Map<String, Language> TOKENIZER_NAMES = Map.ofEntries(
            Map.entry("tokenizer.json", Language.JSON), Map.entry("tokenizer_config.json", Language.JSON),
            Map.entry("vocab.json", Language.JSON), Map.entry("special_tokens_map.json", Language.JSON),
            Map.entry("added_tokens.json", Language.JSON),
            Map.entry("vocab.txt", Language.TEXT), Map.entry("merges.txt", Language.TEXT),
            Map.entry("tokenizer.model", Language.NONE), Map.entry("spiece.model", Language.NONE),
            Map.entry("sentencepiece.bpe.model", Language.NONE));

    private static final Map<String, Language> MANIFEST_NAMES = Map.ofEntries(
            Map.entry("pom.xml", Language.XML), Map.entry("package.json", Language.JSON),
            Map.entry("composer.json", Language.JSON),
            Map.entry("pyproject.toml", Language.TOML), Map.entry("cargo.toml", Language.TOML),
            Map.entry("setup.cfg", Language.INI), Map.entry("setup.py", Language.PYTHON),
            Map.entry("go.mod", Language.NONE),
            Map.entry("build.gradle", Language.GROOVY), Map.entry("settings.gradle", Language.GROOVY),
            Map.entry("build.gradle.kts", Language.KOTLIN), Map.entry("settings.gradle.kts", Language.KOTLIN),
            Map.entry("build.sbt", Language.SCALA), Map.entry("gemfile", Language.RUBY));

    private static final Map<String, Language> MANIFEST_EXT = Map.of(
            "gemspec", Language.RUBY, "nuspec", Language.XML);

    /** Name keys (lower case, {@code _ - space} removed) that a legal file's name starts with. */
    private static final String[] LEGAL_PREFIXES = {
        "license", "licence", "unlicense", "copying", "copyright", "notice", "thirdparty", "credits",
        "acknowledgements", "acknowledgments", "patents", "opensourcesoftwarenotice"
    };

    /** A model card candidate: the name of a README in Markdown. */
    private static final Set<String> README_MARKDOWN = Set.of("readme.md", "readme.markdown");

    private static final Set<String> GENERATED_NAMES = Set.of(
            "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "cargo.lock", "poetry.lock",
            "composer.lock", "gemfile.lock", "go.sum", "pipfile.lock", "uv.lock");

    private static final String[] GENERATED_SUFFIXES = {
        "_pb2.py", "_pb2.pyi", "_pb2_grpc.py", ".pb.go", ".pb.gw.go", ".pb.h", ".pb.cc", ".pb.c"
    };

    private static final String[] MINIFIED_SUFFIXES = {".min.js", ".min.mjs", ".min.css"};

    private static final Set<String> VENDOR_DIRS = Set.of(
            "third_party", "third-party", "thirdparty", "3rdparty", "vendor", "vendored", "external", "extern",
            "deps", "node_modules", "bower_components", "_vendor", "site-packages");

    /** The directory name whose files are license texts (the REUSE convention), at any depth. */
    static final String LICENSES_DIR = "LICENSES";

    private static final Verdict OTHER = new Verdict(FileKind.OTHER, Language.NONE, Trust.WEAK);

    /**
     * Judges a file by its name.
     *
     * @param lowerName       the file name in lower case
     * @param inLicensesDir   whether a directory above it is named {@code LICENSES}
     */
    Verdict judge(String lowerName, boolean inLicensesDir) {
        String ext = extension(lowerName);
        Language tokenizer = TOKENIZER_NAMES.get(lowerName);
        if (tokenizer != null) {
            return new Verdict(FileKind.TOKENIZER, tokenizer, Trust.BINARY);
        }
        if (ext.equals("tiktoken")) {
            return new Verdict(FileKind.TOKENIZER, Language.TEXT, Trust.BINARY);
        }
        Language manifest = MANIFEST_NAMES.get(lowerName);
        if (manifest == null) {
            manifest = MANIFEST_EXT.get(ext);
        }
        if (manifest != null) {
            return new Verdict(FileKind.MANIFEST, manifest, Trust.TEXT);
        }
        if (inLicensesDir || isLegalName(lowerName)) {
            Verdict legal = legal(ext);
            if (legal != null) {
                return legal;
            }
        }
        if (README_MARKDOWN.contains(lowerName)) {
            return new Verdict(FileKind.DOC, Language.MARKDOWN, Trust.TEXT);
        }
        return byExtension(lowerName, ext);
    }

    /** The verdict for a legal name with extension {@code ext}; null when the extension says source or config. */
    private static Verdict legal(String ext) {
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return new Verdict(FileKind.LEGAL, Language.HTML, Trust.TEXT);
        }
        if (SOURCE.containsKey(ext) || CONFIG.containsKey(ext)) {
            return null;
        }
        Language doc = DOC.get(ext);
        if (doc != null) {
            return new Verdict(FileKind.LEGAL, doc, Trust.TEXT);
        }
        boolean binaryName = BINARIES.contains(ext) || ARCHIVES.contains(ext) || WEIGHTS.contains(ext);
        // COPYING.LIB is text; LICENSE.pdf is not: the content decides for binary-looking extensions.
        return new Verdict(FileKind.LEGAL, Language.TEXT, binaryName ? Trust.WEAK : Trust.TEXT);
    }

    private static Verdict byExtension(String lowerName, String ext) {
        if (ext.isEmpty()) {
            return DOC_NAMES.contains(lowerName) ? new Verdict(FileKind.DOC, Language.TEXT, Trust.TEXT) : OTHER;
        }
        Language lang = SOURCE.get(ext);
        if (lang != null) {
            return new Verdict(FileKind.SOURCE, lang, Trust.TEXT);
        }
        lang = CONFIG.get(ext);
        if (lang != null) {
            return new Verdict(FileKind.CONFIG, lang, Trust.TEXT);
        }
        lang = DOC.get(ext);
        if (lang != null) {
            return new Verdict(FileKind.DOC, lang, Trust.TEXT);
        }
        if (WEIGHTS.contains(ext)) {
            return new Verdict(FileKind.WEIGHTS, Language.NONE, Trust.BINARY);
        }
        if (ARCHIVES.contains(ext)) {
            return new Verdict(FileKind.ARCHIVE, Language.NONE, Trust.BINARY);
        }
        if (BINARIES.contains(ext) || lowerName.contains(".so.")) {
            return new Verdict(FileKind.BINARY, Language.NONE, Trust.BINARY);
        }
        if (isManPageSection(ext)) {
            return new Verdict(FileKind.DOC, Language.TEXT, Trust.WEAK);
        }
        return OTHER;
    }

    /** {@code 1}…{@code 9}, optionally followed by a short suffix ({@code 3pm}, {@code 1ssl}). */
    private static boolean isManPageSection(String ext) {
        if (ext.isEmpty() || ext.length() > 5 || ext.charAt(0) < '1' || ext.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < ext.length(); i++) {
            char c = ext.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The part after the last dot; empty for none, and for a dot file such as {@code .gitignore}. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    static boolean isLegalName(String lowerName) {
        StringBuilder key = new StringBuilder(lowerName.length());
        for (int i = 0; i < lowerName.length() && key.length() < 32; i++) {
            char c = lowerName.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                key.append(c);
            }
        }
        for (String prefix : LEGAL_PREFIXES) {
            if (key.length() >= prefix.length() && key.indexOf(prefix) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A README in Markdown: a model card when it starts with YAML front matter. */
    static boolean isReadmeMarkdown(String lowerName) {
        return README_MARKDOWN.contains(lowerName);
    }

    static boolean isGeneratedName(String lowerName) {
        if (GENERATED_NAMES.contains(lowerName)) {
            return true;
        }
        for (String suffix : GENERATED_SUFFIXES) {
            if (lowerName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMinifiedName(String lowerName) {
        for (String suffix : MINIFIED_SUFFIXES) {
            if (lowerName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isVendorDirectory(String segment) {
        return VENDOR_DIRS.contains(segment.toLowerCase(Locale.ROOT));
    }
}
