package dev.provenance.kb;

import dev.provenance.fingerprint.FileHashes;
import dev.provenance.fingerprint.SeedFormat;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A read-only view of a knowledge base directory: the segments its manifest listed when it was opened, memory-mapped.
 * Writers working at the same time never disturb it (segments are immutable and a replaced one stays readable while
 * mapped); open a new instance to see their work. Thread-safe.
 *
 * <p>Ids: files and components get dense ids ({@code 0..fileCount()-1}, {@code 0..componentCount()-1}) in segment
 * order when the view is opened; they are stable for the life of this instance only. A component indexed again
 * (same name and version) is seen once, from its newest segment.
 *
 * <p>Keys: a look-up matches the top 48 bits of a 64-bit fingerprint hash (see the package documentation), so an
 * absent fingerprint collides with an indexed one with probability about {@code keyCount / 2^48}; the matcher
 * verifies every chain on the text anyway.
 */
public final class KnowledgeBase implements AutoCloseable {
    /** Default cap of {@link #lookup(long[])}: keys with more postings than this are stop keys. */
    public static final int DEFAULT_MAX_POSTINGS = 1024;

    private static final int OPEN_ATTEMPTS = 20;
    private static final Map<String, Language> LANGUAGES = Stream.of(Language.values())
            .collect(Collectors.toUnmodifiableMap(Language::id, Function.identity()));

    private final Path directory;
    private final Segment[] segments;
    private final WinnowingParameters parameters;
    private final int[][] globalFile;
    private final int[] fileSegment;
    private final int[] fileLocal;
    private final int[] componentSegment;
    private final int[] componentLocal;
    private final int[][] globalComponent;
    private final long[] rawHashes;
    private final int[] rawIds;
    private final long[] normalizedHashes;
    private final int[] normalizedIds;

    private KnowledgeBase(Path directory, List<Segment> opened) throws KnowledgeBaseException {
        this.directory = directory;
        this.segments = opened.toArray(new Segment[0]);
        WinnowingParameters p = null;
        for (Segment s : segments) {
            requireSeedFormat(directory, s);
            if (p == null) {
                p = s.parameters;
            } else if (!p.equals(s.parameters)) {
                throw new KnowledgeBaseException(s.path + ": built with winnowing parameters " + s.parameters
                        + ", other segments with " + p + "; " + KnowledgeBaseException.rebuildHint(directory));
            }
        }
        this.parameters = p;
        boolean[][] live = liveComponents(segments);
        this.globalFile = new int[segments.length][];
        this.globalComponent = new int[segments.length][];
        int files = 0;
        int components = 0;
        for (int s = 0; s < segments.length; s++) {
            Segment seg = segments[s];
            globalComponent[s] = new int[seg.components.length];
            for (int c = 0; c < seg.components.length; c++) {
                globalComponent[s][c] = live[s][c] ? components++ : -1;
            }
            globalFile[s] = new int[seg.files.length];
            for (int f = 0; f < seg.files.length; f++) {
                globalFile[s][f] = live[s][seg.files[f].component()] ? files++ : -1;
            }
        }
        this.fileSegment = new int[files];
        this.fileLocal = new int[files];
        this.componentSegment = new int[components];
        this.componentLocal = new int[components];
        long[] raw = new long[files];
        long[] rawIdColumn = new long[files];
        long[] normalized = new long[files];
        long[] normalizedIdColumn = new long[files];
        for (int s = 0; s < segments.length; s++) {
            for (int c = 0; c < globalComponent[s].length; c++) {
                int g = globalComponent[s][c];
                if (g >= 0) {
                    componentSegment[g] = s;
                    componentLocal[g] = c;
                }
            }
            for (int f = 0; f < globalFile[s].length; f++) {
                int g = globalFile[s][f];
                if (g >= 0) {
                    fileSegment[g] = s;
                    fileLocal[g] = f;
                    raw[g] = segments[s].files[f].rawHash();
                    rawIdColumn[g] = g;
                    normalized[g] = segments[s].files[f].normalizedHash();
                    normalizedIdColumn[g] = g;
                }
            }
        }
        PairSort.sort(raw, rawIdColumn, files);
        PairSort.sort(normalized, normalizedIdColumn, files);
        this.rawHashes = raw;
        this.rawIds = toInts(rawIdColumn);
        this.normalizedHashes = normalized;
        this.normalizedIds = toInts(normalizedIdColumn);
    }

    private static int[] toInts(long[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (int) values[i];
        }
        return result;
    }

