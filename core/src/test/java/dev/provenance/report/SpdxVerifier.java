package dev.provenance.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The SPDX tools' verifier ({@code org.spdx:tools-java}, its self-contained jar) run in-process, offline, in a class
 * loader of its own: it checks documents with the library versions it ships, not with the ones Provenance builds them
 * with, so a document passes only if a stock verifier accepts it.
 */
final class SpdxVerifier {
    private SpdxVerifier() {
    }

    /**
     * What {@code org.spdx.tools.Verify.verify(file, JSON)} reports for {@code file}: empty when the document is
     * valid; deprecation notices ({@code "… is deprecated."}), which the verifier's command line shows as warnings,
     * are left out.
     */
    static List<String> verify(Path file) throws Exception {
        Loaded loaded = Loaded.INSTANCE;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loaded.loader);
        try {
            @SuppressWarnings("unchecked")
            List<String> messages = (List<String>) loaded.verify.invoke(null, file.toString(), loaded.json);
            return messages.stream().filter(m -> !m.contains(" is deprecated.")).toList();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The verifier, loaded once per test JVM. */
    private static final class Loaded {
        static final Loaded INSTANCE = load();

        final URLClassLoader loader;
        final Method verify;
        final Object json;

        private Loaded(URLClassLoader loader, Method verify, Object json) {
            this.loader = loader;
            this.verify = verify;
            this.json = json;
        }

        /**
         * The verifier's jar: the build passes its path ({@code provenance.spdxTools}, the jar being kept off the
         * test classpath); an IDE run that has it on the classpath finds it there.
         */
        private static URL jar() throws ReflectiveOperationException {
            String path = System.getProperty("provenance.spdxTools", "");
            if (!path.isBlank() && !path.startsWith("${")) {
                try {
                    return Path.of(path).toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException("provenance.spdxTools is no jar path: " + path, e);
                }
            }
            return Class.forName("org.spdx.tools.Verify", false, SpdxVerifier.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation();
        }

        private static Loaded load() {
            try {
                System.setProperty(OfflineSpdx.USE_JAR_ONLY, "true");
                System.setProperty(OfflineSpdx.LOCAL_ONLY, "true");
                // the verifier's jar logs through its own slf4j-simple: its warnings (with stack traces, for the
                // broken documents the tests feed it on purpose) would only clutter the build log
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
                URL jar = jar();
                URLClassLoader loader = new URLClassLoader("spdx-tools-verify", new URL[] {jar},
                        ClassLoader.getPlatformClassLoader());
                Class<?> helper = loader.loadClass("org.spdx.tools.SpdxToolsHelper");
                Class<?> fileType = loader.loadClass("org.spdx.tools.SpdxToolsHelper$SerFileType");
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try {
                    helper.getMethod("initialize").invoke(null);
                } finally {
                    thread.setContextClassLoader(previous);
                }
                Object json = fileType.getMethod("valueOf", String.class).invoke(null, "JSON");
                Method verify = loader.loadClass("org.spdx.tools.Verify").getMethod("verify", String.class, fileType);
                return new Loaded(loader, verify, json);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the SPDX tools' verifier cannot be loaded", e);
            }
        }
    }
}
