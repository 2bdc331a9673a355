package dev.provenance.kb;

import dev.provenance.fingerprint.FileHashes;
import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.fingerprint.Winnower;
import dev.provenance.fingerprint.WinnowingParameters;
import dev.provenance.inventory.Language;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.SeedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;

/**
 * Builds a knowledge base: each {@link #add} fingerprints one component's files, writes them as one new immutable
 * segment and publishes it atomically; readers never see a half-written segment.
 *
 * <ul>
 *   <li><b>Concurrency.</b> The heavy work (lexing, winnowing, compressing, writing the segment to a temporary file)
 *       runs without the lock; publishing (rename, manifest, clean-up, merge) runs under the directory's
 *       {@code .lock} (an OS file lock, so writers in other JVMs take turns too), waited for at most
 *       {@link #withLockWait the lock wait}. Readers never lock.</li>
 *   <li><b>Re-indexing.</b> A component with the same name and version as an indexed one replaces it: the newest
 *       segment wins when a knowledge base is opened. A segment left with no live component is deleted at once;
 *       one still holding other live components keeps the dead one's bytes until its next merge, which drops
 *       them.</li>
 *   <li><b>Merging.</b> When more than {@link #withMaxSegments maxSegments} segments are listed, the smallest ones
 *       are merged into one (a k-way merge of their sorted keys, texts copied without inflating) so that
 *       {@code maxSegments / 2} remain; big segments are rarely rewritten.</li>
 *   <li><b>Crash safety.</b> A segment is written to a temporary file, forced to disk, renamed atomically, then the
 *       manifest is replaced the same way. A crash leaves at worst an unlisted file, removed by the next writer.</li>
 * </ul>
 * Thread-safe: an instance holds only its configuration.
 */
public final class KnowledgeBaseWriter {
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_SEGMENTS = 8;
    static final String TEMP_MARK = ".tmp-";
    /** Temporary files older than this are leftovers of a crashed writer. */
    private static final Duration STALE_TEMP = Duration.ofHours(6);

    private final Path directory;
    private final WinnowingParameters parameters;
    private final Function<Language, Optional<Lexer>> lexers;
    private final Duration lockWait;
    private final int maxSegments;

    /**
     * @param directory  the knowledge base directory; created when missing
     * @param parameters the winnowing parameters; an existing knowledge base built with others is refused
     * @param lexers     the lexer for a language, or empty: such files are stored (text and whole-file hashes) but
     *                   get no fingerprints
     */
    public KnowledgeBaseWriter(Path directory, WinnowingParameters parameters,
                               Function<Language, Optional<Lexer>> lexers) {
        this(directory, parameters, lexers, DEFAULT_LOCK_WAIT, DEFAULT_MAX_SEGMENTS);
    }

