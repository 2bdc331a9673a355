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
 * @param origin   the upstream the violation is about, {@code component@version}, when it is about a snippet (whose
 *                 {@code path} and {@code lines} the violation then carries) or a component; empty otherwise
 */
public record Violation(String rule, Severity severity, String path, LineRange lines, String message,
                        String howToFix, String origin) implements Comparable<Violation> {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path)
            .thenComparingInt((Violation v) -> v.lines() == null ? 0 : v.lines().first())
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message)
            .thenComparing(Violation::origin);

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(howToFix, "howToFix");
        Objects.requireNonNull(origin, "origin");
    }

    /** A violation of {@code rule} at its default severity. */
    public static Violation of(RuleDescriptor rule, String path, LineRange lines, String message) {
        return new Violation(rule.id(), rule.severity(), path, lines, message, rule.howToFix(), "");
    }

    /** A violation of {@code rule} about the upstream {@code origin} ({@code component@version}). */
    public static Violation about(RuleDescriptor rule, String origin, String path, LineRange lines, String message,
                                  String howToFix) {
        return new Violation(rule.id(), rule.severity(), path, lines, message, howToFix, origin);
    }

    /** The same violation at {@code newSeverity}. */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(rule, newSeverity, path, lines, message, howToFix, origin);
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
