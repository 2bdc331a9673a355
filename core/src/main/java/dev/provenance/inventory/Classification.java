package dev.provenance.inventory;

import dev.provenance.scan.ScanIssue;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link FileClassifier} made of one file.
 *
 * @param kind     what the file is
 * @param language its language or format; {@link Language#NONE} where none applies
 * @param charset  the charset to decode its text with; {@code null} for binary content and binary kinds
 * @param traits   generated / minified / vendored
 * @param issues   problems seen on the way, e.g. {@code BINARY_CONTENT} for a {@code .java} file holding bytes
 */
public record Classification(FileKind kind, Language language, Charset charset, Set<FileTrait> traits,
                             List<ScanIssue> issues) {
    public Classification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        traits = Set.copyOf(traits);
        issues = List.copyOf(issues);
    }
}
