package dev.provenance.scan;

import dev.provenance.license.LicenseFinding;
import dev.provenance.license.ModelCard;
import dev.provenance.license.ReuseAnnotations;
import dev.provenance.match.SnippetMatch;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.NoticeFile;
import java.util.List;
import java.util.Objects;

/**
 * What the per-file stages found in one file, before the repository-level stages combine the files.
 *
 * @param file       the file's path, kind, language, size and traits
 * @param licenses   licenses stated in it
 * @param copyrights copyright statements in it
 * @param issues     problems met while reading it
 * @param parties    authors / organisation named by a manifest; empty for other files
 * @param modelCard  the model card's front matter, or {@code null}
 * @param reuse      REUSE annotations, for {@code REUSE.toml} and {@code .reuse/dep5}; or {@code null}
 * @param notice     the parsed notice, for third-party notice files; or {@code null}
 * @param snippets   runs of the file matched to indexed upstream files
 */
record FileAnalysis(FileFacts file, List<LicenseFinding> licenses, List<CopyrightStatement> copyrights,
                    List<ScanIssue> issues, List<String> parties, ModelCard modelCard, ReuseAnnotations reuse,
                    NoticeFile notice, List<SnippetMatch> snippets) {
    FileAnalysis {
        Objects.requireNonNull(file, "file");
        licenses = List.copyOf(licenses);
        copyrights = List.copyOf(copyrights);
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
        snippets = List.copyOf(snippets);
    }

    /** A file read for nothing but its place in the inventory. */
    static FileAnalysis inventoryOnly(FileFacts file, List<ScanIssue> issues) {
        return new FileAnalysis(file, List.of(), List.of(), issues, List.of(), null, null, null, List.of());
    }

    String path() {
        return file.path();
    }
}
