package dev.provenance.license;

/** Forces spdx-java-library to use only the license list in its jar: it must never reach for the network. */
final class SpdxOffline {
    private SpdxOffline() {
    }

    /** Sets the library's offline switches; call before the library's first use. */
    static void ensure() {
        System.setProperty(LicenseCatalog.USE_JAR_ONLY, "true");
        System.setProperty(LicenseCatalog.LOCAL_ONLY, "true");
    }
}
