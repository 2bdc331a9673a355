package dev.provenance.report;

import dev.provenance.match.Origin;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The URIs a SARIF report names: scanned files relative to {@code %SRCROOT%}, the root itself, upstream files. */
final class SarifUris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /**
     * A {@code /}-separated relative path as a relative URI reference: every byte outside RFC 3986's unreserved
     * characters, sub-delimiters and {@code @} percent-encoded (so {@code :}, {@code %}, {@code ?}, {@code #},
     * spaces and non-ASCII characters are), {@code /} kept as the separator.
     */
    static String relative(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (kept(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return uri.toString();
    }

    private static boolean kept(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
    }

    /**
     * The scanned root as an absolute {@code file:} URI ending in {@code /} (what {@code %SRCROOT%} stands for),
     * or empty when the root is not a path of this file system.
     */
    static Optional<String> root(String root) {
        try {
            String uri = Path.of(root).toAbsolutePath().normalize().toUri().toASCIIString();
            return Optional.of(uri.endsWith("/") ? uri : uri + "/");
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The upstream file as a package URL with the file as its subpath
     * ({@code pkg:pypi/acme-rope@1.4.0#acme_rope/rotary.py}); the package URL alone when it already has a subpath;
     * empty when the origin has no package URL or it is not an absolute URI.
     */
    static Optional<String> upstream(Origin origin) {
        String purl = origin.purl().strip();
        if (purl.isEmpty()) {
            return Optional.empty();
        }
        String uri = purl.indexOf('#') >= 0 || origin.path().isEmpty() ? purl : purl + "#" + relative(origin.path());
        try {
            URI parsed = new URI(uri);
            if (!parsed.isAbsolute() || !parsed.toASCIIString().equals(uri)) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }
}
