package dev.provenance.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id, default severity, one-line title and the fix it asks for.
 *
 * @param id       kebab-case, stable across releases ({@code license-undeclared})
 * @param severity default severity
 * @param title    what the rule finds, as a phrase
 * @param howToFix what a user does about a violation
 */
public record RuleDescriptor(String id, Severity severity, String title, String howToFix) {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(howToFix, "howToFix");
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
    }
}
