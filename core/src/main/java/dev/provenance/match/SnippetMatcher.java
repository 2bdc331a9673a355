package dev.provenance.match;

import dev.provenance.inventory.Language;
import dev.provenance.text.TextFile;
import java.util.List;

/**
 * Finds the runs of a scanned file that were copied from known upstream files. Implementations are thread-safe and
 * deterministic: the same file against the same knowledge base gives the same list, whatever else runs meanwhile.
 */
public interface SnippetMatcher {
    /**
     * The snippets of {@code text} that came from elsewhere, sorted ({@link SnippetMatch#compareTo}); at most one
     * origin per scanned region. Empty when nothing matched or {@code language} has no lexer and the file is not an
     * exact copy of an indexed one.
     *
     * @param path     the scanned file, relative to the scanned root ({@code /}-separated); copied into each match
     * @param text     its decoded text
     * @param language its language, which picks the lexer
     */
    List<SnippetMatch> match(String path, TextFile text, Language language);
}
