package dev.provenance.scan;

import dev.provenance.attribution.Marker;
import dev.provenance.text.LineRange;
import java.util.Map;

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
 * @param copyLines  the text of each snippet's lines, by its line range (each line capped), for side-by-side reports
 * @param markers    "Copied from"-style markers, for files matched against a knowledge base; empty otherwise
 * @param prose      the lines of a README-like document (capped), where prose credits upstreams; empty otherwise
 */
record FileAnalysis(FileFacts file, List<LicenseFinding> licenses, List<CopyrightStatement> copyrights,
                    List<ScanIssue> issues, List<String> parties, ModelCard modelCard, ReuseAnnotations reuse,
                    NoticeFile notice, List<SnippetMatch> snippets, Map<LineRange, List<String>> copyLines,
                    List<Marker> markers, List<String> prose) {
    FileAnalysis {
        Objects.requireNonNull(file, "file");
        licenses = List.copyOf(licenses);
        copyrights = List.copyOf(copyrights);
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
        snippets = List.copyOf(snippets);
        copyLines = Map.copyOf(copyLines);
        markers = List.copyOf(markers);
        prose = List.copyOf(prose);
    }

    /** A file read for nothing but its place in the inventory. */
    static FileAnalysis inventoryOnly(FileFacts file, List<ScanIssue> issues) {
        return new FileAnalysis(file, List.of(), List.of(), issues, List.of(), null, null, null, List.of(), Map.of(),
                List.of(), List.of());
    }

    String path() {
        return file.path();
    }
}
