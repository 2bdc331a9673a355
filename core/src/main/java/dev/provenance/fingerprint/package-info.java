/**
 * Fingerprints of source files: robust winnowing over the seed symbols of a {@link dev.provenance.lex.SeedSequence}
 * ({@link dev.provenance.fingerprint.Winnower}, parameters in {@link dev.provenance.fingerprint.WinnowingParameters},
 * k = 16, w = 8 by default) and whole-file hashes ({@link dev.provenance.fingerprint.FileHashes}). Each fingerprint
 * carries the seed index where its k-gram starts, so that both sides of a match map back to exact lines. Pure code,
 * no I/O, thread-safe.
 */
package dev.provenance.fingerprint;
