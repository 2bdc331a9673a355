package dev.provenance.inventory;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import dev.provenance.text.ByteSize;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the full text of an inventoried file: all bytes in one read, one decode. Stateless and thread-safe.
 *
 * <p>A byte order mark decides the charset and is dropped. Text taken for UTF-8 is decoded strictly; at the first
 * ill-formed sequence the whole file is decoded as windows-1252 instead, with an {@code INVALID_ENCODING} issue
 * naming the byte and line. Other charsets replace what they cannot decode and say where they first had to.
 */
public final class ContentLoader {
    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    /** Creates a loader; it holds no state. */
    public ContentLoader() {
    }

    /**
     * Reads and decodes one file.
     *
     * @param entry    a file of the inventory with a charset (a text kind); never followed through a link
     * @param maxBytes the analysis budget: larger files are refused with {@code TOO_LARGE}
     * @throws InputProblem {@code UNREADABLE} when the file cannot be read (vanished, permission denied, I/O
     *                      error, now a link), {@code TOO_LARGE} when it exceeds {@code maxBytes}
     * @throws IllegalArgumentException when the entry holds binary content (its charset is null)
     */
    public LoadedText load(InventoryEntry entry, long maxBytes) throws InputProblem {
        Objects.requireNonNull(entry, "entry");
        if (entry.charset() == null) {
            throw new IllegalArgumentException(entry.path() + " is " + entry.kind() + " content without a charset");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("negative budget " + maxBytes);
        }
        byte[] bytes = read(entry, maxBytes);
        return decode(entry.path(), bytes, bytes.length, entry.charset());
    }

    private static byte[] read(InventoryEntry entry, long maxBytes) throws InputProblem {
        try (SeekableByteChannel channel = Files.newByteChannel(entry.file(),
                Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > maxBytes || size > MAX_ARRAY_BYTES) {
                throw new InputProblem(IssueCode.TOO_LARGE, ByteSize.of(size) + " exceeds the "
                        + ByteSize.ofBudget(Math.min(maxBytes, MAX_ARRAY_BYTES)) + " analysis budget; inventoried, not analysed");
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // Fill the buffer; a file that shrank meanwhile ends early.
            }
            return buffer.position() == bytes.length ? bytes : Arrays.copyOf(bytes, buffer.position());
        } catch (IOException e) {
            throw new InputProblem(IssueCode.UNREADABLE,
                    "cannot be read (" + FileSystemWalker.reason(e) + "); not analysed", e);
        }
    }

    /**
     * Decodes bytes already in memory (an archive entry, a test fixture) exactly as {@link #load} would.
     *
     * @param path    the path to name in the text and its issues
     * @param bytes   the content; only {@code bytes[0, length)} is read
     * @param charset the charset to decode with unless a byte order mark says otherwise
     */
    public LoadedText decode(String path, byte[] bytes, int length, Charset charset) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(charset, "charset");
        ByteOrderMark bom = ByteOrderMark.of(bytes, length);
        int start = 0;
        Charset effective = charset;
        if (bom != null) {
            effective = bom.charset();
            start = bom.length();
        }
        if (effective.equals(StandardCharsets.UTF_8) || effective.equals(FileClassifier.FALLBACK_CHARSET)) {
            // Without a byte order mark, text is taken for UTF-8; the classifier's windows-1252 guess (from the
            // first 8 KiB) is confirmed here over the whole file and reported, so no invalid UTF-8 goes unnoticed.
            int bad = Utf8.firstMalformed(bytes, start, length, false);
            if (bad < 0) {
                return new LoadedText(new TextFile(path, new String(bytes, start, length - start,
                        StandardCharsets.UTF_8)), List.of());
            }
            String text = new String(bytes, start, length - start, FileClassifier.FALLBACK_CHARSET);
            ScanIssue issue = new ScanIssue(path, IssueCode.INVALID_ENCODING, "invalid UTF-8 at byte " + bad
                    + " (line " + lineAtByte(bytes, start, bad) + "); decoded as "
                    + FileClassifier.FALLBACK_CHARSET.name());
            return new LoadedText(new TextFile(path, text), List.of(issue));
        }
        return decodeReplacing(path, bytes, start, length, effective);
    }

    /** Decodes with any other charset; the first undecodable sequence is reported, the rest replaced silently. */
    private static LoadedText decodeReplacing(String path, byte[] bytes, int start, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((length - start) * (double) decoder.maxCharsPerByte()) + 16));
        int firstBad = -1;
        int badLine = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                    badLine = lineAtChar(out, 0, out.position());
                }
                in.position(in.position() + result.length());
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        TextFile text = new TextFile(path, out.toString());
        if (firstBad < 0) {
            return new LoadedText(text, List.of());
        }
        return new LoadedText(text, List.of(new ScanIssue(path, IssueCode.INVALID_ENCODING, "invalid "
                + charset.name() + " at byte " + firstBad + " (line " + badLine
                + "); undecodable bytes replaced with U+FFFD")));
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    /** The 1-based line holding byte {@code offset}: line ends are {@code \n}, {@code \r\n} and a lone {@code \r}. */
    private static int lineAtByte(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int lineAtChar(CharBuffer decoded, int from, int to) {
        int line = 1;
        for (int i = from; i < to; i++) {
            char c = decoded.get(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || decoded.get(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
