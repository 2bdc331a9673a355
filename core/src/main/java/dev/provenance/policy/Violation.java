package dev.provenance.policy;

import dev.provenance.text.LineRange;
import java.util.Comparator;
import java.util.Objects;

/**
 * One breach of a rule.
 *
 * @param rule     the rule id
 * @param severity its severity
 * @param path     the file it is about, relative to the root; {@code .} for the repository as a whole
 * @param lines    the lines it is about; {@code null} for a whole file or the repository
 * @param message  what is wrong, naming the files involved
 * @param howToFix what to do about it
 */
public record Violation(String rule, Severity severity, String path, LineRange lines, String message,
                        String howToFix) implements Comparable<Violation> {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path)
            .thenComparingInt((Violation v) -> v.lines() == null ? 0 : v.lines().first())
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(howToFix, "howToFix");
    }

    /** A violation of {@code rule} at its default severity. */
    public static Violation of(RuleDescriptor rule, String path, LineRange lines, String message) {
        return new Violation(rule.id(), rule.severity(), path, lines, message, rule.howToFix());
    }

    /** {@code path:line}, or the path alone. */
    public String location() {
        return lines == null ? path : path + ":" + lines.first();
    }

    @Override
    public int compareTo(Violation o) {
        return ORDER.compare(this, o);
    }
}
