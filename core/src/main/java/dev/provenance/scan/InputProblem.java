package dev.provenance.scan;

import java.util.Objects;

/**
 * Thrown by a detector or parser that cannot read one file; the scanner turns it into a {@link ScanIssue} and goes
 * on with the next detector and the next file.
 */
public final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final IssueCode code;

    public InputProblem(IssueCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public InputProblem(IssueCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public IssueCode code() {
        return code;
    }

    /** This problem as an issue on {@code path}. */
    public ScanIssue toIssue(String path) {
        return new ScanIssue(path, code, getMessage());
    }
}
