package dev.provenance.lex;

import dev.provenance.config.YamlDepth;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The lexer for YAML configuration: the canonical form of each document, exactly as {@link JsonConfigLexer} gives
 * it for JSON, so that a configuration seeds alike in either format ({@code hidden_size: 4096} and
 * {@code "hidden_size": 4096}). Scalars are resolved with YAML 1.2's core schema: integers ({@code 0x1F},
 * {@code 0o17}) and floats by value, {@code .inf}/{@code .nan} as {@code Infinity}/{@code NaN}, booleans and nulls
 * ({@code ~}, empty) by their canonical words, every other scalar as a JSON-quoted string. Block mappings and
 * sequences get the same {@code {} {@code }} {@code [} {@code ]} tokens as flow ones (placed on their first and last
 * characters). A collection reached again through an alias seeds as {@code *anchor} rather than being expanded.
 *
 * <p>Loading is safe and bounded: snakeyaml-engine composes nodes only (no object is constructed), with at most
 * {@value #MAX_ALIASES} aliases to collections, no recursive keys, and a cheap depth estimate refusing more than
 * {@value #MAX_DEPTH} levels before the (recursive) composer runs. A document that does not load, or that is larger
 * than {@value #MAX_CANONICAL_CHARS} characters or has a line longer than {@value #MAX_LINE_CHARS} (the loader slows
 * down there), lexes as written with {@link FlatConfigLexer}, in file order.
 */
final class YamlConfigLexer implements Lexer {
    static final int MAX_DEPTH = 128;
    static final int MAX_ALIASES = 50;
    static final int MAX_CODE_POINTS = 64 << 20;
    /** Largest text put through the YAML loader (a few hundred milliseconds); a larger one lexes as written. */
    static final int MAX_CANONICAL_CHARS = 1 << 20;
    /** Longest line put through the YAML loader, whose scalar scanning slows down on very long lines. */
    static final int MAX_LINE_CHARS = 16_384;

    private final LoadSettings settings = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .setLabel("yaml")
            .build();
    private final FlatConfigLexer fallback = new FlatConfigLexer("#");

    @Override
    public Tokens lex(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_CANONICAL_CHARS || longestLine(source) > MAX_LINE_CHARS
                || YamlDepth.firstLineDeeperThan(source, MAX_DEPTH) > 0) {
            return fallback.lex(source);
        }
        Tokens.Builder out = Tokens.builder(source).seedVerbatim();
        try {
            Emitter emitter = new Emitter(source, out);
            for (Node document : new Compose(settings).composeAllFromString(source)) {
                emitter.node(document);
            }
        } catch (YamlEngineException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return fallback.lex(source);
        } catch (StackOverflowError e) {
            return fallback.lex(source);
        }
        return out.build();
    }

    @Override
    public String toString() {
        return "lexer for YAML configuration";
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private static final class Emitter {
        private final String source;
        private final Tokens.Builder out;
        private final LineIndex index;
        /** UTF-16 offset of each code point index, or null when the text has no supplementary characters. */
        private final int[] offsets;
        private final Map<Node, Boolean> emitted = new IdentityHashMap<>();
        private int lastEnd;

        Emitter(String source, Tokens.Builder out) {
            this.source = source;
            this.out = out;
            this.index = new LineIndex(source);
            this.offsets = codePointOffsets(source);
        }

        private static int[] codePointOffsets(String s) {
            boolean surrogates = false;
            for (int i = 0; i < s.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(s.charAt(i));
            }
            if (!surrogates) {
                return null;
            }
            int[] map = new int[s.codePointCount(0, s.length()) + 1];
            int cp = 0;
            for (int i = 0; i < s.length(); ) {
                map[cp++] = i;
                i += Character.charCount(s.codePointAt(i));
            }
            map[cp] = s.length();
            return Arrays.copyOf(map, cp + 1);
        }

        private int offset(Optional<Mark> mark, int otherwise) {
            if (mark.isEmpty()) {
                return otherwise;
            }
            int cp = mark.get().getIndex();
            int off = offsets == null ? cp : offsets[Math.min(Math.max(cp, 0), offsets.length - 1)];
            return Math.min(Math.max(off, 0), source.length());
        }

        /** Appends a token over {@code [start, end)}, widened to one character where the node is empty. */
        private void add(TokenType type, int start, int end, String canonical) {
            int n = source.length();
            if (n == 0) {
                return;
            }
            int s = Math.min(start, n - 1);
            int e = Math.max(Math.min(end, n), s + 1);
            index.add(out, type, s, e, canonical);
            lastEnd = Math.max(lastEnd, e);
        }

        void node(Node node) {
            int start = offset(node.getStartMark(), lastEnd);
            int end = offset(node.getEndMark(), start);
            if (node instanceof ScalarNode scalar) {
                add(TokenType.TEXT, start, trimEnd(start, end), scalar(scalar));
                return;
            }
            if (emitted.put(node, Boolean.TRUE) != null) {
                String anchor = node.getAnchor().map(a -> "*" + a.getValue()).orElse("*");
                add(TokenType.TEXT, start, start + 1, anchor);
                return;
            }
            boolean flow = node instanceof MappingNode m ? m.getFlowStyle() == FlowStyle.FLOW
                    : ((SequenceNode) node).getFlowStyle() == FlowStyle.FLOW;
            boolean mapping = node instanceof MappingNode;
            add(TokenType.OPERATOR, start, start + 1, mapping ? "{" : "[");
            int outer = lastEnd;
            lastEnd = start + 1;
            if (node instanceof MappingNode m) {
                mapping(m);
            } else {
                for (Node item : ((SequenceNode) node).getValue()) {
                    node(item);
                }
            }
            int close = flow ? end : lastEnd;
            add(TokenType.OPERATOR, Math.max(close - 1, 0), close, mapping ? "}" : "]");
            lastEnd = Math.max(outer, lastEnd);
        }

        private void mapping(MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            Entry[] entries = new Entry[tuples.size()];
            for (int k = 0; k < entries.length; k++) {
                NodeTuple t = tuples.get(k);
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                entries[k] = new Entry(key, k, t);
            }
            Arrays.sort(entries, (a, b) -> {
                if (a.key() == null || b.key() == null) {
                    return a.key() == null && b.key() == null ? Integer.compare(a.order(), b.order())
                            : a.key() == null ? 1 : -1;
                }
                int c = a.key().compareTo(b.key());
                return c != 0 ? c : Integer.compare(a.order(), b.order());
            });
            for (Entry e : entries) {
                Node key = e.tuple().getKeyNode();
                if (e.key() != null) {
                    int start = offset(key.getStartMark(), lastEnd);
                    int end = offset(key.getEndMark(), start);
                    add(TokenType.KEYWORD, start, trimEnd(start, end), e.key());
                } else {
                    node(key);
                }
                node(e.tuple().getValueNode());
            }
        }

        /** The end of a scalar's span without the line breaks and blanks a block scalar's end mark includes. */
        private int trimEnd(int start, int end) {
            int e = end;
            while (e > start + 1 && Character.isWhitespace(source.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        private static String scalar(ScalarNode node) {
            String value = node.getValue();
            Tag tag = node.getTag();
            if (!node.isPlain() || tag.equals(Tag.STR)) {
                return ConfigCanon.quoted(value);
            }
            if (tag.equals(Tag.NULL)) {
                return "null";
            }
            if (tag.equals(Tag.BOOL)) {
                return value.toLowerCase(Locale.ROOT);
            }
            if (tag.equals(Tag.INT)) {
                return integer(value);
            }
            if (tag.equals(Tag.FLOAT)) {
                return decimal(value);
            }
            return ConfigCanon.quoted(value);
        }

        private static String integer(String value) {
            String v = value.replace("_", "");
            boolean negative = v.startsWith("-");
            String body = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
            try {
                BigInteger i;
                if (body.startsWith("0x") || body.startsWith("0X")) {
                    i = new BigInteger(body.substring(2), 16);
                } else if (body.startsWith("0o") || body.startsWith("0O")) {
                    i = new BigInteger(body.substring(2), 8);
                } else {
                    i = new BigInteger(body);
                }
                return ConfigCanon.integer(negative ? i.negate() : i);
            } catch (NumberFormatException e) {
                return ConfigCanon.quoted(value);
            }
        }

        private static String decimal(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.endsWith(".nan")) {
                return "NaN";
            }
            if (v.endsWith(".inf")) {
                return v.startsWith("-") ? "-Infinity" : "Infinity";
            }
            try {
                String t = value.startsWith("+") ? value.substring(1) : value;
                return ConfigCanon.canonical(new BigDecimal(t));
            } catch (NumberFormatException | ArithmeticException e) {
                return ConfigCanon.quoted(value);
            }
        }

        private record Entry(String key, int order, NodeTuple tuple) {
        }
    }
}
