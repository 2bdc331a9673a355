/**
 * Fingerprints of source files: robust winnowing over the seed symbols of a {@link dev.provenance.lex.SeedSequence}
 * ({@link dev.provenance.fingerprint.Winnower}, parameters in {@link dev.provenance.fingerprint.WinnowingParameters},
 * k = 16, w = 8 by default for code; k = 8, w = 4 for configuration and templates), periodic k-grams (tables) hashed
 * over their literal values, and whole-file hashes ({@link dev.provenance.fingerprint.FileHashes}). Each fingerprint
 * carries the seed index where its k-gram starts, so that both sides of a match map back to exact lines.
 * {@link dev.provenance.fingerprint.SeedFormat} versions all of it: a knowledge base records it and another is
 * refused. Pure code, no I/O, thread-safe.
 */
package dev.provenance.fingerprint;
