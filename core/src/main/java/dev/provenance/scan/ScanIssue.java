package dev.provenance.scan;

import java.util.Objects;

/**
 * One problem with the scanned input. It never stops the scan.
 *
 * @param path    path relative to the scanned root, {@code /}-separated ({@code .} for the root itself)
 * @param code    stable code
 * @param message what went wrong and what was done about it, e.g.
 *                {@code line 7: trailing comma before '}'; inventoried but not parsed}
 */
public record ScanIssue(String path, IssueCode code, String message) implements Comparable<ScanIssue> {
    public ScanIssue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(ScanIssue o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = code.compareTo(o.code);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return path + ": " + code.id() + ": " + message;
    }
}
