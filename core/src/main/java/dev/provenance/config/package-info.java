/**
 * Safe, limited parsers for the configuration formats found in scanned repositories: JSON, YAML, TOML and XML.
 *
 * <p>Every parser caps the document size and nesting depth, never resolves anything outside the text it is given
 * (no DOCTYPE, no external entities, no YAML custom tags) and reports a problem as an
 * {@link dev.provenance.scan.InputProblem} whose message names the line (and column) and what is wrong.
 */
package dev.provenance.config;
