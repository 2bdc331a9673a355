package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.license.Compatibility;
import dev.provenance.license.CompatibilityVerdict;
import dev.provenance.license.Declaration;
import dev.provenance.license.LicenseCompatibility;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Code under a license that cannot be distributed under the repository's own: a copied snippet whose origin's
 * license is not compatible (one-way, inbound → outbound) with the repository's declared licenses, or a file header
 * stating such a license (a GPL-2.0-only header inside an Apache-2.0 repository). A pair the compatibility table
 * does not settle is reported at WARNING as "needs review", never passed silently.
 */
final class LicenseIncompatibleRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "license-incompatible", Severity.ERROR,
            "Code under a license that cannot be distributed under the repository's license",
            "Remove the code or replace it with code under a compatible license; or relicense the repository so "
                    + "that it can carry the code (and declare that license); or obtain the authors' permission and "
                    + "record it with a waiver (reason LICENSE_PERMITS).");

    private final LicenseCompatibility compatibility;

    LicenseIncompatibleRule(LicenseCompatibility compatibility) {
        this.compatibility = compatibility;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        Set<String> outbound = new LinkedHashSet<>();
        for (Declaration d : scan.declared()) {
            if (d.known()) {
                outbound.add(d.expression());
            }
        }
        if (outbound.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (AttributedSnippet s : scan.snippets()) {
            String inbound = s.origin().license();
            if (inbound.isBlank()) {
                continue;
            }
            for (String repository : outbound) {
                Compatibility c = compatibility.check(inbound, repository);
                if (c.verdict() != CompatibilityVerdict.COMPATIBLE) {
                    reported.add(s.path() + '\u0000' + inbound);
                    violations.add(new Violation(DESCRIPTOR.id(), severity(c), s.path(), s.lines(),
                            SnippetWords.copies(s) + ", " + verdict(c) + " with the repository's " + repository
                                    + ": " + c.reason(),
                            DESCRIPTOR.howToFix(), s.origin().coordinates()));
                }
            }
        }
        for (FileReport file : scan.files()) {
            for (LicenseFinding finding : file.licenses()) {
                boolean header = finding.source() == LicenseSource.HEADER_NOTICE
                        || finding.source() == LicenseSource.SPDX_TAG;
                if (!header || !finding.known() || reported.contains(file.path() + '\u0000' + finding.expression())
                        || declaresRepository(scan, file, finding)) {
                    continue;
                }
                for (String repository : outbound) {
                    Compatibility c = compatibility.check(finding.expression(), repository);
                    if (c.verdict() != CompatibilityVerdict.COMPATIBLE) {
                        violations.add(new Violation(DESCRIPTOR.id(), severity(c), file.path(), finding.lines(),
                                "the header states " + finding.expression() + ", " + verdict(c)
                                        + " with the repository's " + repository + ": " + c.reason(),
                                DESCRIPTOR.howToFix(), ""));
                    }
                }
            }
        }
        return violations;
    }

    /** A repository-level declaration found in this file (a root README's SPDX tag) is the outbound itself. */
    private static boolean declaresRepository(ScanResult scan, FileReport file, LicenseFinding finding) {
        return scan.declared().stream().anyMatch(d -> d.source().equals(file.path())
                && d.expression().equals(finding.expression()));
    }

    private static Severity severity(Compatibility c) {
        return c.verdict() == CompatibilityVerdict.INCOMPATIBLE ? DESCRIPTOR.severity() : Severity.WARNING;
    }

    private static String verdict(Compatibility c) {
        return c.verdict() == CompatibilityVerdict.INCOMPATIBLE ? "incompatible" : "needs review";
    }
}
