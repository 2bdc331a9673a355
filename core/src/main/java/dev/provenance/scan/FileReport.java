package dev.provenance.scan;

import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileTrait;
import dev.provenance.inventory.Language;
import dev.provenance.license.LicenseFinding;
import dev.provenance.notice.CopyrightStatement;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the scan learnt about one file.
 *
 * @param path       path relative to the scanned root, {@code /}-separated
 * @param kind       what the file is
 * @param language   its language or format
 * @param size       size in bytes
 * @param traits     generated / minified / vendored
 * @param licenses   licenses stated in it (SPDX tags, header notices, full texts, manifest entries, REUSE)
 * @param copyrights copyright statements in its header (or anywhere, for legal files)
 */
public record FileReport(String path, FileKind kind, Language language, long size, Set<FileTrait> traits,
                         List<LicenseFinding> licenses, List<CopyrightStatement> copyrights) {
    public FileReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        traits = Set.copyOf(traits);
        licenses = List.copyOf(licenses);
        copyrights = List.copyOf(copyrights);
    }

    /** Whether the file sits directly in the scanned root. */
    public boolean atRoot() {
        return path.indexOf('/') < 0;
    }

    /** The file name, the last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
