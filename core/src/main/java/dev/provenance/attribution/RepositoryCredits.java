package dev.provenance.attribution;

import dev.provenance.notice.NoticeFile;
import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;

/**
 * What the repository as a whole says about credit: its notice files, the license texts it ships, and its prose
 * documents.
 *
 * @param notices      parsed notice files (NOTICE, THIRD_PARTY*, credits, acknowledgements…)
 * @param licenseTexts full license texts shipped (LICENSE files, LICENSES/, third-party license files)
 * @param prose        README-like documents, line by line
 */
public record RepositoryCredits(List<NoticeFile> notices, List<ShippedLicense> licenseTexts,
                                List<ProseDocument> prose) {
    /** A repository that credits nothing. */
    public static final RepositoryCredits NONE = new RepositoryCredits(List.of(), List.of(), List.of());

    public RepositoryCredits {
        notices = List.copyOf(notices);
        licenseTexts = List.copyOf(licenseTexts);
        prose = List.copyOf(prose);
    }

    /**
     * A license text found in a file.
     *
     * @param path       the file
     * @param expression the license it is
     * @param lines      where the text is
     */
    public record ShippedLicense(String path, String expression, LineRange lines) {
        public ShippedLicense {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expression, "expression");
        }
    }

    /**
     * A prose document's lines (each capped), for finding the names and addresses of upstreams in it.
     *
     * @param path  the file
     * @param lines its lines, in order
     */
    public record ProseDocument(String path, List<String> lines) {
        public ProseDocument {
            Objects.requireNonNull(path, "path");
            lines = List.copyOf(lines);
        }
    }
}
