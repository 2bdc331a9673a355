package dev.provenance.attribution;

import dev.provenance.match.Origin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways a text may name an upstream: its component name and the short forms people write ({@code asm} for
 * {@code org.ow2.asm:asm}, {@code rope_kit} for {@code rope-kit}), and its file as a path or a dotted module.
 */
final class OriginNames {
    /** Shortest name searched for: shorter ones ("io", "re") occur everywhere. */
    static final int MIN_NAME = 3;

    private final List<String> names;
    private final List<String> files;

    OriginNames(Origin origin) {
        this(origin.component(), origin.path());
    }

    /**
     * @param componentName the component's name
     * @param upstreamPath  the upstream file; empty when only the component is to be named
     */
    OriginNames(String componentName, String upstreamPath) {
        Set<String> n = new LinkedHashSet<>();
        String component = componentName.toLowerCase(Locale.ROOT);
        addWithSeparators(n, component);
        int colon = component.lastIndexOf(':');
        if (colon >= 0) {
            addWithSeparators(n, component.substring(colon + 1));
            addWithSeparators(n, component.substring(0, colon));
        }
        int slash = component.lastIndexOf('/');
        if (slash >= 0) {
            addWithSeparators(n, component.substring(slash + 1));
        }
        n.removeIf(s -> s.length() < MIN_NAME);
        this.names = List.copyOf(n);

        Set<String> f = new LinkedHashSet<>();
        String path = upstreamPath.toLowerCase(Locale.ROOT);
        if (path.isEmpty()) {
            this.files = List.of();
            return;
        }
        f.add(path);
        int dot = path.lastIndexOf('.');
        int lastSlash = path.lastIndexOf('/');
        String withoutExtension = dot > lastSlash ? path.substring(0, dot) : path;
        f.add(withoutExtension.replace('/', '.'));
        String stem = withoutExtension.substring(lastSlash + 1);
        if (stem.length() >= 6) {
            f.add(stem);
        }
        this.files = List.copyOf(f);
    }

    private static void addWithSeparators(Set<String> names, String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return;
        }
        names.add(stripped);
        names.add(stripped.replace('-', '_'));
        names.add(stripped.replace('_', '-'));
        names.add(stripped.replace('-', ' ').replace('_', ' '));
    }

    /** The component's names, most specific first. */
    List<String> names() {
        return names;
    }

    /** Whether {@code text} (any case) names the component as a whole word or the upstream file. */
    boolean namedIn(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (containsWord(folded, name)) {
                return true;
            }
        }
        for (String file : files) {
            if (containsWord(folded, file)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} (any case) names the component itself as a whole word (its files do not count). */
    boolean namesComponentIn(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (containsWord(folded, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} occurs in {@code text} with no letter or digit on either side. */
    static boolean containsWord(String text, String name) {
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            boolean start = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean stop = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (start && stop) {
                return true;
            }
            from = at + 1;
        }
    }
}
