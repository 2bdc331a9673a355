package dev.provenance.archive;

import dev.provenance.scan.ScanIssue;
import java.util.Objects;

/**
 * One entry refused, or one archive stopped, with the reason.
 *
 * @param path    the entry's name as the archive gives it, after the archive's own path and {@code !/} (for
 *                example {@code lib.zip!/../evil.py}); the archive's path alone when the whole archive stopped
 * @param reason  why
 * @param message what happened, for a person
 */
public record ArchiveNote(String path, ArchiveRefusal reason, String message) {
    public ArchiveNote {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public ScanIssue toIssue() {
        return new ScanIssue(path, reason.issueCode(), message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
