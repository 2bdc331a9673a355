package dev.provenance.scan;

/** Hears about a scan as it runs. Core never logs; the caller adapts these events to its own log. */
public interface ScanListener {
    /** Nothing is heard. */
    ScanListener NONE = new ScanListener() { };

    /** The inventory is done: {@code files} files to analyse. */
    default void inventoried(int files, int excluded) { }

    /** Snippets are matched against a knowledge base of {@code components} components and {@code files} files. */
    default void matching(String knowledgeBase, int components, int files) { }

    /** Called every {@link ScanRequest#progressInterval()} while files are analysed. */
    default void progress(ScanProgress progress) { }
}
