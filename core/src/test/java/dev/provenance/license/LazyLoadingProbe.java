package dev.provenance.license;

import dev.provenance.text.TextFile;

/**
 * Run in a fresh JVM with class loading logged by {@link LicenseStartupTest}: marks the moments after the catalog and
 * the shared matcher are obtained, after a one-id SPDX tag is normalised, and after a first text is matched.
 */
public final class LazyLoadingProbe {
    private LazyLoadingProbe() {
    }

    public static void main(String[] args) {
        LicenseCatalog catalog = LicenseCatalog.bundled();
        LicenseTextMatcher matcher = LicenseTextMatcher.shared();
        mark("obtained " + catalog.origin());
        String expression = catalog.normalize("apache-2.0").expression();
        mark("normalised " + expression);
        int findings = matcher.find(new TextFile("README", "This is a readme that is not a license at all, "
                + "it says how to build the project and where to send questions.\n")).size();
        mark("matched " + findings + " " + matcher.indexOrigin());
    }

    private static void mark(String what) {
        System.out.flush();
        System.out.println("MARK " + what);
        System.out.flush();
    }
}
