package dev.provenance.kb;

import dev.provenance.scan.ScanIssue;
import java.util.List;

/**
 * The files of a component as read from a directory or an archive, ready for {@link KnowledgeBaseWriter#add}.
 *
 * @param files    source, configuration and tokenizer files, sorted by path, paths distinct
 * @param metadata legal files, manifests and model cards, sorted by path: not indexed, read to tell the
 *                 component's license and copyright holders
 * @param notes  what was refused or skipped and why (unsafe archive entries, caps, undecodable text), sorted
 * @param skipped how many files were left out as not indexable (binaries, documentation, legal files …); these get
 *                no note
 */
public record CollectedSources(List<SourceFile> files, List<SourceFile> metadata, List<ScanIssue> notes, int skipped) {
    public CollectedSources {
        files = List.copyOf(files);
        metadata = List.copyOf(metadata);
        notes = List.copyOf(notes);
        if (skipped < 0) {
            throw new IllegalArgumentException("negative skipped count");
        }
    }

    /** UTF-16 characters of source collected. */
    public long characters() {
        long n = 0;
        for (SourceFile f : files) {
            n += f.text().length();
        }
        return n;
    }
}
