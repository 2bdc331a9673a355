package dev.provenance.report;

import java.util.Locale;
import java.util.Optional;

/** The layouts a third-party notice file is written in. */
public enum NoticeFormat {
    /**
     * Plain text in the vendor block layout: "Software: name version" / "Copyright notice:" / "License:" per
     * component, the license texts at the end.
     */
    TEXT,
    /** Markdown: a "## name version" section per component, the license texts in fenced blocks at the end. */
    MARKDOWN;

    /** The format a file name calls for: Markdown for {@code .md} and {@code .markdown}, text otherwise. */
    public static NoticeFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    /** The format named {@code text} or {@code markdown} (any case, {@code md} too); empty for anything else. */
    public static Optional<NoticeFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> Optional.of(TEXT);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }
}
