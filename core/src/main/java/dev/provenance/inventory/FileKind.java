package dev.provenance.inventory;

/** What a file is, for the purposes of provenance. */
public enum FileKind {
    /** Program source in a known language. */
    SOURCE,
    /** Configuration: JSON, YAML, TOML, INI, XML, properties. */
    CONFIG,
    /** Tokenizer files of a model repository. */
    TOKENIZER,
    /** Model weights (safetensors, bin, pt, gguf …). */
    WEIGHTS,
    /** LICENSE, COPYING, NOTICE, THIRD_PARTY, "Open Source Software Notice" and their kin. */
    LEGAL,
    /** A README.md with YAML front matter (a model card). */
    MODEL_CARD,
    /** Documentation: Markdown, reStructuredText, plain text. */
    DOC,
    /** Build or package manifest (pom.xml, package.json, pyproject.toml, setup.cfg, setup.py, Cargo.toml). */
    MANIFEST,
    /** A Git LFS pointer standing in for a large file. */
    LFS_POINTER,
    /** An archive (zip, jar, tar, gz …). */
    ARCHIVE,
    /** Any other binary content. */
    BINARY,
    /** Text of no kind above. */
    OTHER
}
