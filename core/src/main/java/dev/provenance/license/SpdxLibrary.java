package dev.provenance.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ListedLicenses;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.InvalidLicenseExpression;
import org.spdx.library.model.v2.license.SpdxListedLicense;
import org.spdx.utility.compare.CompareTemplateOutputHandler.DifferenceDescription;
import org.spdx.utility.compare.LicenseCompareHelper;

/**
 * Every call Provenance makes into spdx-java-library, offline. Each one first {@link SpdxOffline#initialise()
 * initialises} the library (once per JVM); no other class of this package names a library type, so that loading
 * the catalog and the matcher neither starts the library nor opens its jars beyond a resource look-up.
 */
final class SpdxLibrary {
    private SpdxLibrary() {
    }

    /** The listed licenses as the library bundles them. */
    record Listing(String listVersion, Map<String, String> names, List<String> currentIds, List<String> exceptionIds) {
    }

    /** Every listed license (about 1.5 s: the library reads each one), with its name and whether it is current. */
    static Listing listing() {
        SpdxOffline.initialise();
        ListedLicenses listed = ListedLicenses.getListedLicenses();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        try {
            for (String id : listed.getSpdxListedLicenseIds()) {
                SpdxListedLicense license = listed.getListedLicenseByIdCompatV2(id);
                String name = license.getName();
                names.put(id, name == null || name.isBlank() ? id : name);
                if (!license.isDeprecated()) {
                    current.add(id);
                }
            }
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("the bundled SPDX license list cannot be read", e);
        }
        return new Listing(listed.getLicenseListVersion(), names, current, listed.getSpdxListedExceptionIds());
    }

    /** The version of the bundled list (a quarter of a second on first use: the library reads its list index). */
    static String licenseListVersion() {
        SpdxOffline.initialise();
        return LicenseInfoFactory.getLicenseListVersion();
    }

    /** The license text of listed license {@code id} (canonical). */
    static Optional<String> text(String id) {
        try {
            return Optional.ofNullable(listedLicense(id).getLicenseText());
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("bundled SPDX license " + id + " cannot be read", e);
        }
    }

    /** The text of listed license exception {@code id} (canonical). */
    static Optional<String> exceptionText(String id) {
        SpdxOffline.initialise();
        try {
            return Optional.ofNullable(ListedLicenses.getListedLicenses().getListedExceptionByIdCompatV2(id)
                    .getLicenseExceptionText());
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("bundled SPDX license exception " + id + " cannot be read", e);
        }
    }

    /** The standard template of listed license {@code id} (canonical), or its text when it has no template. */
    static String template(String id) {
        try {
            SpdxListedLicense license = listedLicense(id);
            String template = license.getStandardLicenseTemplate();
            return template == null || template.isBlank() ? license.getLicenseText() : template;
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("bundled SPDX license " + id + " cannot be read", e);
        }
    }

    /** Whether the library's parser accepts {@code expression}. */
    static boolean acceptsExpression(String expression) {
        SpdxOffline.initialise();
        try {
            AnyLicenseInfo parsed = LicenseInfoFactory.parseSPDXLicenseStringCompatV2(expression);
            return !(parsed instanceof InvalidLicenseExpression);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Whether {@code text} is listed license {@code id} (canonical) by the library's template comparison; false too
     * when the comparison fails.
     */
    static boolean isStandardLicenseText(String id, String text) {
        try {
            DifferenceDescription difference = LicenseCompareHelper.isTextStandardLicense(listedLicense(id), text);
            return !difference.isDifferenceFound();
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    private static SpdxListedLicense listedLicense(String id) throws InvalidSPDXAnalysisException {
        SpdxOffline.initialise();
        return ListedLicenses.getListedLicenses().getListedLicenseByIdCompatV2(id);
    }
}
