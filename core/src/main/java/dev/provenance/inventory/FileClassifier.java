package dev.provenance.inventory;

import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a file from its path and the first bytes of its content (at most {@link #SNIFF_BYTES}): kind,
 * language, charset and traits. Pure and thread-safe; it reads nothing itself.
 *
 * <p>Order of evidence: a Git LFS pointer is {@link FileKind#LFS_POINTER} whatever its name; then the name
 * (tokenizer, manifest, legal, README, extension); then the content: binary bytes make any text-named file
 * {@link FileKind#BINARY} with a {@code BINARY_CONTENT} issue, a {@code README.md} starting with {@code ---} is a
 * {@link FileKind#MODEL_CARD}, and a {@code #!} line gives an extensionless script its language.
 */
public final class FileClassifier {
    /** How many leading bytes of a file the classifier looks at. */
    public static final int SNIFF_BYTES = 8192;

    /** The charset for text that is neither marked by a BOM nor valid UTF-8. */
    public static final Charset FALLBACK_CHARSET = Charset.forName("windows-1252");

    /** Lines of the head searched for generated-code markers. */
    private static final int MARKER_LINES = 30;
    /** Characters of one line searched for markers. */
    private static final int MARKER_LINE_CAP = 2000;
    /** Git LFS pointers are at most this long (the spec's limit). */
    private static final int LFS_POINTER_MAX_BYTES = 1024;
    private static final byte[] LFS_HEADER =
            "version https://git-lfs.github.com/spec/v1".getBytes(StandardCharsets.US_ASCII);
    /** Average line length above which JavaScript or CSS counts as minified. */
    private static final int MINIFIED_AVERAGE_LINE = 250;
    private static final int MINIFIED_MIN_SAMPLE = 512;

    private final NameRules names = new NameRules();

    /** Creates a classifier; it holds only immutable tables. */
    public FileClassifier() {
    }

    /**
     * Classifies one file.
     *
     * @param path   path relative to the scanned root, {@code /}-separated
     * @param head   the file's first bytes
     * @param length how many bytes of {@code head} are valid (at most {@link #SNIFF_BYTES} are looked at)
     * @param size   the file's full size in bytes; when larger than {@code length}, the head is a prefix
     */
    public Classification classify(String path, byte[] head, int length, long size) {
        int len = Math.min(Math.min(length, head.length), SNIFF_BYTES);
        boolean cut = size > len;
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String lowerName = name.toLowerCase(Locale.ROOT);
        Set<FileTrait> traits = EnumSet.noneOf(FileTrait.class);
        boolean inLicensesDir = scanDirectories(path, slash, traits);
        if (NameRules.isGeneratedName(lowerName)) {
            traits.add(FileTrait.GENERATED);
        }

        if (size <= LFS_POINTER_MAX_BYTES && startsWith(head, len, LFS_HEADER)) {
            return new Classification(FileKind.LFS_POINTER, Language.NONE, StandardCharsets.UTF_8, traits, List.of());
        }

        NameRules.Verdict verdict = names.judge(lowerName, inLicensesDir);
        ByteOrderMark bom = ByteOrderMark.of(head, len);
        boolean binary = bom == null || bom == ByteOrderMark.UTF_8
                ? looksBinary(head, bom == null ? 0 : bom.length(), len)
                : looksBinary(new String(head, bom.length(), len - bom.length(), bom.charset()));
        if (binary) {
            return binaryClassification(path, verdict, traits);
        }
        FileKind kind = verdict.kind();
        Language language = verdict.language();
        if (kind == FileKind.WEIGHTS || kind == FileKind.ARCHIVE || kind == FileKind.BINARY) {
            return new Classification(kind, language, null, traits, List.of());
        }

        Charset charset;
        int textStart;
        if (bom != null) {
            charset = bom.charset();
            textStart = bom.length();
        } else {
            charset = Utf8.firstMalformed(head, 0, len, cut) < 0 ? StandardCharsets.UTF_8 : FALLBACK_CHARSET;
            textStart = 0;
        }
        String top = headLines(head, textStart, len, charset);

        if (kind == FileKind.DOC && NameRules.isReadmeMarkdown(lowerName) && hasFrontMatter(top)) {
            kind = FileKind.MODEL_CARD;
        } else if (kind == FileKind.OTHER) {
            Language script = Shebang.language(top);
            if (script != null) {
                kind = FileKind.SOURCE;
                language = script;
            }
        }
        if (hasGeneratedMarker(top)) {
            traits.add(FileTrait.GENERATED);
        }
        if (NameRules.isMinifiedName(lowerName)
                || ((language == Language.JAVASCRIPT || language == Language.CSS)
                    && hasLongLines(head, textStart, len, bom))) {
            traits.add(FileTrait.MINIFIED);
        }
        return new Classification(kind, language, charset, traits, List.of());
    }

    private static Classification binaryClassification(String path, NameRules.Verdict verdict, Set<FileTrait> traits) {
        FileKind named = verdict.kind();
        switch (verdict.trust()) {
            case BINARY:
                return new Classification(named, Language.NONE, null, traits, List.of());
            case TEXT:
                String what = verdict.language() == Language.NONE
                        ? named.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        : named.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + verdict.language().id()
                          + ")";
                ScanIssue issue = new ScanIssue(path, IssueCode.BINARY_CONTENT,
                        "named as " + what + " but holds binary content; not analysed");
                return new Classification(FileKind.BINARY, Language.NONE, null, traits, List.of(issue));
            default:
                return new Classification(FileKind.BINARY, Language.NONE, null, traits, List.of());
        }
    }

    /** Adds {@link FileTrait#VENDORED} for a vendor directory; returns whether a {@code LICENSES} folder is above. */
    private static boolean scanDirectories(String path, int lastSlash, Set<FileTrait> traits) {
        boolean licenses = false;
        int start = 0;
        while (start < lastSlash) {
            int end = path.indexOf('/', start);
            String segment = path.substring(start, end);
            if (NameRules.isVendorDirectory(segment)) {
                traits.add(FileTrait.VENDORED);
            }
            if (segment.equals(NameRules.LICENSES_DIR)) {
                licenses = true;
            }
            start = end + 1;
        }
        return licenses;
    }

    private static boolean startsWith(byte[] data, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Binary when the bytes hold a NUL or more than 10% control bytes other than tab, line ends, form feed, ESC. */
    static boolean looksBinary(byte[] data, int from, int to) {
        int control = 0;
        for (int i = from; i < to; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                control++;
            }
        }
        return control * 10 > to - from;
    }

    private static boolean looksBinary(CharSequence text) {
        int control = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 128 && isControl(c)) {
                control++;
            }
        }
        return control * 10 > n;
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F;
    }

    /** The first {@value #MARKER_LINES} lines of the head, decoded. */
    private static String headLines(byte[] head, int from, int to, Charset charset) {
        int end = to;
        if (charset == StandardCharsets.UTF_8 || charset == FALLBACK_CHARSET) {
            int lines = 0;
            for (int i = from; i < to; i++) {
                if (head[i] == '\n' && ++lines == MARKER_LINES) {
                    end = i;
                    break;
                }
            }
        }
        return new String(head, from, end - from, charset);
    }

    /** YAML front matter: the first line is {@code ---} (trailing blanks allowed). */
    static boolean hasFrontMatter(String top) {
        if (!top.startsWith("---")) {
            return false;
        }
        for (int i = 3; i < top.length(); i++) {
            char c = top.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Markers of generated code in the first lines: {@code @generated}, "DO NOT EDIT", protoc's banner, … */
    static boolean hasGeneratedMarker(String top) {
        if (top.indexOf("enerated") < 0 && top.indexOf("ENERATED") < 0 && !top.contains("DO NOT EDIT")) {
            return false; // every marker but "DO NOT EDIT" says "generated": most heads end here, uncopied
        }
        int start = 0;
        int n = top.length();
        for (int line = 0; line < MARKER_LINES && start < n; line++) {
            int end = top.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String text = top.substring(start, Math.min(end, start + MARKER_LINE_CAP));
            if (isGeneratedMarkerLine(text)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isGeneratedMarkerLine(String line) {
        if (line.contains("DO NOT EDIT")) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("@generated")
                || lower.contains("autogenerated")
                || lower.contains("auto-generated file")
                || lower.contains("auto-generated code")
                || lower.contains("automatically generated by")
                || lower.contains("file was automatically generated")
                || lower.contains("file is automatically generated")
                || lower.contains("file was generated by")
                || lower.contains("file is generated by")
                || lower.contains("generated by the protocol buffer compiler")
                || (lower.contains("generated") && lower.contains("do not edit"));
    }

    /** Minified: an average line longer than {@value #MINIFIED_AVERAGE_LINE} characters in the head. */
    private static boolean hasLongLines(byte[] head, int from, int to, ByteOrderMark bom) {
        if (to - from < MINIFIED_MIN_SAMPLE || (bom != null && bom != ByteOrderMark.UTF_8)) {
            return false;
        }
        int lines = 1;
        for (int i = from; i < to - 1; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        return (to - from) / lines > MINIFIED_AVERAGE_LINE;
    }
}
