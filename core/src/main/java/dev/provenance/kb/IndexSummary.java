package dev.provenance.kb;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link KnowledgeBaseWriter#add} did.
 *
 * @param component      the component indexed
 * @param files          files indexed
 * @param lexedFiles     files that had a lexer, so fingerprints
 * @param sourceBytes    UTF-8 bytes of source indexed
 * @param fingerprints   fingerprints indexed
 * @param indexBytes     bytes of the new segment without its texts
 * @param textBytes      bytes of the new segment's compressed texts
 * @param segment        file name of the new segment
 * @param replaced       whether an earlier index of the same name and version was replaced
 * @param mergedSegments how many segments a merge combined after the add (0 when none ran)
 * @param notes          files indexed without fingerprints and why (a lexer failure), one line each
 */
public record IndexSummary(Component component, int files, int lexedFiles, long sourceBytes, long fingerprints,
                           long indexBytes, long textBytes, String segment, boolean replaced, int mergedSegments,
                           List<String> notes) {
    public IndexSummary {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(segment, "segment");
        notes = List.copyOf(notes);
    }
}
