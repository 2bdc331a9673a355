package dev.provenance.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision, written in the policy file, that findings of one rule at some paths or about some upstream are
 * accepted.
 *
 * <p>A waiver applies to a violation when the rule ids are equal, {@code path} (when given) matches the violation's
 * path, and {@code origin} (when given) matches the upstream the violation is about. Paths are matched like a
 * {@code .gitignore} line: {@code *}, {@code ?} and {@code [a-z]} within a segment, {@code **} across segments, a
 * pattern without {@code /} matches a name at any depth, and a pattern matching a directory covers everything below
 * it. Origins match the component name or {@code component@version}, {@code *} matching anything, case ignored.
 * From the day after {@code expires} the waiver no longer applies and is itself reported ({@code waiver-expired}).
 *
 * @param rule    the rule id it waives
 * @param path    a path glob relative to the scanned root (gitignore-like: {@code *}, {@code ?}, {@code [a-z]},
 *                {@code **}), or empty
 * @param origin  a component glob ({@code acme-rope}, {@code acme-*}, {@code acme-rope@1.4.*}), or empty; at
 *                least one of {@code path} and {@code origin} is given
 * @param reason  why
 * @param comment free text; required when the reason is {@link WaiverReason#OTHER}, otherwise possibly empty
 * @param expires the last day the waiver applies, or {@code null} for none
 * @param line    the waiver's 1-based line in the policy file; 0 for a waiver not read from a file
 */
public record Waiver(String rule, String path, String origin, WaiverReason reason, String comment, LocalDate expires,
                     int line) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(comment, "comment");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("a waiver names a rule");
        }
        if (path.isEmpty() && origin.isEmpty()) {
            throw new IllegalArgumentException("a waiver of " + rule + " needs a path or an origin");
        }
        if (reason == WaiverReason.OTHER && comment.isBlank()) {
            throw new IllegalArgumentException("a waiver with reason OTHER needs a comment");
        }
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
        if (!path.isEmpty()) {
            PathPattern.compile(path);
        }
        if (!origin.isEmpty()) {
            OriginPattern.compile(origin);
        }
    }

    /** Whether the waiver has stopped applying on {@code today}: its {@code expires} day is before it. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /** What it covers, for messages: {@code snippet-unattributed on src/vendor/** (origin acme-rope)}. */
    public String scope() {
        if (origin.isEmpty()) {
            return rule + " on " + path;
        }
        return path.isEmpty() ? rule + " for origin " + origin : rule + " on " + path + " (origin " + origin + ")";
    }
}
