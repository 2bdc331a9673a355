package dev.provenance.license;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Build step of core (not part of the scanning API): writes the {@link PrecomputedLicenseIndex} resources — the
 * bundled SPDX license list and the full-text template index — into core's class output directory, so that a run
 * reads them instead of deriving them through spdx-java-library. Run by the build in {@code process-classes} with
 * core's compile class path; a resource already there with the current stamp (library version and code) is left as
 * it is. The output is a function of its inputs alone, so two builds give the same bytes.
 *
 * <p>Usage: {@code LicenseIndexGenerator <classes directory>}.
 */
public final class LicenseIndexGenerator {
    private LicenseIndexGenerator() {
    }

    /**
     * Writes the resources under {@code args[0]}.
     *
     * @throws IOException when a resource cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LicenseIndexGenerator <classes directory>");
        }
        Path directory = Path.of(args[0]).resolve(LicenseIndexGenerator.class.getPackageName().replace('.', '/'));
        Files.createDirectories(directory);
        Path listPath = directory.resolve(PrecomputedLicenseIndex.LIST_RESOURCE);
        Path templatesPath = directory.resolve(PrecomputedLicenseIndex.TEMPLATES_RESOURCE);
        if (current(listPath) && current(templatesPath)) {
            return;
        }
        LicenseList list = LicenseList.fromLibrary().withLibraryVerdicts();
        LicenseTemplateIndex templates = LicenseTemplateIndex.build(LicenseCatalog.of(list, IndexOrigin.BUILT_LIVE));
        PrecomputedLicenseIndex.Stamp stamp = PrecomputedLicenseIndex.stampFor(list.listVersion());
        if (stamp.code() < 0) {
            throw new IllegalStateException("the code inputs of the license index cannot all be read: "
                    + PrecomputedLicenseIndex.CODE_INPUTS);
        }
        write(listPath, PrecomputedLicenseIndex.writeList(list, stamp));
        write(templatesPath, PrecomputedLicenseIndex.writeTemplates(templates, stamp));
    }

    /** Whether {@code path} holds a sound resource stamped with this class path's library version and code. */
    private static boolean current(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        PrecomputedLicenseIndex.Stamp wanted = PrecomputedLicenseIndex.stampFor("");
        return PrecomputedLicenseIndex.storedStamp(Files.readAllBytes(path))
                .filter(stored -> stored.code() >= 0 && stored.code() == wanted.code()
                        && stored.libraryVersion().equals(wanted.libraryVersion()))
                .isPresent();
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
            return;
        }
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, temporary.resolveSibling(path.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
