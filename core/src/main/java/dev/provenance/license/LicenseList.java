package dev.provenance.license;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link LicenseCatalog} knows of the SPDX license list, none of it depending on scanned input: the list
 * version, every listed id with its name, which ids are current, the exception ids, the replacements of deprecated
 * ids ({@code deprecated-license-ids.tsv}) and the index of {@link LicenseNameKey name keys} (of ids, names and the
 * aliases of {@code license-aliases.tsv}) to expressions.
 *
 * <p>{@link #fromLibrary()} reads it through spdx-java-library (every listed license: about a second and a half);
 * the build stores it, {@link #withLibraryVerdicts() with the library's verdicts}, in {@link PrecomputedLicenseIndex}
 * so that a run reads it back in milliseconds.
 *
 * @param listVersion  the SPDX license list version, e.g. {@code 3.28.0}
 * @param names        every listed license id (deprecated ones too), in list order → its name on the list
 * @param currentIds   the ids that are not deprecated, in list order
 * @param exceptionIds the listed exception ids, in list order
 * @param replacements canonical deprecated id → replacement expression
 * @param nameKeys     {@link LicenseNameKey} of an id, a name or an alias → expression
 * @param acceptedIds  current ids that spdx-java-library's expression parser accepts as a whole expression, as far
 *                     as they were asked ({@link #withLibraryVerdicts()}, at build time); the library is asked at run
 *                     time about any other expression
 */
record LicenseList(String listVersion, Map<String, String> names, List<String> currentIds,
                   List<String> exceptionIds, Map<String, String> replacements, Map<String, String> nameKeys,
                   Set<String> acceptedIds) {
    LicenseList {
        if (listVersion == null || listVersion.isBlank()) {
            throw new IllegalArgumentException("blank license list version");
        }
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        currentIds = List.copyOf(currentIds);
        exceptionIds = List.copyOf(exceptionIds);
        replacements = Map.copyOf(replacements);
        nameKeys = Map.copyOf(nameKeys);
        acceptedIds = Set.copyOf(acceptedIds);
        for (String id : currentIds) {
            if (!names.containsKey(id)) {
                throw new IllegalArgumentException("current id " + id + " is not a listed id");
            }
        }
        if (!currentIds.containsAll(acceptedIds)) {
            throw new IllegalArgumentException("accepted ids that are not current ids");
        }
    }

    /**
     * This list with {@link #acceptedIds} asked of the library for every current id (a parse each, about a second
     * in all: done by the build, so that a run need not start the library for a one-id SPDX tag).
     */
    LicenseList withLibraryVerdicts() {
        Set<String> accepted = new HashSet<>();
        for (String id : currentIds) {
            if (SpdxLibrary.acceptsExpression(id)) {
                accepted.add(id);
            }
        }
        return new LicenseList(listVersion, names, currentIds, exceptionIds, replacements, nameKeys, accepted);
    }

    /** The bundled list, read through spdx-java-library (offline). */
    static LicenseList fromLibrary() {
        SpdxLibrary.Listing listing = SpdxLibrary.listing();
        Map<String, String> names = listing.names();
        List<String> current = listing.currentIds();
        Map<String, String> aliases = new LinkedHashMap<>();
        LicenseCatalog.readTable("license-aliases.tsv").forEach(row -> aliases.put(row[1], row[0]));
        Map<String, String> replacements = new LinkedHashMap<>();
        LicenseCatalog.readTable("deprecated-license-ids.tsv").forEach(row -> replacements.put(row[0], row[1]));
        return new LicenseList(listing.listVersion(), names, current, listing.exceptionIds(),
                replacements, nameKeys(names, current, replacements, aliases), Set.of());
    }

    /**
     * The name index: aliases first, then current ids and names, then every listed id and name (deprecated ones
     * mapped to their replacement); the first expression given a key keeps it.
     */
    private static Map<String, String> nameKeys(Map<String, String> names, List<String> currentIds,
                                                Map<String, String> replacements, Map<String, String> aliases) {
        Map<String, String> keys = new HashMap<>();
        aliases.forEach((name, expression) -> keys.putIfAbsent(LicenseNameKey.of(name), expression));
        for (String id : currentIds) {
            keys.putIfAbsent(LicenseNameKey.of(id), id);
            keys.putIfAbsent(LicenseNameKey.of(names.get(id)), id);
        }
        names.forEach((id, name) -> {
            String replacement = replacements.getOrDefault(id, id);
            keys.putIfAbsent(LicenseNameKey.of(id), replacement);
            keys.putIfAbsent(LicenseNameKey.of(name), replacement);
        });
        return keys;
    }
}