    /** Per segment and component: live unless a newer segment holds the same name and version. */
    static boolean[][] liveComponents(Segment[] segments) {
        boolean[][] live = new boolean[segments.length][];
        Set<String> seen = new HashSet<>();
        for (int s = segments.length - 1; s >= 0; s--) {
            Component[] components = segments[s].components;
            live[s] = new boolean[components.length];
            for (int c = 0; c < components.length; c++) {
                live[s][c] = seen.add(identity(components[c]));
            }
        }
        return live;
    }

    /**
     * Refuses a segment whose fingerprints were made with another seed format than this Provenance's
     * ({@link SeedFormat#VERSION}): they would silently stop meeting the scanned files' fingerprints.
     */
    static void requireSeedFormat(Path directory, Segment s) throws KnowledgeBaseException {
        if (s.seedFormat != SeedFormat.VERSION) {
            throw new KnowledgeBaseException(directory + ": the knowledge base was built with lexer/seed format "
                    + s.seedFormat + (s.seedFormat == 0 ? " (before formats were recorded)" : "") + " (segment "
                    + s.path.getFileName() + "), but this Provenance lexes and fingerprints with seed format "
                    + SeedFormat.VERSION + "; rebuild the KB with provenance:index (delete " + directory
                    + " and index its components again)");
        }
    }

    static String identity(Component c) {
        return c.name() + '\0' + c.version();
    }

