package dev.provenance.policy;

import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseSource;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The repository's own declarations disagree: a manifest or the model card names a license that none of the root
 * license files holds, two manifests name disjoint licenses, or a root license file holds a license that no
 * statement declares. Each disagreement is reported once, at the declaration that departs from the others.
 *
 * <p>Declarations are compared by license family (see {@link LicenseExpressionIds}): {@code MIT OR Apache-2.0} in
 * Cargo.toml agrees with a LICENSE-MIT file, and {@code GPL-3.0-or-later} agrees with the GPL-3.0 text. Unknown
 * licenses are left to {@code license-unknown}: they cannot be compared.
 */
final class LicenseDeclarationConflictRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-declaration-conflict", Severity.ERROR,
            "The repository's own license declarations disagree",
            "Decide which license the repository is under, then make the LICENSE file, the build manifests and "
                    + "the model card front matter all say that license (or the same SPDX expression).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        List<Declaration> texts = new ArrayList<>();
        List<Declaration> statements = new ArrayList<>();
        for (Declaration d : scan.declared()) {
            if (d.known()) {
                (d.kind() == LicenseSource.LICENSE_TEXT ? texts : statements).add(d);
            }
        }
        List<Violation> violations = new ArrayList<>();
        Set<Declaration> reported = new HashSet<>();
        Set<String> textFamilies = new TreeSet<>();
        texts.forEach(t -> textFamilies.addAll(LicenseExpressionIds.families(t.expression())));
        for (Declaration statement : statements) {
            Set<String> families = LicenseExpressionIds.families(statement.expression());
            if (!texts.isEmpty() && Collections.disjoint(families, textFamilies)) {
                violations.add(conflict(statement, texts));
                reported.add(statement);
            }
        }
        boolean textsAlreadyNamed = !reported.isEmpty();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Declaration a = statements.get(i);
                Declaration b = statements.get(j);
                if (!reported.contains(b) && Collections.disjoint(LicenseExpressionIds.families(a.expression()),
                        LicenseExpressionIds.families(b.expression()))) {
                    violations.add(conflict(b, List.of(a)));
                    reported.add(b);
                }
            }
        }
        if (!statements.isEmpty() && !textsAlreadyNamed) {
            Set<String> stated = new TreeSet<>();
            statements.forEach(s -> stated.addAll(LicenseExpressionIds.families(s.expression())));
            for (Declaration text : texts) {
                if (Collections.disjoint(LicenseExpressionIds.families(text.expression()), stated)) {
                    violations.add(conflict(text, statements));
                }
            }
        }
        return violations;
    }

    private static Violation conflict(Declaration declaration, List<Declaration> others) {
        StringBuilder message = new StringBuilder()
                .append("declares ").append(declaration.expression())
                .append(" (").append(describe(declaration.kind())).append(") but ");
        for (int i = 0; i < others.size(); i++) {
            Declaration other = others.get(i);
            if (i > 0) {
                message.append(i == others.size() - 1 ? " and " : ", ");
            }
            message.append(other.location()).append(other.kind() == LicenseSource.LICENSE_TEXT ? " holds " : " declares ")
                    .append(other.expression());
        }
        return Violation.of(DESCRIPTOR, declaration.source(), declaration.lines(), message.toString());
    }

    private static String describe(LicenseSource kind) {
        return switch (kind) {
            case LICENSE_TEXT -> "license text";
            case MANIFEST -> "manifest";
            case MODEL_CARD -> "model card front matter";
            case SPDX_TAG -> "SPDX tag";
            case HEADER_NOTICE -> "license notice";
            case REUSE -> "REUSE annotation";
        };
    }
}
