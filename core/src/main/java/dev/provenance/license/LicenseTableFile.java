package dev.provenance.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one of the license data tables of core's resources (YAML, safe loading) and gives typed access to its
 * values, failing with the resource and the path of a malformed value: the tables ship inside core, so a mistake in
 * one is a build error, caught by the unit tests.
 */
final class LicenseTableFile {
    private static final int MAX_CHARS = 1_000_000;

    private final String resource;

    private LicenseTableFile(String resource) {
        this.resource = resource;
    }

    /** The top-level mapping of resource {@code name} (next to this class). */
    static Node load(String name) {
        LicenseTableFile file = new LicenseTableFile(name);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(100)
                .setCodePointLimit(MAX_CHARS)
                .build();
        try (InputStream in = LicenseTableFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return file.new Node("", new Load(settings).loadFromInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlEngineException e) {
            throw new IllegalStateException(name + ": malformed YAML: " + e.getMessage(), e);
        }
    }

    /** A value of the file at a path (for messages: {@code licenses[3].duties[0].quote}). */
    final class Node {
        private final String path;
        private final Object value;

        private Node(String path, Object value) {
            this.path = path;
            this.value = value;
        }

        String path() {
            return path;
        }

        /** The value under {@code key} of this mapping; a node holding null when absent. */
        Node get(String key) {
            Object found = mapping().get(key);
            return new Node(path.isEmpty() ? key : path + "." + key, found);
        }

        boolean isPresent() {
            return value != null;
        }

        /** The items of this sequence (an absent value is an empty sequence). */
        List<Node> items() {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw problem("expected a list");
            }
            ArrayList<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                nodes.add(new Node(path + "[" + i + "]", list.get(i)));
            }
            return nodes;
        }

        /** The keys and values of this mapping, in file order (an absent value is an empty mapping). */
        Map<String, Node> entries() {
            Map<String, Node> out = new LinkedHashMap<>();
            if (value == null) {
                return out;
            }
            mapping().forEach((k, v) -> out.put(String.valueOf(k), new Node(path + "." + k, v)));
            return out;
        }

        /** This value as non-blank text. */
        String text() {
            if (!(value instanceof String s) || s.isBlank()) {
                throw problem("expected a non-blank string");
            }
            return s.strip();
        }

        /** This value as text, or {@code fallback} when absent. */
        String text(String fallback) {
            return value == null ? fallback : text();
        }

        /** This value as a constant of {@code type} (written as its name). */
        <E extends Enum<E>> E constant(Class<E> type) {
            String name = text();
            try {
                return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw problem("unknown " + type.getSimpleName() + " '" + name + "'");
            }
        }

        /** An exception naming the file, this path and {@code message}. */
        IllegalStateException problem(String message) {
            return new IllegalStateException(resource + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }

        private Map<?, ?> mapping() {
            if (!(value instanceof Map<?, ?> map)) {
                throw problem("expected a mapping");
            }
            return map;
        }
    }
}
