/**
 * Hand-written lexers, one per language family, and the seed channel over their tokens: comments and docstrings
 * dropped, identifiers, numbers and strings reduced to their kind, so that renamed and reformatted copies give the
 * same seed sequence as their original.
 */
package dev.provenance.lex;
