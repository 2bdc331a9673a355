package dev.provenance.report;

import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a third-party notice file lists, derived from a scan: the upstream components snippets were copied from, and
 * the other copyright holders found in file headers that no such component covers.
 *
 * @param components the upstream components, by name then version
 * @param holders    the other third-party holders, by name
 */
public record NoticeContents(List<Component> components, List<Holder> holders) {
    public NoticeContents {
        components = List.copyOf(components);
        holders = List.copyOf(holders);
    }

    /** Whether there is nothing to credit. */
    public boolean isEmpty() {
        return components.isEmpty() && holders.isEmpty();
    }

    /** Every license expression named, components first, in order, distinct. */
    public List<String> licenses() {
        return Stream.concat(components.stream().map(Component::license),
                        holders.stream().flatMap(h -> h.licenses().stream()))
                .filter(l -> !l.isBlank())
                .distinct()
                .toList();
    }

    /**
     * One upstream component.
     *
     * @param name           its name
     * @param version        its version
     * @param purl           its package URL, or empty
     * @param license        its license expression, or empty when unknown
     * @param holders        its copyright holders as the knowledge base records them
     * @param copyrights     the copyright lines to reproduce: the upstream files' own statements as written, else
     *                       one "Copyright (c) holders" line; empty when neither is known
     * @param uses           where this repository uses it, in path and line order
     * @param noticeSuffices whether an entry in a notice file meets its license's attribution duty for every use
     *                       (MIT: yes; Apache-2.0, BSD: only for files that cannot carry a header)
     */
    public record Component(String name, String version, String purl, String license, List<String> holders,
                            List<String> copyrights, List<Use> uses, boolean noticeSuffices) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(purl, "purl");
            Objects.requireNonNull(license, "license");
            holders = List.copyOf(holders);
            copyrights = List.copyOf(copyrights);
            uses = List.copyOf(uses);
            if (uses.isEmpty()) {
                throw new IllegalArgumentException("a component in a notice is used somewhere: " + name);
            }
        }

        /** {@code name@version}. */
        public String coordinates() {
            return name + "@" + version;
        }
    }

    /**
     * Lines of this repository copied from an upstream file.
     *
     * @param path           the copying file, relative to the scanned root
     * @param lines          the copying lines
     * @param upstreamPath   the upstream file, relative to the component's root
     * @param upstreamLines  the upstream lines
     * @param noticeSuffices whether a notice-file entry meets the license's attribution duty for this copy
     * @param satisfied      whether the scan found the copy credited as its license asks already
     */
    public record Use(String path, LineRange lines, String upstreamPath, LineRange upstreamLines,
                      boolean noticeSuffices, boolean satisfied) {
        public Use {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(upstreamPath, "upstreamPath");
            Objects.requireNonNull(upstreamLines, "upstreamLines");
        }
    }

    /**
     * A third-party copyright holder named in file headers, with no upstream component covering it.
     *
     * @param holder     the holder's name
     * @param copyrights the copyright statements naming it, as written, distinct
     * @param licenses   the license expressions declared in its files
     * @param files      the files whose headers name it
     */
    public record Holder(String holder, List<String> copyrights, List<String> licenses, List<String> files) {
        public Holder {
            Objects.requireNonNull(holder, "holder");
            copyrights = List.copyOf(copyrights);
            licenses = List.copyOf(licenses);
            files = List.copyOf(files);
        }
    }
}
