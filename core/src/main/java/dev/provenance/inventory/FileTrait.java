package dev.provenance.inventory;

/** Facts about a file that change how much its content counts as the repository's own. */
public enum FileTrait {
    /** Produced by a tool ({@code @generated}, "Code generated … DO NOT EDIT", …). */
    GENERATED,
    /** Minified (very long lines, almost no whitespace). */
    MINIFIED,
    /** Inside a vendored tree ({@code third_party/}, {@code vendor/}, {@code external/}, …). */
    VENDORED
}