    private KnowledgeBaseWriter(Path directory, WinnowingParameters parameters,
                                Function<Language, Optional<Lexer>> lexers, Duration lockWait, int maxSegments) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.lexers = Objects.requireNonNull(lexers, "lexers");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("negative lock wait");
        }
        if (maxSegments < 2) {
            throw new IllegalArgumentException("maxSegments must be at least 2: " + maxSegments);
        }
        this.maxSegments = maxSegments;
    }

    /** The same writer waiting at most {@code wait} for another writer's lock. */
    public KnowledgeBaseWriter withLockWait(Duration wait) {
        return new KnowledgeBaseWriter(directory, parameters, lexers, wait, maxSegments);
    }

    /** The same writer merging when more than {@code max} segments are listed. */
    public KnowledgeBaseWriter withMaxSegments(int max) {
        return new KnowledgeBaseWriter(directory, parameters, lexers, lockWait, max);
    }

    public Path directory() {
        return directory;
    }

    public WinnowingParameters parameters() {
        return parameters;
    }

    /**
     * Indexes one component as a new segment, replacing an earlier index of the same name and version.
     *
     * @param files its files; paths must be distinct
     * @throws KnowledgeBaseException when the knowledge base is damaged or was built with other parameters
     * @throws IOException            on I/O errors or when another writer holds the lock longer than the wait
     */
    public IndexSummary add(Component component, List<SourceFile> files) throws IOException {
        Objects.requireNonNull(component, "component");
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::path));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).path().equals(sorted.get(i - 1).path())) {
                throw new IllegalArgumentException(component + ": the path " + sorted.get(i).path()
                        + " is given twice");
            }
        }
        Files.createDirectories(directory);
        Prepared prepared = prepare(component, sorted);
        Path temp = prepared.temp;
        try (WriterLock lock = WriterLock.acquire(directory, lockWait)) {
            List<Segment> listed = openListed();
            try {
                checkParameters(listed);
                long generation = nextGeneration(listed);
                String name = SegmentFormat.segmentName(generation);
                Manifest.moveAtomically(temp, directory.resolve(name));
                temp = null;
                Segment added = Segment.open(directory.resolve(name), generation);
                listed.add(added);
                boolean replaced = false;
                for (Segment s : listed) {
                    if (s != added) {
                        for (Component c : s.components) {
                            replaced |= KnowledgeBase.identity(c).equals(KnowledgeBase.identity(component));
                        }
                    }
                }
                List<Segment> kept = dropDead(listed);
                Manifest.write(directory, names(kept));
                removeUnlisted(kept);
                int merged = 0;
                if (kept.size() > maxSegments) {
                    merged = merge(kept, kept.size() - maxSegments / 2 + 1);
                }
                return new IndexSummary(component, sorted.size(), prepared.lexed, prepared.sourceBytes,
                        prepared.fingerprints, prepared.indexBytes, prepared.textBytes, name, replaced, merged,
                        prepared.notes);
            } finally {
                KnowledgeBase.closeAll(listed);
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Merges every listed segment into one, dropping replaced components. Does nothing with fewer than two. */
    public void compact() throws IOException {
        Files.createDirectories(directory);
        try (WriterLock lock = WriterLock.acquire(directory, lockWait)) {
            List<Segment> listed = openListed();
            try {
                checkParameters(listed);
                if (listed.size() > 1 || (listed.size() == 1 && hasDead(listed))) {
                    merge(listed, listed.size());
                }
            } finally {
                KnowledgeBase.closeAll(listed);
            }
        }
    }

    private static boolean hasDead(List<Segment> segments) {
        for (boolean[] live : KnowledgeBase.liveComponents(segments.toArray(new Segment[0]))) {
            for (boolean b : live) {
                if (!b) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- preparing a segment without the lock ----

    private static final class Prepared {
        Path temp;
        int lexed;
        long sourceBytes;
        long fingerprints;
        long indexBytes;
        long textBytes;
        final List<String> notes = new ArrayList<>();
    }

    private Prepared prepare(Component component, List<SourceFile> files) throws IOException {
        Prepared result = new Prepared();
        Winnower winnower = new Winnower(parameters);
        int n = files.size();
        Fingerprints[] prints = new Fingerprints[n];
        FileHashes[] hashes = new FileHashes[n];
        int[] seedCounts = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            SourceFile file = files.get(i);
            SeedSequence seeds = null;
            Optional<Lexer> lexer = lexers.apply(file.language());
            if (lexer.isPresent()) {
                try {
                    seeds = SeedSequence.of(lexer.get().lex(file.text()));
                    prints[i] = winnower.winnow(seeds);
                    seedCounts[i] = seeds.size();
                    total += prints[i].size();
                    result.lexed++;
                } catch (RuntimeException e) {
                    seeds = null;
                    result.notes.add(file.path() + ": the " + file.language().id() + " lexer failed ("
                            + e.getClass().getSimpleName() + "); indexed without fingerprints");
                }
            }
            hashes[i] = FileHashes.of(file.text(), seeds);
        }
        if (total > SegmentFormat.MAX_KEYS) {
            throw new IOException(component + ": " + total + " fingerprints exceed what one segment holds ("
                    + SegmentFormat.MAX_KEYS + "); index it in parts");
        }
        long[] keys = new long[(int) total];
        long[] postings = new long[(int) total];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Fingerprints f = prints[i];
            if (f == null) {
                continue;
            }
            for (int j = 0; j < f.size(); j++) {
                keys[m] = f.hash(j) >>> SegmentFormat.KEY_SHIFT;
                postings[m] = ((long) i << 32) | f.seedStart(j);
                m++;
            }
        }
        PairSort.sort(keys, postings, m);
        result.fingerprints = m;

        Path temp = directory.resolve(SegmentFormat.SEGMENT_PREFIX + "new" + TEMP_MARK + System.nanoTime() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        SegmentWriter writer = SegmentWriter.create(temp, parameters, n, m);
        boolean done = false;
        try {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            byte[] out = new byte[64 * 1024];
            try {
                for (int i = 0; i < n; i++) {
                    SourceFile file = files.get(i);
                    byte[] utf8 = file.text().getBytes(StandardCharsets.UTF_8);
                    result.sourceBytes += utf8.length;
                    deflater.reset();
                    deflater.setInput(utf8);
                    deflater.finish();
                    int size = 0;
                    while (!deflater.finished()) {
                        if (size == out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        size += deflater.deflate(out, size, out.length - size);
                    }
                    CRC32C crc = new CRC32C();
                    crc.update(out, 0, size);
                    long offset = writer.addText(out, size);
                    writer.addFile(new FileEntry(0, file.path(), file.language().id(), lineCount(file.text()),
                            seedCounts[i], prints[i] == null ? 0 : prints[i].size(), hashes[i].raw(),
                            hashes[i].normalized(), offset, size, utf8.length, (int) crc.getValue()));
                }
            } finally {
                deflater.end();
            }
            writer.addComponent(component);
            for (int i = 0; i < m; i++) {
                writer.addPosting(keys[i], (int) (postings[i] >>> 32), (int) postings[i]);
            }
            writer.finish();
            result.indexBytes = writer.indexBytes();
            result.textBytes = writer.textBytes();
            done = true;
        } finally {
            if (done) {
                writer.close();
            } else {
                writer.abandon();
            }
        }
        result.temp = temp;
        return result;
    }

    /** Lines as {@code TextFile} counts them: an empty text has one line, a final line end opens none. */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) && i + 1 < n) {
                lines++;
            }
        }
        return lines;
    }

    // ---- under the lock ----

    private List<Segment> openListed() throws IOException {
        List<Segment> opened = new ArrayList<>();
        boolean ok = false;
        try {
            for (String name : Manifest.read(directory)) {
                opened.add(Segment.open(directory.resolve(name), SegmentFormat.generationOf(name)));
            }
            ok = true;
            return opened;
        } catch (java.nio.file.NoSuchFileException e) {
            throw KnowledgeBaseException.damaged(directory.resolve(Manifest.NAME), "the manifest lists "
                    + e.getFile() + ", which is missing", e);
        } finally {
            if (!ok) {
                KnowledgeBase.closeAll(opened);
            }
        }
    }

    private void checkParameters(List<Segment> listed) throws KnowledgeBaseException {
        for (Segment s : listed) {
            KnowledgeBase.requireSeedFormat(directory, s);
            if (!s.parameters.equals(parameters)) {
                throw new KnowledgeBaseException(directory + ": built with winnowing parameters " + s.parameters
                        + ", this index run uses " + parameters + "; rebuild the KB (delete " + directory
                        + " and run provenance:index again) or index with the same parameters");
            }
        }
    }

    /** One more than the highest generation listed or lying in the directory. */
    private long nextGeneration(List<Segment> listed) throws IOException {
        long max = 0;
        for (Segment s : listed) {
            max = Math.max(max, s.generation);
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path p : stream) {
                max = Math.max(max, SegmentFormat.generationOf(p.getFileName().toString()));
            }
        }
        return max + 1;
    }

    /** The segments that still hold a live component; the others are closed. */
    private static List<Segment> dropDead(List<Segment> listed) {
        boolean[][] live = KnowledgeBase.liveComponents(listed.toArray(new Segment[0]));
        List<Segment> kept = new ArrayList<>();
        for (int s = 0; s < listed.size(); s++) {
            boolean any = false;
            for (boolean b : live[s]) {
                any |= b;
            }
            if (any) {
                kept.add(listed.get(s));
            }
        }
        return kept;
    }

    private static List<String> names(List<Segment> segments) {
        List<String> names = new ArrayList<>();
        for (Segment s : segments) {
            names.add(s.path.getFileName().toString());
        }
        return names;
    }

    /** Deletes segment files the manifest does not list, and stale temporary files. */
    private void removeUnlisted(List<Segment> kept) throws IOException {
        Set<String> listed = new HashSet<>(names(kept));
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                boolean unlistedSegment = SegmentFormat.generationOf(name) >= 0 && !listed.contains(name);
                boolean staleTemp = name.contains(TEMP_MARK) && isOlder(p, staleBefore);
                if (unlistedSegment || staleTemp) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // Still mapped elsewhere on some platforms; the next writer tries again.
                    }
                }
            }
        }
    }

    private static boolean isOlder(Path p, Instant limit) {
        try {
            FileTime time = Files.getLastModifiedTime(p);
            return time.toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Merges the {@code count} smallest of {@code listed} into one new segment and publishes it.
     *
     * @return how many segments were merged
     */
    private int merge(List<Segment> listed, int count) throws IOException {
        List<Segment> bySize = new ArrayList<>(listed);
        bySize.sort(Comparator.comparingLong((Segment s) -> s.fileBytes).thenComparingLong(s -> s.generation));
        Set<Segment> chosen = new HashSet<>(bySize.subList(0, Math.min(count, bySize.size())));
        List<Segment> inputs = new ArrayList<>();
        boolean[][] liveAll = KnowledgeBase.liveComponents(listed.toArray(new Segment[0]));
        List<boolean[]> live = new ArrayList<>();
        for (int s = 0; s < listed.size(); s++) {
            if (chosen.contains(listed.get(s))) {
                inputs.add(listed.get(s));
                live.add(liveAll[s]);
            }
        }
        long generation = nextGeneration(listed);
        String name = SegmentFormat.segmentName(generation);
        Path temp = directory.resolve(SegmentFormat.SEGMENT_PREFIX + "merge" + TEMP_MARK + System.nanoTime());
        SegmentMerger.merge(inputs, live, temp, parameters);
        try {
            Manifest.moveAtomically(temp, directory.resolve(name));
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        List<String> newNames = new ArrayList<>();
        for (Segment s : listed) {
            if (!chosen.contains(s)) {
                newNames.add(s.path.getFileName().toString());
            }
        }
        newNames.add(name);
        Manifest.write(directory, newNames);
        for (Segment s : inputs) {
            try {
                Files.deleteIfExists(s.path);
            } catch (IOException e) {
                // Unlisted now; removed by the next writer.
            }
        }
        return inputs.size();
    }
}
