package dev.provenance.scan;

import dev.provenance.inventory.FileKind;
import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.notice.LegalRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves license statements that point at a file instead of naming a license: a header's "governed by a
 * BSD-style license that can be found in the LICENSE file" (expression {@code BSD-style}), and a manifest's
 * {@code SEE LICENSE IN <file>} ({@code license-file}, {@code {file = …}}). The pointer takes the license of the
 * file it points at — the nearest LICENSE above the header's file, or the named file — and stays unknown when that
 * file holds no known license text.
 */
final class LicensePointers {
    private static final String SEE_LICENSE_IN = "SEE LICENSE IN ";
    private static final String STYLE_SUFFIX = "-style";

    /** The first known license text of each license file, by path. */
    private final Map<String, String> licenseTexts = new HashMap<>();
    /** The same, by directory ({@code ""} for the root), for the "LICENSE file" of a header's pointer. */
    private final Map<String, String> licenseByDirectory = new TreeMap<>();

    LicensePointers(List<FileAnalysis> analyses) {
        for (FileAnalysis a : analyses) {
            if (a.file().kind() != FileKind.LEGAL) {
                continue;
            }
            Optional<String> text = a.licenses().stream()
                    .filter(l -> l.source() == LicenseSource.LICENSE_TEXT && l.known())
                    .map(LicenseFinding::expression)
                    .findFirst();
            if (text.isEmpty()) {
                continue;
            }
            licenseTexts.put(a.path(), text.get());
            if (LegalRole.of(a.path()) == LegalRole.LICENSE) {
                licenseByDirectory.putIfAbsent(directory(a.path()), text.get());
            }
        }
    }

    /** The finding with its pointer resolved, or the finding itself when it is not a resolvable pointer. */
    LicenseFinding resolve(String path, LicenseFinding finding) {
        if (finding.known()) {
            return finding;
        }
        Optional<String> target = Optional.empty();
        String expression = finding.expression();
        if (expression.startsWith(SEE_LICENSE_IN)) {
            target = Optional.ofNullable(licenseTexts.get(join(directory(path), expression.substring(SEE_LICENSE_IN.length()))));
        } else if (finding.source() == LicenseSource.HEADER_NOTICE && expression.endsWith(STYLE_SUFFIX)) {
            target = nearestLicense(path);
        }
        return target.map(resolved -> new LicenseFinding(resolved, finding.source(), finding.lines(), true,
                finding.declaredAs())).orElse(finding);
    }

    private Optional<String> nearestLicense(String path) {
        String dir = directory(path);
        while (true) {
            String found = licenseByDirectory.get(dir);
            if (found != null) {
                return Optional.of(found);
            }
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            dir = directory(dir.substring(0, dir.length() - 1));
        }
    }

    /** The directory of {@code path} with a trailing {@code /}, or {@code ""} at the root. */
    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String join(String directory, String relative) {
        String r = relative.strip();
        while (r.startsWith("./")) {
            r = r.substring(2);
        }
        return directory + r;
    }
}
