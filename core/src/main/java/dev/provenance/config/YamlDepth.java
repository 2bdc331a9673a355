package dev.provenance.config;

import dev.provenance.scan.InputProblem;
import dev.provenance.scan.IssueCode;

/**
 * A cheap, linear upper estimate of a YAML document's nesting depth, checked before the loader (which recurses)
 * sees the text: block nesting by indentation levels and sequence dashes, flow nesting by brackets outside quotes
 * and comments.
 */
final class YamlDepth {
    private YamlDepth() {
    }

    static void check(String text, int maxDepth) throws InputProblem {
        int[] indents = new int[maxDepth + 2];
        int levels = 0;
        int flow = 0;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int indent = 0;
            while (i < n && text.charAt(i) == ' ') {
                indent++;
                i++;
            }
            int dashes = 0;
            while (i + 1 < n && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
                dashes++;
                i += 2;
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
            }
            boolean blank = i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '#';
            if (!blank && flow == 0) {
                while (levels > 0 && indents[levels - 1] >= indent) {
                    levels--;
                }
                if (levels < indents.length) {
                    indents[levels] = indent;
                }
                levels++;
            }
            char quote = 0;
            while (i < n && text.charAt(i) != '\n') {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ')) {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                }
                if (levels + dashes + flow > maxDepth) {
                    throw new InputProblem(IssueCode.INVALID_YAML,
                            "line " + line + ": nesting deeper than " + maxDepth);
                }
                i++;
            }
            if (levels + dashes + flow > maxDepth) {
                throw new InputProblem(IssueCode.INVALID_YAML, "line " + line + ": nesting deeper than " + maxDepth);
            }
            i++;
            line++;
        }
    }
}
