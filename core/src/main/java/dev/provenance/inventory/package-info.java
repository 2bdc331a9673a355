/**
 * The first stage: walk the scanned tree with {@code .gitignore} semantics and user excludes, never following a
 * link out of the root, and classify every file (kind, language, charset, generated / minified / vendored).
 *
 * <p>What the scanner calls:
 * <ul>
 *   <li>{@link dev.provenance.inventory.FileSystemWalker#walk} — the {@link dev.provenance.inventory.Inventory}:
 *       files sorted by path, exclusions with their reasons, issues (links, special files, unreadable paths,
 *       limits);</li>
 *   <li>{@link dev.provenance.inventory.ContentLoader#load} — one file's full text, decoded once, as a
 *       {@link dev.provenance.inventory.LoadedText};</li>
 *   <li>{@link dev.provenance.inventory.FileClassifier#classify} — the same classification for bytes that do not
 *       come from a walk (archive entries).</li>
 * </ul>
 * Ignore matching ({@code GitignorePattern}, {@code GlobSegment}, {@code IgnoreFile}, {@code IgnoreRules}) is
 * hand-written and bounded: no regular expressions, one back-track point per level.
 */
package dev.provenance.inventory;
