package dev.provenance.license;

import org.spdx.library.SpdxModelFactory;

/**
 * Forces spdx-java-library to use only the license list in its jar: it must never reach for the network. Every call
 * into the library goes after {@link #initialise()}.
 */
final class SpdxOffline {
    private SpdxOffline() {
    }

    /** Sets the library's offline switches; call before the library's first use. */
    static void ensure() {
        System.setProperty(LicenseCatalog.USE_JAR_ONLY, "true");
        System.setProperty(LicenseCatalog.LOCAL_ONLY, "true");
    }

    /**
     * Sets the offline switches and initialises the library's model factories, once per JVM (about 0.1 s, paid only
     * when the library is actually used: a license text, an expression to confirm, a candidate to compare).
     */
    static void initialise() {
        if (!Initialised.DONE) {
            throw new IllegalStateException("spdx-java-library was not initialised");
        }
    }

    /** Holder: the JVM's class initialisation runs {@link #init()} once, thread-safely, on first use. */
    private static final class Initialised {
        static final boolean DONE = init();

        private static boolean init() {
            ensure();
            SpdxModelFactory.init();
            return true;
        }
    }
}
