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
            return Optional.of(directoryUri(Path.of(root).toAbsolutePath().normalize()));
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * What {@code %SRCROOT%} stands for and the prefix of every scanned path below it: the scanned root and no
     * prefix, or, with a {@code base} directory that holds the scanned root (the repository's top directory when a
     * module of it was scanned), that directory and the scanned root's path in it ({@code module-a/}).
     *
     * @throws IllegalArgumentException when the scanned root is not {@code base} or below it
     */
    static Base base(String scanRoot, Path base) {
        if (base == null) {
            return new Base(root(scanRoot), "");
        }
        Path top = base.toAbsolutePath().normalize();
        Path scanned = Path.of(scanRoot).toAbsolutePath().normalize();
        if (!scanned.startsWith(top)) {
            throw new IllegalArgumentException("the scanned directory " + scanned + " is not inside " + top
                    + ", which SARIF URIs are to be relative to");
        }
        StringBuilder prefix = new StringBuilder();
        for (Path segment : top.relativize(scanned)) {
            if (!segment.toString().isEmpty()) {
                prefix.append(segment).append('/');
            }
        }
        return new Base(Optional.of(directoryUri(top)), prefix.toString());
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * The directory result URIs are relative to, and the scanned root's place in it.
     *
     * @param uri    {@code %SRCROOT%} as an absolute {@code file:} URI ending in {@code /}; empty when unknown
     * @param prefix the scanned root relative to it, {@code /}-terminated; empty when it is the scanned root
     */
    record Base(Optional<String> uri, String prefix) {
        /** A path of the scan relative to {@code %SRCROOT%}; {@code .} (the scanned root) as the prefix alone. */
        String path(String scanPath) {
            if (scanPath.equals(".")) {
                return prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1);
            }
            return prefix + scanPath;
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
