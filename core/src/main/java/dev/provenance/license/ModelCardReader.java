package dev.provenance.license;

import dev.provenance.config.ConfigParser;
import dev.provenance.scan.InputProblem;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a model card's ({@code README.md} of a model repository) YAML front matter — the block between a first line
 * {@code ---} and the next {@code ---} (or {@code ...}) line — with {@link ConfigParser}'s safe YAML loader.
 *
 * <p>{@code license} (a string or a list) gives one finding per value, normalised ({@code apache-2.0} →
 * {@code Apache-2.0}, {@code cc-by-nc-4.0} → {@code CC-BY-NC-4.0}; model-hub ids without an SPDX id such as
 * {@code llama3} or {@code openrail} stay as written, unknown). {@code license: other} with a {@code license_name}
 * reports the name: normalised when it names a listed license, else as written ({@code qwen-research}) with
 * {@code known == false}. It is deliberately not turned into a {@code LicenseRef-}: that would claim a license text
 * defined somewhere, which the card does not give, and an unknown finding is what asks a person to review the terms.
 * Lines point at the {@code license:} key (or the list item). A card without front matter gives an empty
 * {@link ModelCard}; front matter that does not load is an {@link InputProblem} ({@code INVALID_YAML}) whose line
 * numbers are the file's.
 */
public final class ModelCardReader {
    private static final int MAX_FRONT_MATTER_LINES = 5_000;

    private final LicenseCatalog catalog;
    private final ConfigParser parser;

    public ModelCardReader(LicenseCatalog catalog, ConfigParser parser) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A reader over {@link LicenseCatalog#bundled()} and {@link ConfigParser#standard()}. */
    public static ModelCardReader standard() {
        return new ModelCardReader(LicenseCatalog.bundled(), ConfigParser.standard());
    }

    /** The licenses, license name and link and base models declared by {@code file}'s front matter. */
    public ModelCard read(TextFile file) throws InputProblem {
        if (file.lineCount() < 2 || !isDelimiter(stripBom(file.line(1)), false)) {
            return ModelCard.EMPTY;
        }
        int close = -1;
        int last = Math.min(file.lineCount(), MAX_FRONT_MATTER_LINES);
        for (int line = 2; line <= last; line++) {
            if (isDelimiter(file.line(line), true)) {
                close = line;
                break;
            }
        }
        if (close < 0) {
            return ModelCard.EMPTY;
        }
        int start = file.lineStart(2);
        int end = file.lineStart(close);
        // keep the file's line numbers: the YAML text starts on line 2
        Object root = parser.yaml(new TextFile(file.path(), "\n" + file.text().substring(start, end)));
        if (!(root instanceof Map<?, ?> map)) {
            return ModelCard.EMPTY;
        }
        String licenseName = scalar(map.get("license_name"));
        String licenseLink = scalar(map.get("license_link"));
        List<LicenseFinding> licenses = new ArrayList<>();
        int keyLine = keyLine(file, "license", close);
        for (String value : values(map.get("license"))) {
            int line = valueLine(file, value, keyLine, close);
            NormalizedLicense normalized;
            if (value.strip().equalsIgnoreCase("other") && licenseName != null && !licenseName.isBlank()) {
                NormalizedLicense byName = catalog.normalize(licenseName);
                normalized = new NormalizedLicense(byName.expression(), byName.known(),
                        "license: " + value + ", license_name: " + licenseName);
            } else {
                normalized = catalog.normalize(value);
            }
            licenses.add(normalized.toFinding(LicenseSource.MODEL_CARD, LineRange.of(line)));
        }
        return new ModelCard(licenses, licenseName, licenseLink, values(map.get("base_model")));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static boolean isDelimiter(String line, boolean closing) {
        String s = line.stripTrailing();
        return s.equals("---") || (closing && s.equals("..."));
    }

    private static String scalar(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    private static List<String> values(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String s = scalar(item);
                if (s != null && !s.isBlank()) {
                    out.add(s);
                }
            }
        } else {
            String s = scalar(value);
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Line of a top-level {@code key:} in the front matter, or 1. */
    private static int keyLine(TextFile file, String key, int close) {
        for (int line = 2; line < close; line++) {
            String text = file.line(line);
            if (text.startsWith(key) && text.substring(key.length()).stripLeading().startsWith(":")) {
                return line;
            }
        }
        return 1;
    }

    /** Line of a list item holding {@code value} after the key, else the key's line. */
    private static int valueLine(TextFile file, String value, int keyLine, int close) {
        if (file.line(keyLine).toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
            return keyLine;
        }
        for (int line = keyLine + 1; line < close; line++) {
            String text = file.line(line).strip();
            if (!text.startsWith("-")) {
                break;
            }
            if (text.contains(value)) {
                return line;
            }
        }
        return keyLine;
    }
}
