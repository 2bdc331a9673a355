package dev.provenance.quality;

import dev.provenance.inventory.Language;
import dev.provenance.lex.Lexer;
import dev.provenance.lex.Lexers;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The copy transformations of the quality benchmark, driven by the real lexers so that they touch code only (never a
 * string or a comment) and keep the copy lexically valid: re-indent and re-wrap, consistent identifier renames, and a
 * changed statement about every ten lines. Deterministic for a given {@link Random}.
 */
final class Transforms {
    private static final Set<String> KEEP = Set.of("self", "cls", "super", "this", "length", "size", "get", "equals",
            "hashCode", "toString", "append", "__init__", "__name__", "print", "len", "range", "isinstance");

    private Transforms() {
    }

    static Lexer lexer(Language language) {
        return Lexers.forLanguage(language).orElseThrow();
    }

    /** Lines (1-based) that hold a seeded token. */
    static BitSet codeLines(String text, Language language) {
        Tokens t = lexer(language).lex(text);
        BitSet lines = new BitSet();
        for (int i = 0; i < t.size(); i++) {
            if (t.seeded(i)) {
                lines.set(t.line(i), t.lastLine(i) + 1);
            }
        }
        return lines;
    }

    /**
     * Line boundaries no token crosses: bit {@code k} set when the boundary before line {@code k} (1-based; bit
     * {@code lines + 1} is the end) lies outside every comment, string and docstring.
     */
    static BitSet safeBoundaries(String text, Language language) {
        Tokens t = lexer(language).lex(text);
        int lines = text.split("\n", -1).length;
        BitSet safe = new BitSet();
        safe.set(1, lines + 2);
        for (int i = 0; i < t.size(); i++) {
            if (t.lastLine(i) > t.line(i)) {
                safe.clear(t.line(i) + 1, t.lastLine(i) + 1);
            }
        }
        return safe;
    }

    /**
     * Re-indents (leading spaces halved, tabs for Java) and re-wraps: a long line is broken after its first comma at
     * column 30 or more that lies inside brackets, and (Java) an opening brace ending a statement header moves to a
     * line of its own.
     */
    static String reformat(String text, Language language) {
        Tokens t = lexer(language).lex(text);
        Map<Integer, String> inserts = new TreeMap<>();
        int depth = 0;
        int lastLine = -1;
        for (int i = 0; i < t.size(); i++) {
            String s = t.text(i);
            if (t.type(i) == TokenType.OPERATOR) {
                if (s.equals("(") || s.equals("[") || s.equals("{")) {
                    depth++;
                } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                    depth = Math.max(0, depth - 1);
                }
                int line = t.line(i);
                int lineStart = text.lastIndexOf('\n', t.start(i) - 1) + 1;
                int lineEnd = text.indexOf('\n', t.start(i));
                int len = (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
                if (s.equals(",") && depth > 0 && line != lastLine && len > 60 && t.start(i) - lineStart >= 30) {
                    inserts.put(t.end(i), "\n" + " ".repeat(leading(text, lineStart) + 8));
                    lastLine = line;
                } else if (language == Language.JAVA && s.equals("{") && i > 0 && t.text(i - 1).equals(")")
                        && t.line(i - 1) == line && (i + 1 >= t.size() || t.line(i + 1) > line)) {
                    inserts.put(t.start(i), "\n" + " ".repeat(leading(text, lineStart)));
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + inserts.size() * 16);
        int at = 0;
        for (Map.Entry<Integer, String> e : inserts.entrySet()) {
            out.append(text, at, e.getKey());
            int k = e.getKey();
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            out.append(e.getValue());
            at = k;
        }
        out.append(text.substring(at));
        StringBuilder reindented = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            int n = leading(line, 0);
            String indent = language == Language.JAVA ? "\t".repeat(n / 4) + " ".repeat(n % 4) : " ".repeat(n / 2);
            reindented.append(indent).append(line, n, line.length()).append('\n');
        }
        reindented.setLength(reindented.length() - 1);
        return reindented.toString();
    }

    private static int leading(String text, int from) {
        int n = 0;
        while (from + n < text.length() && text.charAt(from + n) == ' ') {
            n++;
        }
        return n;
    }

    /** Renames {@code count} identifiers (seen at least twice, lower-case first letter) consistently. */
    static String rename(String text, Language language, Random random, int count) {
        Tokens t = lexer(language).lex(text);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            String s = t.text(i);
            if (t.type(i) == TokenType.IDENTIFIER && s.length() >= 3 && Character.isLowerCase(s.charAt(0))
                    && !KEEP.contains(s)) {
                seen.merge(s, 1, Integer::sum);
            }
        }
        List<String> candidates = new ArrayList<>();
        seen.forEach((k, v) -> {
            if (v >= 2) {
                candidates.add(k);
            }
        });
        Map<String, String> renames = new HashMap<>();
        for (int k = 0; k < count && !candidates.isEmpty(); k++) {
            String from = candidates.remove(random.nextInt(candidates.size()));
            renames.put(from, "zq" + Character.toUpperCase(from.charAt(0)) + from.substring(1) + "Alt");
        }
        return replaceTokens(text, t, (i, s) -> t.type(i) == TokenType.IDENTIFIER ? renames.get(s) : null);
    }

    /**
     * Changes a statement about every ten code lines (a gap of 8 to 12): its first number becomes another, or else
     * its last identifier becomes a new name, and an operand {@code + 1} is added after it.
     */
    static String edit(String text, Language language, Random random) {
        Tokens t = lexer(language).lex(text);
        Map<Integer, Integer> chosen = new HashMap<>();
        int next = 3 + random.nextInt(6);
        int codeLine = 0;
        int line = -1;
        int target = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.seeded(i)) {
                continue;
            }
            if (t.line(i) != line) {
                line = t.line(i);
                codeLine++;
                if (codeLine >= next) {
                    target = line;
                    next = codeLine + 8 + random.nextInt(5);
                }
            }
            if (line == target && (t.type(i) == TokenType.IDENTIFIER || t.type(i) == TokenType.NUMBER)) {
                Integer prev = chosen.get(line);
                if (prev == null || t.type(i) == TokenType.IDENTIFIER && t.type(prev) != TokenType.NUMBER) {
                    chosen.put(line, i);
                }
            }
        }
        Set<Integer> tokens = new java.util.HashSet<>(chosen.values());
        return replaceTokens(text, t, (i, s) -> {
            if (!tokens.contains(i)) {
                return null;
            }
            return t.type(i) == TokenType.NUMBER ? "(" + s + " + 7)" : "changed" + i;
        });
    }

    private interface Replacement {
        String apply(int token, String text);
    }

    private static String replaceTokens(String text, Tokens t, Replacement replacement) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int i = 0; i < t.size(); i++) {
            String r = replacement.apply(i, t.text(i));
            if (r != null) {
                out.append(text, at, t.start(i)).append(r);
                at = t.end(i);
            }
        }
        return out.append(text.substring(at)).toString();
    }
}
