package dev.provenance.license;

import dev.provenance.config.ConfigParser;
import dev.provenance.license.ReuseAnnotations.Annotation;
import dev.provenance.license.ReuseAnnotations.Format;
import dev.provenance.license.ReuseAnnotations.Precedence;
import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads REUSE licensing annotations: {@code REUSE.toml} ({@code [[annotations]]} with {@code path} — a glob or a
 * list of globs —, {@code SPDX-License-Identifier}, {@code SPDX-FileCopyrightText}, {@code precedence}) and
 * {@code .reuse/dep5} (Debian copyright format 1.0: {@code Files:} globs, {@code Copyright:} and {@code License:}
 * with continuation lines). Licenses are normalised ({@link LicenseCatalog#normalize}: DEP-5 writes Debian names
 * such as {@code GPL-2+}); copyright texts are kept as written, one per line of the field.
 */
public final class ReuseReader {
    private static final int MAX_LINE = 2_000;

    private final LicenseCatalog catalog;
    private final ConfigParser parser;

    public ReuseReader(LicenseCatalog catalog, ConfigParser parser) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A reader over {@link LicenseCatalog#bundled()} and {@link ConfigParser#standard()}. */
    public static ReuseReader standard() {
        return new ReuseReader(LicenseCatalog.bundled(), ConfigParser.standard());
    }

    /** Whether {@code path} is a {@code REUSE.toml} or a {@code .reuse/dep5}. */
    public static boolean supports(String path) {
        return path.equals("REUSE.toml") || path.endsWith("/REUSE.toml") || path.equals(".reuse/dep5")
                || path.endsWith("/.reuse/dep5");
    }

    /**
     * The annotations of {@code file}.
     *
     * @throws InputProblem             {@code INVALID_TOML} when a REUSE.toml does not parse
     * @throws IllegalArgumentException when the file is neither ({@link #supports})
     */
    public ReuseAnnotations read(TextFile file) throws InputProblem {
        String path = file.path();
        if (path.equals("REUSE.toml") || path.endsWith("/REUSE.toml")) {
            return reuseToml(file, path.substring(0, path.length() - "REUSE.toml".length()));
        }
        if (path.equals(".reuse/dep5") || path.endsWith("/.reuse/dep5")) {
            return dep5(file, path.substring(0, path.length() - ".reuse/dep5".length()));
        }
        throw new IllegalArgumentException("not a REUSE file: " + path);
    }

    private ReuseAnnotations reuseToml(TextFile file, String base) throws InputProblem {
        TomlParseResult toml = parser.toml(file);
        List<Annotation> annotations = new ArrayList<>();
        TomlArray entries = toml.isArray("annotations") ? toml.getArray("annotations") : null;
        if (entries == null) {
            return new ReuseAnnotations(Format.REUSE_TOML, annotations, base);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof TomlTable table)) {
                continue;
            }
            int line = Math.max(1, line(entries.inputPositionOf(i)));
            List<String> paths = strings(table.get("path"));
            if (paths.isEmpty()) {
                throw new InputProblem(IssueCode.INVALID_TOML, "line " + line + ": annotation without a path");
            }
            Precedence precedence = precedence(table.getString("precedence"), line);
            String license = table.get("SPDX-License-Identifier") instanceof String s ? s : null;
            LicenseFinding finding = license == null || license.isBlank() ? null
                    : catalog.normalize(license).toFinding(LicenseSource.REUSE, null);
            annotations.add(new Annotation(paths, finding, strings(table.get("SPDX-FileCopyrightText")), precedence,
                    line));
        }
        return new ReuseAnnotations(Format.REUSE_TOML, annotations, base);
    }

    private static Precedence precedence(String value, int line) throws InputProblem {
        if (value == null) {
            return Precedence.CLOSEST;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "closest" -> Precedence.CLOSEST;
            case "aggregate" -> Precedence.AGGREGATE;
            case "override" -> Precedence.OVERRIDE;
            default -> throw new InputProblem(IssueCode.INVALID_TOML,
                    "line " + line + ": precedence must be closest, aggregate or override, not '" + value + "'");
        };
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof TomlArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static int line(TomlPosition position) {
        return position == null ? 1 : position.line();
    }

    /** DEP-5: paragraphs separated by blank lines; {@code Field: value} with continuation lines indented. */
    private ReuseAnnotations dep5(TextFile file, String base) {
        List<Annotation> annotations = new ArrayList<>();
        Paragraph paragraph = new Paragraph();
        for (int line = 1; line <= file.lineCount(); line++) {
            String raw = file.line(line);
            String text = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw;
            if (text.isBlank()) {
                paragraph.finish(annotations, catalog);
                paragraph = new Paragraph();
            } else if (text.startsWith("#")) {
                continue;
            } else if (Character.isWhitespace(text.charAt(0))) {
                String value = text.strip();
                paragraph.continueField(value.equals(".") ? "" : value);
            } else {
                int colon = text.indexOf(':');
                if (colon > 0) {
                    paragraph.startField(text.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            text.substring(colon + 1).strip(), line);
                }
            }
        }
        paragraph.finish(annotations, catalog);
        return new ReuseAnnotations(Format.DEP5, annotations, base);
    }

    /** The fields of one DEP-5 paragraph being read. */
    private static final class Paragraph {
        private final List<String> files = new ArrayList<>();
        private final List<String> copyrights = new ArrayList<>();
        private String license;
        private String field;
        private int firstLine;

        void startField(String name, String value, int line) {
            field = name;
            if (firstLine == 0) {
                firstLine = line;
            }
            if (name.equals("license")) {
                license = value;
            } else {
                continueField(value);
            }
        }

        void continueField(String value) {
            if (field == null) {
                return;
            }
            switch (field) {
                case "files" -> addWords(value);
                case "copyright" -> {
                    if (!value.isEmpty()) {
                        copyrights.add(value);
                    }
                }
                default -> {
                    // License: continuation lines hold the license text, not the expression
                }
            }
        }

        private void addWords(String value) {
            for (String word : value.split("\\s+")) {
                if (!word.isEmpty()) {
                    files.add(word);
                }
            }
        }

        void finish(List<Annotation> annotations, LicenseCatalog catalog) {
            if (files.isEmpty()) {
                return; // the header paragraph or a stand-alone License paragraph
            }
            LicenseFinding finding = license == null || license.isBlank() ? null
                    : catalog.normalize(license).toFinding(LicenseSource.REUSE, null);
            annotations.add(new Annotation(files, finding, copyrights, Precedence.OVERRIDE, firstLine));
        }
    }
}
