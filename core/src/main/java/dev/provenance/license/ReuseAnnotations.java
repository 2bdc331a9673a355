package dev.provenance.license;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The licensing annotations of a {@code REUSE.toml} or {@code .reuse/dep5} file.
 *
 * @param format      which file they come from (it decides how path globs match)
 * @param annotations the annotations in file order
 * @param base        the directory the annotation paths are relative to ({@code ""} for the repository root, else
 *                    {@code dir/})
 */
public record ReuseAnnotations(Format format, List<Annotation> annotations, String base) {
    public ReuseAnnotations {
        Objects.requireNonNull(format, "format");
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(base, "base");
    }

    /** The file format: globs differ ({@code *} stays within a directory in REUSE.toml, not in DEP-5). */
    public enum Format { REUSE_TOML, DEP5 }

    /**
     * The annotation that applies to {@code relativePath} (relative to the scanned root, {@code /}-separated): as in
     * REUSE, the last matching annotation wins. Empty when none matches or the path is outside {@link #base()}.
     */
    public Optional<Annotation> forPath(String relativePath) {
        if (!relativePath.startsWith(base)) {
            return Optional.empty();
        }
        String path = relativePath.substring(base.length());
        for (int i = annotations.size() - 1; i >= 0; i--) {
            Annotation annotation = annotations.get(i);
            if (annotation.matches(path, format == Format.DEP5 ? PathGlob.Syntax.DEP5 : PathGlob.Syntax.REUSE_TOML)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** How a REUSE.toml annotation combines with information in the files themselves. */
    public enum Precedence {
        /** The file's own information wins; the annotation applies where the file has none (the default). */
        CLOSEST,
        /** The annotation's and the file's information both apply. */
        AGGREGATE,
        /** The annotation replaces whatever the file says (DEP-5 entries behave so). */
        OVERRIDE
    }

    /**
     * One annotation.
     *
     * @param paths      the path globs, as written
     * @param license    the license, normalised, source {@link LicenseSource#REUSE}, {@code lines} null (it applies
     *                   to other files); null when the annotation gives only copyright
     * @param copyrights the copyright texts, as written
     * @param precedence how it combines with the files' own information
     * @param line       the line of the annotation in the REUSE file
     */
    public record Annotation(List<String> paths, LicenseFinding license, List<String> copyrights,
                             Precedence precedence, int line) {
        public Annotation {
            paths = List.copyOf(paths);
            copyrights = List.copyOf(copyrights);
            Objects.requireNonNull(precedence, "precedence");
            if (line < 1) {
                throw new IllegalArgumentException("line must be positive: " + line);
            }
        }

        /** The license, when the annotation gives one. */
        public Optional<LicenseFinding> licenseFinding() {
            return Optional.ofNullable(license);
        }

        boolean matches(String path, PathGlob.Syntax syntax) {
            for (String pattern : paths) {
                if (new PathGlob(pattern, syntax).matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
