package dev.provenance.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * A streaming JSON writer whose output may stand inside an HTML {@code <script type="application/json">} element
 * whatever the strings hold: besides JSON's own escapes it writes {@code <}, {@code >}, {@code &}, U+2028, U+2029 and
 * unpaired surrogates as {@code \}{@code uXXXX}, so no text from a scanned repository can close the element, open a
 * comment or reach the page as markup. Compact (no blanks), so equal calls give equal bytes.
 */
final class ScriptJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    /** Per open container: whether a value was already written in it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    ScriptJson(Writer out) {
        this.out = out;
    }

    ScriptJson beginObject() throws IOException {
        separate();
        out.write('{');
        open.push(new boolean[1]);
        return this;
    }

    ScriptJson endObject() throws IOException {
        open.pop();
        out.write('}');
        return this;
    }

    ScriptJson beginArray() throws IOException {
        separate();
        out.write('[');
        open.push(new boolean[1]);
        return this;
    }

    ScriptJson endArray() throws IOException {
        open.pop();
        out.write(']');
        return this;
    }

    /** The next member's name, inside an object. */
    ScriptJson name(String name) throws IOException {
        separate();
        quoted(out, name);
        out.write(':');
        afterName = true;
        return this;
    }

    ScriptJson value(String value) throws IOException {
        separate();
        if (value == null) {
            out.write("null");
        } else {
            quoted(out, value);
        }
        return this;
    }

    ScriptJson value(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    ScriptJson value(boolean value) throws IOException {
        separate();
        out.write(value ? "true" : "false");
        return this;
    }

    /** A member holding a string. */
    ScriptJson field(String name, String value) throws IOException {
        return name(name).value(value);
    }

    /** A member holding a number. */
    ScriptJson field(String name, long value) throws IOException {
        return name(name).value(value);
    }

    /** A member holding a boolean. */
    ScriptJson field(String name, boolean value) throws IOException {
        return name(name).value(value);
    }

    /** A member holding an array of strings. */
    ScriptJson strings(String name, Collection<String> values) throws IOException {
        name(name).beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    /** A member holding an array of numbers. */
    ScriptJson numbers(String name, Collection<Integer> values) throws IOException {
        name(name).beginArray();
        for (int value : values) {
            value(value);
        }
        return endArray();
    }

    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] written = open.peek();
        if (written != null) {
            if (written[0]) {
                out.write(',');
            }
            written[0] = true;
        }
    }

    /** Writes {@code s} as a JSON string that is also safe as the text of an HTML script element. */
    static void quoted(Writer out, String s) throws IOException {
        out.write('"');
        int length = s.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String escape = escape(s, i, c);
            if (escape == null) {
                continue;
            }
            out.write(s, plain, i - plain);
            if (escape.isEmpty()) {
                unicode(out, c);
            } else {
                out.write(escape);
            }
            plain = i + 1;
        }
        out.write(s, plain, length - plain);
        out.write('"');
    }

    /** {@code null}: written as is; empty: written as {@code \}{@code uXXXX}; otherwise the escape to write. */
    private static String escape(String s, int i, char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '<':
            case '>':
            case '&':
            case '\u2028':
            case '\u2029':
                return "";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return "";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "";
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : "";
        }
        return null;
    }

    private static void unicode(Writer out, char c) throws IOException {
        out.write("\\u");
        out.write(HEX[(c >> 12) & 0xf]);
        out.write(HEX[(c >> 8) & 0xf]);
        out.write(HEX[(c >> 4) & 0xf]);
        out.write(HEX[c & 0xf]);
    }
}
