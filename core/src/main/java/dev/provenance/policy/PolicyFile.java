package dev.provenance.policy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A repository's {@code provenance-policy.yaml}: which licenses are allowed or denied, the level of each rule, and
 * the waivers. Read once, validated strictly (an unknown key, rule id, level or reason is an error naming its line
 * and column), never written.
 *
 * <pre>{@code
 * licenses:
 *   allowed: [MIT, Apache-2.0, BSD-3-Clause]
 *   denied: [AGPL-3.0-only]
 * rules:
 *   notice-incomplete: WARNING
 *   waiver-unused: OFF
 * waivers:
 *   - rule: snippet-unattributed
 *     path: src/vendor/**
 *     origin: acme-rope@1.4.*
 *     reason: LICENSE_PERMITS
 *     comment: credited in docs/THIRD_PARTY.md, which the scan does not read
 *     expires: 2027-06-30
 * }</pre>
 *
 * <p>Licenses are single SPDX ids, optionally {@code WITH} an exception, normalised by the license catalog (any case,
 * deprecated ids replaced, well-known names accepted); an id the SPDX list does not hold is kept as written and
 * reported in {@link #warnings()}. Levels are {@code ERROR}, {@code WARNING}, {@code INFO} or {@code OFF}. A waiver
 * needs a {@code rule}, a {@code reason} (a {@link WaiverReason}), a {@code path} or an {@code origin} or both, a
 * {@code comment} when the reason is {@code OTHER}, and may have an {@code expires} date (ISO, {@code 2027-06-30}).
 */
public final class PolicyFile {
    /** The policy file's name at the scanned root. */
    public static final String FILE_NAME = "provenance-policy.yaml";
    /** The largest policy file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    /** Names a policy file is easily given by mistake; found at the root, they are warned about, not read. */
    private static final List<String> MISNAMED = List.of("provenance-policy.yml", ".provenance-policy.yaml",
            ".provenance-policy.yml");
    private static final PolicyFile EMPTY = new PolicyFile(FILE_NAME, LicenseRestrictions.NONE, Map.of(), List.of(),
            List.of());

    private final String source;
    private final LicenseRestrictions licenses;
    private final Map<String, RuleLevel> levels;
    private final List<Waiver> waivers;
    private final List<String> warnings;

    PolicyFile(String source, LicenseRestrictions licenses, Map<String, RuleLevel> levels, List<Waiver> waivers,
               List<String> warnings) {
        this.source = Objects.requireNonNull(source, "source");
        this.licenses = Objects.requireNonNull(licenses, "licenses");
        this.levels = Map.copyOf(levels);
        this.waivers = List.copyOf(waivers);
        this.warnings = List.copyOf(warnings);
    }

    /** No restrictions, no levels, no waivers: the built-in rules at their default severities. */
    public static PolicyFile empty() {
        return EMPTY;
    }

    /**
     * Reads and validates a policy file; messages name it as {@code file} was given.
     *
     * @throws PolicyFileException when it cannot be read, is larger than {@link #MAX_BYTES}, is not UTF-8, is not
     *                             YAML or does not follow the schema
     */
    public static PolicyFile load(Path file) throws PolicyFileException {
        return read(file, file.toString());
    }

    /**
     * The policy file at the root of a scanned repository ({@value #FILE_NAME}), or an empty policy when there is
     * none (with a warning when a {@code provenance-policy.yml} or {@code .provenance-policy.yaml} is there instead).
     * A symbolic link is refused: a scanned repository must not make the scan read outside it.
     *
     * @throws PolicyFileException as {@link #load(Path)}, and when the file is a link or not a regular file
     */
    public static PolicyFile find(Path scannedRoot) throws PolicyFileException {
        Path file = scannedRoot.resolve(FILE_NAME);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return misnamed(scannedRoot);
        } catch (IOException e) {
            throw new PolicyFileException(FILE_NAME, 0, 0, "cannot be read: " + e, e);
        }
        if (attributes.isSymbolicLink()) {
            throw new PolicyFileException(FILE_NAME, 0, 0,
                    "is a symbolic link; the policy file must be a regular file in the repository");
        }
        if (!attributes.isRegularFile()) {
            throw new PolicyFileException(FILE_NAME, 0, 0, "is not a regular file");
        }
        return read(file, FILE_NAME);
    }

    /** The empty policy, with a warning when the file is there under a name that is not read. */
    private static PolicyFile misnamed(Path scannedRoot) {
        for (String name : MISNAMED) {
            if (Files.exists(scannedRoot.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return new PolicyFile(FILE_NAME, LicenseRestrictions.NONE, Map.of(), List.of(), List.of(name
                        + ": not read; the policy file is " + FILE_NAME + " (rename it to apply it)"));
            }
        }
        return EMPTY;
    }

    private static PolicyFile read(Path file, String source) throws PolicyFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PolicyFileException(source, 0, 0, "is " + size + " bytes, larger than the limit of "
                        + MAX_BYTES + " bytes for a policy file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyFileException(source, 0, 0, "cannot be read: " + e, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PolicyFileException(source, 0, 0, "is larger than the limit of " + MAX_BYTES
                    + " bytes for a policy file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PolicyFileException(source, 0, 0, "is not valid UTF-8", e);
        }
        return parse(text, source, Policy.knownRuleIds());
    }

    /** Parses policy text; {@code knownRules} are the rule ids that {@code rules} and waivers may name. */
    static PolicyFile parse(String text, String source, Set<String> knownRules) throws PolicyFileException {
        return new PolicyFileParser(source, new TreeSet<>(knownRules)).parse(text);
    }

    /** How messages name the file: {@value #FILE_NAME} when found at the root, else the path as given. */
    public String source() {
        return source;
    }

    /** Whether the file sets nothing (no restrictions, levels or waivers). */
    public boolean isEmpty() {
        return licenses.isEmpty() && levels.isEmpty() && waivers.isEmpty();
    }

    /** The waivers, in file order. */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** The allowed licenses as normalised, in file order; empty when there is no allow-list. */
    public List<String> allowedLicenses() {
        return licenses.allowed().stream().map(LicenseEntry::toString).toList();
    }

    /** The denied licenses as normalised, in file order. */
    public List<String> deniedLicenses() {
        return licenses.denied().stream().map(LicenseEntry::toString).toList();
    }

    /**
     * Things worth a look that do not make the file unusable, each {@code file:line:column: text} (a license id
     * that is not on the SPDX list, compared as written).
     */
    public List<String> warnings() {
        return warnings;
    }

    LicenseRestrictions licenses() {
        return licenses;
    }

    /** Levels set under {@code rules}, by rule id. */
    Map<String, RuleLevel> levels() {
        return levels;
    }
}
