package dev.provenance.policy;

/**
 * A policy file that cannot be used: unreadable, not YAML, or not the policy schema. The message names the file,
 * the line and column when known, and the problem, e.g.
 * {@code provenance-policy.yaml:7:13: waivers[1].reason must be one of ORIGINAL_WORK, NOT_COPIED, LICENSE_PERMITS,
 * TEST_DATA, OTHER, not 'BECAUSE'}.
 */
public final class PolicyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    PolicyFileException(String source, int line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    PolicyFileException(String source, int line, int column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(problem).toString();
    }

    /** How the file is named in the message. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem; 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem; 0 when unknown. */
    public int column() {
        return column;
    }
}
