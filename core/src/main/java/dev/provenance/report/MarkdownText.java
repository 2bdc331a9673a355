package dev.provenance.report;

/**
 * Text from a scan (paths, messages, copyright lines: all of it may come from a hostile repository) made literal
 * inside CommonMark: no emphasis, links, images, HTML, code spans, headings or list items can come out of it.
 */
final class MarkdownText {
    /** Punctuation that starts or ends a Markdown construct anywhere in a line. */
    private static final String ALWAYS = "\\`*_{}[]()#!|<>~&";

    private MarkdownText() {
    }

    /**
     * {@code text} on one line (line breaks and other control characters become spaces), with every character of
     * {@link #ALWAYS} backslash-escaped, and a leading list or heading marker ({@code -}, {@code +}, {@code =},
     * {@code 1.}) escaped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int digits = 0;
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.isISOControl(text.charAt(i)) ? ' ' : text.charAt(i);
            if (start && c >= '0' && c <= '9') {
                digits++;
                out.append(c);
                continue;
            }
            boolean leadingMarker = start && (digits > 0 ? c == '.' : c == '-' || c == '+' || c == '=');
            if (ALWAYS.indexOf(c) >= 0 || leadingMarker) {
                out.append('\\');
            }
            out.append(c);
            start = start && c == ' ' && digits == 0;
        }
        return out.toString();
    }
}
