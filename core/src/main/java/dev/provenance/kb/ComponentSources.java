package dev.provenance.kb;

import dev.provenance.archive.ArchiveLimits;
import dev.provenance.archive.ArchiveNote;
import dev.provenance.archive.ArchiveReader;
import dev.provenance.inventory.Classification;
import dev.provenance.inventory.ContentLoader;
import dev.provenance.inventory.FileClassifier;
import dev.provenance.inventory.FileKind;
import dev.provenance.inventory.FileSystemWalker;
import dev.provenance.inventory.Inventory;
import dev.provenance.inventory.InventoryEntry;
import dev.provenance.inventory.LoadedText;
import dev.provenance.scan.InputProblem;
import dev.provenance.scan.ScanIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the indexable files of a component from a directory or an archive (zip, jar, wheel, tar, tar.gz, tgz):
 * each file is classified with {@link FileClassifier}, source, configuration and tokenizer files are decoded with
 * {@link ContentLoader} and kept for indexing; legal files, manifests and model cards are kept aside to tell the
 * component's license and holders; everything else (binaries, weights, documentation) is left out.
 * Archives are read with {@link ArchiveReader}'s caps and refusals; nothing is extracted to disk. Thread-safe.
 */
public final class ComponentSources {
    /** Kinds worth fingerprinting: what gets copied into other projects. */
    static final Set<FileKind> INDEXED_KINDS = EnumSet.of(FileKind.SOURCE, FileKind.CONFIG, FileKind.TOKENIZER);

    /** Kinds kept aside, not indexed: they tell the component's license and holders. */
    static final Set<FileKind> METADATA_KINDS = EnumSet.of(FileKind.LEGAL, FileKind.MANIFEST, FileKind.MODEL_CARD);

    private final ArchiveLimits archiveLimits;
    private final long maxFileBytes;
    private final FileClassifier classifier = new FileClassifier();
    private final ContentLoader loader = new ContentLoader();

    /** Default archive limits; files up to 8 MiB. */
    public ComponentSources() {
        this(ArchiveLimits.DEFAULT, 8L << 20);
    }

    /**
     * @param archiveLimits caps for archives
     * @param maxFileBytes  larger files are left out with a {@code TOO_LARGE} note
     */
    public ComponentSources(ArchiveLimits archiveLimits, long maxFileBytes) {
        this.archiveLimits = Objects.requireNonNull(archiveLimits, "archiveLimits");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        this.maxFileBytes = Math.min(maxFileBytes, archiveLimits.maxEntryBytes());
    }

    /** A directory (walked like a scan: {@code .gitignore} honoured, links not followed) or an archive file. */
    public CollectedSources collect(Path source) throws IOException {
        return Files.isDirectory(source) ? fromDirectory(source) : fromArchive(source);
    }

    public CollectedSources fromDirectory(Path root) throws IOException {
        Inventory inventory = new FileSystemWalker().walk(root, List.of());
        List<SourceFile> files = new ArrayList<>();
        List<SourceFile> metadata = new ArrayList<>();
        List<ScanIssue> notes = new ArrayList<>(inventory.issues());
        int skipped = 0;
        for (InventoryEntry entry : inventory.files()) {
            boolean indexed = INDEXED_KINDS.contains(entry.kind());
            if (!(indexed || METADATA_KINDS.contains(entry.kind())) || entry.charset() == null) {
                skipped++;
                continue;
            }
            try {
                LoadedText loaded = loader.load(entry, maxFileBytes);
                notes.addAll(loaded.issues());
                (indexed ? files : metadata).add(
                        new SourceFile(entry.path(), loaded.text().text(), entry.language()));
            } catch (InputProblem e) {
                notes.add(e.toIssue(entry.path()));
            }
        }
        return result(files, metadata, notes, skipped);
    }

    public CollectedSources fromArchive(Path archive) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        List<SourceFile> metadata = new ArrayList<>();
        List<ScanIssue> notes = new ArrayList<>();
        int[] skipped = new int[1];
        List<ArchiveNote> refusals = new ArchiveReader(archiveLimits).read(archive, (path, content, length) -> {
            Classification c = classifier.classify(path, content, Math.min(length, FileClassifier.SNIFF_BYTES),
                    length);
            notes.addAll(c.issues());
            boolean indexed = INDEXED_KINDS.contains(c.kind());
            if (!(indexed || METADATA_KINDS.contains(c.kind())) || c.charset() == null) {
                skipped[0]++;
                return;
            }
            if (length > maxFileBytes) {
                notes.add(new ScanIssue(path, dev.provenance.scan.IssueCode.TOO_LARGE, length
                        + " bytes, over the " + maxFileBytes + "-byte cap; not indexed"));
                return;
            }
            if (!SourceFile.isSafePath(path)) {
                skipped[0]++;
                return;
            }
            LoadedText loaded = loader.decode(path, content, length, c.charset());
            notes.addAll(loaded.issues());
            (indexed ? files : metadata).add(new SourceFile(path, loaded.text().text(), c.language()));
        });
        for (ArchiveNote note : refusals) {
            notes.add(note.toIssue());
        }
        return result(files, metadata, notes, skipped[0]);
    }

    private static CollectedSources result(List<SourceFile> files, List<SourceFile> metadata, List<ScanIssue> notes,
                                           int skipped) {
        files.sort(Comparator.comparing(SourceFile::path));
        metadata.sort(Comparator.comparing(SourceFile::path));
        notes.sort(null);
        return new CollectedSources(files, metadata, notes, skipped);
    }
}
