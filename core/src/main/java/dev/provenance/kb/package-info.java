/**
 * The knowledge base (KB): fingerprints, file tables, components and compressed texts of indexed open-source
 * components, in a directory of immutable, memory-mapped segment files.
 *
 * <h2>Using it</h2>
 * <ul>
 *   <li>Build: {@link dev.provenance.kb.ComponentSources#collect} reads a directory or an archive into
 *       {@link dev.provenance.kb.SourceFile}s; {@link dev.provenance.kb.KnowledgeBaseWriter#add} indexes one
 *       {@link dev.provenance.kb.Component} as one new segment (same name and version again: replaced).</li>
 *   <li>Match: {@link dev.provenance.kb.KnowledgeBase#open}, then {@link dev.provenance.kb.KnowledgeBase#lookup}
 *       with a file's sorted fingerprint hashes gives per hash its document frequency and postings (upstream file
 *       id, seed start); {@link dev.provenance.kb.KnowledgeBase#file}, {@code component} and {@code text} give the
 *       upstream side for verification.</li>
 * </ul>
 *
 * <h2>Directory</h2>
 * <pre>
 * MANIFEST                         live segments, one name a line, CRC32C last line; replaced atomically
 * segment-NNNNNNNNNNNNNNNNNNNN.kbs a segment; N = generation (20 digits), increasing
 * .lock                            writers' OS file lock; never deleted
 * *.tmp-*                          a writer's file in progress (ignored by readers)
 * </pre>
 * A component (name, version) lives in the newest segment that holds it; older copies are dead, skipped by readers
 * and dropped at the next merge. Readers read the manifest and open what it lists, reading it again if a listed
 * segment vanished meanwhile (a merge removed it after publishing the new manifest).
 *
 * <h2>Segment format, version 2 (all integers little-endian)</h2>
 * <pre>
 * header, 256 bytes:
 *   0  magic 50 56 4B 42 0D 0A 1A 0A ("PVKB\r\n\x1a\n")
 *   8  u32 format version (1)          12 u32 header size (256)
 *  16  u32 k    20 u32 w    24 u32 minDistinct      (the winnowing parameters that built it)
 *  28  u32 D, directory bits           32 u64 key count
 *  40  u32 file count                  44 u32 component count
 *  48  u32 F, file-id bits of a packed posting (ceil(log2(file count)), 0 for one file)
 *  52  u32 CRC32C of the header with this field zero
 *  56  u64 posting count
 *  64  section table, 7 entries of {u64 offset, u64 length, u32 CRC32C, u32 0}, in file order:
 *      TEXTS, FILES, COMPONENTS, DIRECTORY, KEYS, VALUES, OVERFLOW; each starts at most 7 bytes after the
 *      previous one ends (8-byte alignment); the file ends exactly where OVERFLOW ends
 * 232  u32 lexer/seed format ({@link dev.provenance.fingerprint.SeedFormat#VERSION}; 0 when written before it was
 *      recorded): a knowledge base of another seed format is refused with a rebuild message
 * 236  zeros up to the header size
 * TEXTS       per file, its UTF-8 text compressed with raw Deflate (no zlib header); CRC in the file table
 * FILES       per file: varint component, string path, string language id, varint lines, varint seeds,
 *             varint fingerprints, u64 raw hash, u64 normalised hash, varint text offset (in TEXTS),
 *             varint compressed length, varint UTF-8 length, u32 CRC32C of the compressed text
 * COMPONENTS  per component: string name, version, purl, license expression, URL ("" = unknown),
 *             varint holder count, strings holders, string NOTICE text ("" = none; since version 2)
 * DIRECTORY   2^D + 1 u32: index of the first key of each bucket (bucket = top D bits of the 48-bit key);
 *             the last entry is the key count
 * KEYS        key count suffixes of 48 - D bits each, bit-packed LSB-first, then 8 zero bytes of padding
 * VALUES      per key a u32: bit 31 clear = its single posting, (file &lt;&lt; (31 - F)) | seed start;
 *             bit 31 set = the low 31 bits are the offset of its record in OVERFLOW
 * OVERFLOW    records: varint document frequency (distinct files), varint posting count, then per posting
 *             varint file delta (the file itself for the first) and varint seed start (a delta from the previous
 *             seed when the file delta is 0); postings sorted by (file, seed)
 * </pre>
 * Strings are a varint byte length and UTF-8; varints are unsigned LEB128.
 *
 * <p><b>Keys.</b> A key is the top 48 bits of a fingerprint hash. 48 bits keep the collision rate of an absent
 * fingerprint at {@code keys / 2^48} (under 4 in 10^7 with 10^8 keys; every match is verified anyway) while the
 * directory absorbs D more bits, so a key costs {@code 48 - D} bits (about 30 for 10^7 keys) and the directory
 * about one bit. D is chosen so that a bucket holds 16–32 keys: a look-up reads one directory entry, binary-searches
 * one or two cache lines of keys and reads one value. A key found in one file once (most keys) costs no posting
 * record at all.
 *
 * <p><b>Checksums.</b> Opening a segment checks the magic, version, header CRC, section table, file length (a
 * truncated file is caught here) and the CRC32C of every section but TEXTS, that is every byte a look-up reads. The
 * texts, the bulk of a segment, are checked per file when read, so opening costs a read of the index (about a
 * quarter of the source size), not of the texts. Any mismatch is a
 * {@link dev.provenance.kb.KnowledgeBaseException} naming the segment and saying to rebuild the KB.
 *
 * <p><b>Upstream lines.</b> No line map is stored (it would cost more than the whole index): the matcher re-lexes
 * {@code text(fileId)} with the lexer of the file's language to turn seed positions into lines, which it needs the
 * text for anyway to verify a match.
 */
package dev.provenance.kb;
