package dev.provenance.config;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;

/**
 * A cheap, linear upper estimate of a YAML document's nesting depth, checked before a loader (which recurses) sees
 * the text: block nesting by a stack of indentations and the {@code - } / {@code ? } that open compact sequences and
 * complex keys, flow nesting by brackets outside quotes and comments. Used by the config parser and the YAML lexer.
 */
public final class YamlDepth {
    private YamlDepth() {
    }

    /** Throws {@code INVALID_YAML} naming the first line nested deeper than {@code maxDepth}. */
    static void check(String text, int maxDepth) throws InputProblem {
        int line = firstLineDeeperThan(text, maxDepth);
        if (line > 0) {
            throw new InputProblem(IssueCode.INVALID_YAML, "line " + line + ": nesting deeper than " + maxDepth);
        }
    }

    /** The first 1-based line whose estimated nesting exceeds {@code maxDepth}, or 0 when none does. */
    public static int firstLineDeeperThan(String text, int maxDepth) {
        int[] indents = new int[maxDepth + 2];
        int levels = 0;
        int flow = 0;
        int line = 1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int indent = 0;
            while (i < n && text.charAt(i) == ' ') {
                indent++;
                i++;
            }
            int dashes = 0;
            while (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '?')
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                dashes++;
                i += 2;
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
            }
            boolean blank = i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '#';
            if (!blank && flow == 0) {
                while (levels > 0 && indents[Math.min(levels, indents.length) - 1] >= indent) {
                    levels--;
                }
                if (levels < indents.length) {
                    indents[levels] = indent;
                }
                levels++;
            }
            char quote = 0;
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ')) {
                    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                }
                if (levels + dashes + flow > maxDepth) {
                    return line;
                }
                i++;
            }
            if (levels + dashes + flow > maxDepth) {
                return line;
            }
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
            line++;
        }
        return 0;
    }
}
