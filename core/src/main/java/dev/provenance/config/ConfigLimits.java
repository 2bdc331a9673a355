package dev.provenance.config;

/**
 * Limits applied by {@link ConfigParser} to every document it reads.
 *
 * @param maxDocumentChars   longest document, in characters
 * @param maxNestingDepth    deepest nesting of arrays/objects (mappings/sequences, tables, elements)
 * @param maxStringLength    longest JSON string value, in characters
 * @param maxNumberLength    longest JSON number literal, in characters
 * @param maxNameLength      longest JSON property name, in characters
 * @param maxYamlAliases     most YAML aliases to collections (the "billion laughs" guard)
 */
public record ConfigLimits(int maxDocumentChars, int maxNestingDepth, int maxStringLength, int maxNumberLength,
                           int maxNameLength, int maxYamlAliases) {
    /** Limits fit for repository configuration files: 16 Mi characters, depth 64, strings of 4 Mi characters. */
    public static final ConfigLimits DEFAULT = new ConfigLimits(16 << 20, 64, 4 << 20, 1_000, 50_000, 50);

    public ConfigLimits {
        if (maxDocumentChars < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
                || maxNameLength < 1 || maxYamlAliases < 0) {
            throw new IllegalArgumentException("config limits must be positive: " + maxDocumentChars + ", "
                    + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxNameLength
                    + ", " + maxYamlAliases);
        }
    }
}
