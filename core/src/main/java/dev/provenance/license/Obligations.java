package dev.provenance.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What must travel with a copy of code under a license expression, read from the obligations table
 * ({@link LicenseObligations}).
 *
 * @param expression          the expression these obligations are for, as evaluated (canonical where it could be)
 * @param choice              the licenses whose duties these are: {@code expression} itself, or, where it offers a
 *                            choice ({@code OR}), the least demanding option ({@code MIT} of {@code MIT OR
 *                            Apache-2.0})
 * @param known               whether every license of {@code choice} is in the obligations table; when false the
 *                            duties below are a conservative default (keep every notice in the file, ship the
 *                            license text and the NOTICE file, mark changes) and must be reviewed
 * @param attributionRequired whether the upstream copyright notice must be kept at all (false for CC0-1.0,
 *                            Unlicense, 0BSD)
 * @param placement           where the notice must be kept; {@link NoticePlacement#NONE} exactly when no
 *                            attribution is required
 * @param licenseText         whether the license text must ship with the copy
 * @param noticePropagation   whether the upstream NOTICE file's attribution notices must be carried on
 * @param stateChanges        whether modified files must say they were changed
 * @param disclosure          how much source must be made available
 * @param shareAlike          whether derivatives must be licensed under the same license
 * @param useRestrictions     restrictions on use that travel with the copy (CC-BY-NC, model licenses), as sentences
 * @param conditions          other duties (displays such as "Built with Llama", naming rules), as sentences
 * @param basis               the clause behind each duty, in table order
 * @param notes               what a reader of a verdict should know: the choice made among alternatives, an id or
 *                            exception the table does not know
 * @param alternatives        for an expression that offers a choice, the obligations of each option (in the
 *                            expression's order); empty otherwise
 */
public record Obligations(
        String expression,
        String choice,
        boolean known,
        boolean attributionRequired,
        NoticePlacement placement,
        boolean licenseText,
        boolean noticePropagation,
        boolean stateChanges,
        DisclosureScope disclosure,
        boolean shareAlike,
        List<String> useRestrictions,
        List<String> conditions,
        List<Basis> basis,
        List<String> notes,
        List<Obligations> alternatives) {

    public Obligations {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(disclosure, "disclosure");
        if (expression.isBlank() || choice.isBlank()) {
            throw new IllegalArgumentException("obligations need an expression");
        }
        if (attributionRequired == (placement == NoticePlacement.NONE)) {
            throw new IllegalArgumentException("placement " + placement + " contradicts attributionRequired="
                    + attributionRequired + " for " + expression);
        }
        useRestrictions = List.copyOf(useRestrictions);
        conditions = List.copyOf(conditions);
        basis = List.copyOf(basis);
        notes = List.copyOf(notes);
        alternatives = List.copyOf(alternatives);
    }

    /** One duty and the clause of the license that imposes it. */
    public record Basis(Duty duty, LicenseClause clause) {
        public Basis {
            Objects.requireNonNull(duty, "duty");
            Objects.requireNonNull(clause, "clause");
        }
    }

    /**
     * The conservative obligations of a license (or expression) the table does not know: keep every notice in the
     * source file, ship the license text and NOTICE, mark changes, and review the terms; {@code known} is false.
     */
    static Obligations unknown(String expression, String note) {
        return new Obligations(expression, expression, false, true, NoticePlacement.SOURCE_FILE, true, true, true,
                DisclosureScope.NONE, false, List.of(), List.of(), List.of(), List.of(note), List.of());
    }

    /**
     * Whether a copyright notice found at {@code found} satisfies the notice duty: any place when none is required,
     * the source file or anywhere in the distribution for {@link NoticePlacement#DISTRIBUTION} (MIT), only the
     * source file for {@link NoticePlacement#SOURCE_FILE} (Apache-2.0, BSD). {@code NONE} means no notice was found.
     */
    public boolean noticeSatisfiedBy(NoticePlacement found) {
        Objects.requireNonNull(found, "found");
        return !attributionRequired || found.compareTo(placement) >= 0;
    }

    /** Whether nothing at all must travel with a copy (a public-domain dedication). */
    public boolean noDuties() {
        return known && !attributionRequired && !licenseText && !noticePropagation && !stateChanges
                && disclosure == DisclosureScope.NONE && !shareAlike && useRestrictions.isEmpty()
                && conditions.isEmpty();
    }

    /**
     * One line for messages, e.g. {@code BSD-3-Clause: keep the copyright notice and license in the source file} or
     * {@code MIT OR Apache-2.0 (MIT chosen): keep the copyright notice and license anywhere in the distribution}.
     */
    public String summary() {
        String subject = choice.equals(expression) ? expression : expression + " (" + choice + " chosen)";
        if (!known) {
            return subject + ": not in the obligations table; keep the copyright notice and license in the source"
                    + " file, carry any NOTICE on, and review its terms";
        }
        if (noDuties()) {
            return subject + ": no attribution required";
        }
        List<String> parts = new ArrayList<>();
        String what = licenseText ? "the copyright notice and license" : "the copyright notice";
        switch (placement) {
            case SOURCE_FILE -> parts.add("keep " + what + " in the source file");
            case DISTRIBUTION -> parts.add("keep " + what + " anywhere in the distribution");
            case NONE -> {
                if (licenseText) {
                    parts.add("ship the license text");
                }
            }
        }
        if (noticePropagation) {
            parts.add("carry the upstream NOTICE on");
        }
        if (stateChanges) {
            parts.add("mark modified files as changed");
        }
        switch (disclosure) {
            case FILE -> parts.add("keep the files holding the copy under the same license, source available");
            case LIBRARY -> parts.add("keep the library's source available under the same license");
            case WORK -> parts.add("license the whole work the same way and offer its source");
            case NETWORK -> parts.add("license the whole work the same way and offer its source, also to network"
                    + " users");
            case NONE -> {
                if (shareAlike) {
                    parts.add("license adaptations under the same license");
                }
            }
        }
        useRestrictions.forEach(r -> parts.add("pass on the use restriction: " + r));
        conditions.forEach(parts::add);
        return subject + ": " + String.join("; ", parts);
    }
}
