package dev.provenance.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.model.v3_0_1.expandedlicensing.ListedLicense;

/**
 * Completes a test-project before its build: license texts and standard license headers are third-party text, so
 * they are never committed; the fixtures carry markers that this class replaces with the text that
 * spdx-java-library ships (offline, its bundled list).
 *
 * <ul>
 *   <li>a line {@code @@license-text ID[ holder]@@} becomes the full text of license ID, its copyright placeholder
 *       (if any) filled with {@code holder};</li>
 *   <li>a line {@code <prefix>@@license-header ID@@} becomes the license's standard header, each line behind
 *       {@code <prefix>} (a comment marker), its copyright placeholder line dropped.</li>
 * </ul>
 * Called from the test-projects' {@code setup.groovy} (the invoker runs it with the test class path).
 */
public final class Fixtures {
    private static final Pattern TEXT = Pattern.compile("^@@license-text (\\S+)(?: (.+))?@@$", Pattern.MULTILINE);
    private static final Pattern HEADER = Pattern.compile("^(.*)@@license-header (\\S+)@@$", Pattern.MULTILINE);
    private static final Pattern YEAR_HOLDER = Pattern.compile("<year>\\s+<copyright holders>");
    private static final Pattern PLACEHOLDER_LINE = Pattern.compile(
            "(?m)^.*(\\[yyyy]|<year>|<yyyy>|\\[name of copyright owner]|<name of author>|<one line to give).*\\R?");

    static {
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        System.setProperty("SPDXParser.OnlyUseLocalLicenses", "true");
    }

    private Fixtures() {
    }

    /** Expands the markers in every text file under {@code project}. */
    public static void expand(Path project) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(project)) {
            walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (!text.contains("@@license-")) {
                continue;
            }
            String expanded = expand(new String(bytes, StandardCharsets.UTF_8));
            Files.writeString(file, expanded, StandardCharsets.UTF_8);
        }
    }

    /**
     * Copies the upstream component {@code name} written for the test-projects (a test resource under
     * {@code upstreams/}) to {@code project/_upstream/name}, its markers expanded, and returns where it is.
     */
    public static Path upstream(Path project, String name) throws IOException {
        java.net.URL resource = Fixtures.class.getResource("/upstreams/" + name);
        if (resource == null) {
            throw new IllegalArgumentException("no upstream fixture named " + name);
        }
        Path source;
        try {
            source = Path.of(resource.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("upstream fixture " + name + " is not a directory: " + resource, e);
        }
        Path target = project.resolve("_upstream").resolve(name);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        expand(target);
        return target;
    }

    static String expand(String content) {
        Matcher text = TEXT.matcher(content);
        StringBuilder out = new StringBuilder();
        while (text.find()) {
            String license = licenseText(text.group(1));
            if (text.group(2) != null) {
                license = YEAR_HOLDER.matcher(license).replaceFirst(Matcher.quoteReplacement(text.group(2)));
            }
            text.appendReplacement(out, Matcher.quoteReplacement(license.strip()));
        }
        text.appendTail(out);
        Matcher header = HEADER.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (header.find()) {
            String prefix = header.group(1);
            String standard = PLACEHOLDER_LINE.matcher(standardHeader(header.group(2))).replaceAll("").strip();
            StringBuilder lines = new StringBuilder();
            for (String line : standard.split("\\R", -1)) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(line.isBlank() ? prefix.stripTrailing() : prefix + line.strip());
            }
            header.appendReplacement(result, Matcher.quoteReplacement(lines.toString()));
        }
        header.appendTail(result);
        return result.toString();
    }

    private static ListedLicense listed(String id) {
        try {
            return LicenseInfoFactory.getListedLicenseById(id);
        } catch (Exception e) {
            throw new IllegalArgumentException("no listed license " + id, e);
        }
    }

    static String licenseText(String id) {
        try {
            return listed(id).getLicenseText();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the text of " + id, e);
        }
    }

    static String standardHeader(String id) {
        try {
            return listed(id).getStandardLicenseHeader().orElseThrow(
                    () -> new IllegalArgumentException(id + " has no standard header"));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the header of " + id, e);
        }
    }

    /**
     * A listing of the tree under {@code root} that changes whenever anything in it does: every entry's relative
     * path and type, a link's target, a file's size, modification time and (up to 64 MiB) SHA-256. Links are not
     * followed and special files are never opened.
     */
    public static String treeFingerprint(Path root) throws IOException {
        StringBuilder out = new StringBuilder();
        List<Path> entries = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                    java.nio.file.attribute.BasicFileAttributes attrs) {
                entries.add(dir);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file,
                    java.nio.file.attribute.BasicFileAttributes attrs) {
                entries.add(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        entries.sort(null);
        for (Path entry : entries) {
            var attrs = Files.readAttributes(entry, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            out.append(root.relativize(entry)).append(' ');
            if (attrs.isSymbolicLink()) {
                out.append("link -> ").append(Files.readSymbolicLink(entry));
            } else if (attrs.isDirectory()) {
                out.append("dir");
            } else if (attrs.isRegularFile()) {
                out.append("file ").append(attrs.size()).append(' ').append(attrs.lastModifiedTime());
                if (attrs.size() <= 64L * 1024 * 1024) {
                    out.append(' ').append(sha256(entry));
                }
            } else {
                out.append("other ").append(attrs.lastModifiedTime());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String sha256(Path file) throws IOException {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
