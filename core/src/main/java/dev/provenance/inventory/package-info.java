/**
 * The first stage: walk the scanned tree with {@code .gitignore} semantics and user excludes, never following a
 * link out of the root, and classify every file (kind, language, charset, generated / minified / vendored).
 */
package dev.provenance.inventory;
