/**
 * Snippet matching: a scanned file's fingerprints looked up in the knowledge base in one sorted batch, hits chained
 * into snippets, each verified on raw tokens (similarity, clone type, exact lines on both sides) and given the
 * upstream it most likely came from.
 */
package dev.provenance.match;