    /**
     * Opens the knowledge base in {@code dir}. An existing directory without a manifest is an empty knowledge base.
     *
     * @throws KnowledgeBaseException when a segment or the manifest is damaged, segments disagree on their
     *                                winnowing parameters, or a segment was built with another lexer/seed format
     *                                ({@link SeedFormat}); the message names the directory or file and says to
     *                                rebuild the KB with provenance:index
     * @throws IOException            when {@code dir} is not a directory or cannot be read
     */
    public static KnowledgeBase open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no knowledge base here (not a directory); build one with "
                    + "provenance:index");
        }
        for (int attempt = 1; ; attempt++) {
            List<Segment> opened = new ArrayList<>();
            try {
                for (String name : Manifest.read(dir)) {
                    opened.add(Segment.open(dir.resolve(name), SegmentFormat.generationOf(name)));
                }
                KnowledgeBase kb = new KnowledgeBase(dir, opened);
                opened = null;
                return kb;
            } catch (NoSuchFileException e) {
                // A writer replaced the manifest and removed a segment between our two reads: read again.
                if (attempt >= OPEN_ATTEMPTS) {
                    throw new IOException(dir + ": the knowledge base kept changing while it was opened ("
                            + e.getFile() + " vanished); try again", e);
                }
                sleepBriefly();
            } finally {
                if (opened != null) {
                    closeAll(opened);
                }
            }
        }
    }

    private static void sleepBriefly() throws IOException {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the knowledge base", e);
        }
    }

    static void closeAll(List<Segment> segments) {
        for (Segment s : segments) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing a read-only channel loses nothing.
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /** The winnowing parameters that built this knowledge base; empty when it holds no segment. */
    public Optional<WinnowingParameters> parameters() {
        return Optional.ofNullable(parameters);
    }

    /**
     * Refuses to go on when this knowledge base was built with other parameters than {@code expected}: its
     * fingerprints would never meet the scanned ones. An empty knowledge base accepts any.
     */
    public void requireParameters(WinnowingParameters expected) throws KnowledgeBaseException {
        if (parameters != null && !parameters.equals(expected)) {
            throw new KnowledgeBaseException(directory + ": built with winnowing parameters " + parameters
                    + ", but matching uses " + expected + "; rebuild the KB (delete " + directory
                    + " and run provenance:index again)");
        }
    }

    /** Live files (the id space of {@link #file(int)}). */
    public int fileCount() {
        return fileSegment.length;
    }

    /** Live components (the id space of {@link #component(int)}). */
    public int componentCount() {
        return componentSegment.length;
    }

    public int segmentCount() {
        return segments.length;
    }

    /** Keys stored, summed over segments (keys of replaced components included until the next merge). */
    public long keyCount() {
        long n = 0;
        for (Segment s : segments) {
            n += s.keyCount;
        }
        return n;
    }

    /** Bytes of index on disk: keys, postings, directory, tables and headers; the texts excluded. */
    public long indexBytes() {
        long n = 0;
        for (Segment s : segments) {
            n += s.indexBytes();
        }
        return n;
    }

    /** Bytes of compressed upstream texts on disk. */
    public long textBytes() {
        long n = 0;
        for (Segment s : segments) {
            n += s.textsLength;
        }
        return n;
    }

    /** The file with id {@code id}. */
    public KbFile file(int id) {
        Objects.checkIndex(id, fileSegment.length);
        int s = fileSegment[id];
        FileEntry f = segments[s].files[fileLocal[id]];
        return new KbFile(id, globalComponent[s][f.component()], f.path(),
                LANGUAGES.getOrDefault(f.language(), Language.NONE), f.lineCount(), f.seedCount(),
                f.fingerprintCount(), new FileHashes(f.rawHash(), f.normalizedHash()), f.textBytes());
    }

    /** The component with id {@code id}. */
    public Component component(int id) {
        Objects.checkIndex(id, componentSegment.length);
        return segments[componentSegment[id]].components[componentLocal[id]];
    }

    /**
     * The text of file {@code fileId} as it was indexed, inflated: for verifying a match on raw tokens and showing
     * it side by side.
     *
     * @throws KnowledgeBaseException when the stored text is damaged (names the segment; rebuild hint)
     */
    public String text(int fileId) throws IOException {
        Objects.checkIndex(fileId, fileSegment.length);
        return segments[fileSegment[fileId]].text(fileLocal[fileId]);
    }

    /** Ids of the files whose {@link FileHashes#raw()} is {@code hash} (exact copies), ascending. */
    public int[] filesWithRawHash(long hash) {
        return idsOf(rawHashes, rawIds, hash);
    }

    /** Ids of the files whose {@link FileHashes#normalized()} is {@code hash} (reformatted or renamed copies). */
    public int[] filesWithNormalizedHash(long hash) {
        return hash == 0 ? new int[0] : idsOf(normalizedHashes, normalizedIds, hash);
    }

    private static int[] idsOf(long[] hashes, int[] ids, long hash) {
        int i = Arrays.binarySearch(hashes, hash);
        if (i < 0) {
            return new int[0];
        }
        int lo = i;
        int hi = i;
        while (lo > 0 && hashes[lo - 1] == hash) {
            lo--;
        }
        while (hi + 1 < hashes.length && hashes[hi + 1] == hash) {
            hi++;
        }
        int[] result = Arrays.copyOfRange(ids, lo, hi + 1);
        Arrays.sort(result);
        return result;
    }

    /** {@link #lookup(long[], int)} with {@link #DEFAULT_MAX_POSTINGS}. */
    public Hits lookup(long[] hashes) {
        return lookup(hashes, DEFAULT_MAX_POSTINGS);
    }

    /**
     * Looks up a batch of fingerprint hashes. Any order is accepted; hashes sorted as unsigned numbers (as
     * {@code Fingerprints.sortedDistinctHashes()} gives them) touch the index in order and run fastest. Query
     * {@code q} of the result answers {@code hashes[q]}.
     *
     * @param maxPostings a key with more postings than this is a stop key: its document frequency is reported, its
     *                    postings are not (boilerplate shared by many files says nothing about origin)
     */
    public Hits lookup(long[] hashes, int maxPostings) {
        Objects.requireNonNull(hashes, "hashes");
        if (maxPostings < 0) {
            throw new IllegalArgumentException("negative maxPostings " + maxPostings);
        }
        Hits hits = new Hits(hashes.length);
        for (int q = 0; q < hashes.length; q++) {
            long key = hashes[q] >>> SegmentFormat.KEY_SHIFT;
            hits.begin(q);
            int mark = hits.postingCount();
            int df = 0;
            long total = 0;
            boolean stop = false;
            for (int s = 0; s < segments.length; s++) {
                Segment seg = segments[s];
                int index = seg.find(key);
                if (index < 0) {
                    continue;
                }
                int value = seg.value(index);
                int[] map = globalFile[s];
                if (Segment.isSingle(value)) {
                    int g = map[seg.singleFile(value)];
                    if (g >= 0) {
                        df++;
                        total++;
                        if (!stop && total <= maxPostings) {
                            hits.ensure(1);
                            hits.add(g, seg.singleSeed(value));
                        }
                    }
                    continue;
                }
                int count = seg.overflowCount(value);
                if (stop || total + count > maxPostings) {
                    stop = true;
                    df += seg.overflowDf(value);
                    total += count;
                    continue;
                }
                hits.ensure(count);
                int before = hits.postingCount();
                df += seg.addOverflowPostings(value, map, hits);
                total += hits.postingCount() - before;
            }
            if (stop || total > maxPostings) {
                stop = true;
                hits.truncate(mark);
            }
            hits.end(q, df, stop);
        }
        return hits;
    }

    /** Releases the files; mapped memory is returned when the garbage collector frees the buffers. */
    @Override
    public void close() {
        closeAll(Arrays.asList(segments));
    }

    @Override
    public String toString() {
        return directory + " (" + segments.length + " segments, " + componentCount() + " components, "
                + fileCount() + " files)";
    }
}
