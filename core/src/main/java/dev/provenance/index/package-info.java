/**
 * Indexing: a component's files (a directory or an archive) read safely, its license and holders told by the scan's
 * own stages unless given, and its fingerprints and texts written to the knowledge base.
 */
package dev.provenance.index;
