package dev.provenance.report;

import java.util.Arrays;

/**
 * The tokens of one line of code for display diffs: identifiers (letters, digits, {@code _} and {@code $}, not
 * starting with a digit), numbers (a digit and the letters, digits and dots after it), and every other non-blank
 * character on its own. Blanks separate tokens and are not tokens. One linear pass, no regular expressions.
 *
 * @param line   the line
 * @param starts where each token starts (UTF-16 index)
 * @param ends   where each token ends, exclusive
 */
record LineTokens(String line, int[] starts, int[] ends) {
    LineTokens {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("one end per start: " + starts.length + " vs " + ends.length);
        }
    }

    /** Tokenises {@code line}, keeping at most {@code maxTokens} tokens (the rest of the line is left out). */
    static LineTokens of(String line, int maxTokens) {
        int[] starts = new int[Math.min(16, maxTokens)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        int length = line.length();
        while (i < length && count < maxTokens) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordPart(c)) {
                boolean number = Character.isDigit(c);
                i++;
                while (i < length && (isWordPart(line.charAt(i)) || number && line.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(line.charAt(i + 1))
                        ? 2 : 1;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, Math.min(count * 2, maxTokens));
                ends = Arrays.copyOf(ends, starts.length);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new LineTokens(line, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Whether the line has more tokens than were kept. */
    boolean truncated() {
        int end = ends.length == 0 ? 0 : ends[ends.length - 1];
        return !line.substring(end).isBlank();
    }

    int size() {
        return starts.length;
    }

    String token(int index) {
        return line.substring(starts[index], ends[index]);
    }

    /** Whether token {@code index} is an identifier (the only tokens a rename map applies to). */
    boolean isIdentifier(int index) {
        char c = line.charAt(starts[index]);
        return isWordPart(c) && !Character.isDigit(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
