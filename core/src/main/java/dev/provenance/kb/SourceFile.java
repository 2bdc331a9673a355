package dev.provenance.kb;

import dev.provenance.inventory.Language;
import java.util.Objects;

/**
 * One file of a component to index.
 *
 * @param path     path inside the component, {@code /}-separated, relative, without {@code .} or {@code ..}
 *                 segments (e.g. {@code org/objectweb/asm/ClassReader.java})
 * @param text     its decoded text
 * @param language its language; picks the lexer ({@link Language#NONE} indexes the text and its whole-file hash
 *                 only)
 */
public record SourceFile(String path, String text, Language language) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (!isSafePath(path)) {
            throw new IllegalArgumentException("not a relative /-separated path without . or .. segments: " + path);
        }
    }

    /** Whether {@code path} is relative, {@code /}-separated, and has no empty, {@code .} or {@code ..} segment. */
    static boolean isSafePath(String path) {
        if (path.isEmpty() || path.length() > 4096 || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(start, end);
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }
}
