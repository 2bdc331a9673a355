package dev.provenance.notice;

import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;

/**
 * One third-party component a notice file names.
 *
 * @param name    the component as written ("Webbit", "openssl", "Apache Commons Lang")
 * @param version the version as written; empty when none is given
 * @param license the license as written ("BSD License", "Apache-2.0"); empty when none is given
 * @param url     the component's address when one is given; empty otherwise
 * @param holders copyright holders the entry names (its copyright lines, or the "developed by" party), display form
 * @param lines   the lines of the entry
 * @param layout  how the entry was written
 */
public record NoticeEntry(String name, String version, String license, String url, List<String> holders,
                          LineRange lines, Layout layout) {
    /** The notice-file layouts entries are recognised in. */
    public enum Layout {
        /** An Apache-style paragraph: "This product includes software developed by X (url)." */
        APACHE_PARAGRAPH,
        /** A vendor block: "Software: foo 1.2" / "Copyright notice: …" / "License: …". */
        VENDOR_BLOCK,
        /** A section under a heading ("## foo 1.2", "%% foo NOTICES AND INFORMATION BEGIN HERE"). */
        SECTION,
        /** A Markdown or plain list item ("- foo 1.2 (MIT)", "* [foo](url) - Apache-2.0"). */
        LIST_ITEM,
        /** A generated dependency list line: "(Apache-2.0) Foo (group:artifact:1.2 - url)". */
        DEPENDENCY_LIST
    }

    public NoticeEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(layout, "layout");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank component name");
        }
        holders = List.copyOf(holders);
    }
}
