package dev.provenance.report;

import org.spdx.library.SpdxModelFactory;

/**
 * Starts spdx-java-library for the SPDX report the way {@code dev.provenance.license} does: only the license list in
 * its jar, never the network. The switches are the library's system properties
 * {@code org.spdx.useJARLicenseInfoOnly} and {@code SPDXParser.OnlyUseLocalLicenses}; they are set before the
 * library's first use here, whichever package uses it first.
 */
final class OfflineSpdx {
    static final String USE_JAR_ONLY = "org.spdx.useJARLicenseInfoOnly";
    static final String LOCAL_ONLY = "SPDXParser.OnlyUseLocalLicenses";

    private OfflineSpdx() {
    }

    /** Sets the offline switches and initialises the library's model factories, once per JVM. */
    static void start() {
        if (!Started.DONE) {
            throw new IllegalStateException("spdx-java-library was not started");
        }
    }

    /** Holder: the JVM's class initialisation runs {@link #init()} once, thread-safely, on first use. */
    private static final class Started {
        static final boolean DONE = init();

        private static boolean init() {
            System.setProperty(USE_JAR_ONLY, "true");
            System.setProperty(LOCAL_ONLY, "true");
            SpdxModelFactory.init();
            return true;
        }
    }
}
