package dev.provenance.notice;

import java.util.Locale;

/** What a legal file is for: the repository's license, a notice crediting others, or something else. */
public enum LegalRole {
    /** LICENSE, LICENCE, COPYING and the files of a {@code LICENSES/} folder. */
    LICENSE,
    /** NOTICE, THIRD_PARTY*, "Open Source Software Notice", CREDITS, ACKNOWLEDGEMENTS: files that credit others. */
    NOTICE,
    /** COPYRIGHT, PATENTS and other legal files. */
    OTHER;

    /** The role of the legal file at {@code path} (relative, {@code /}-separated). */
    public static LegalRole of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String compact = name.replace("_", "").replace("-", "").replace(" ", "").replace(".", "");
        if (path.startsWith("LICENSES/") || path.contains("/LICENSES/")
                || compact.startsWith("license") || compact.startsWith("licence") || compact.startsWith("copying")) {
            return LICENSE;
        }
        if (compact.startsWith("notice") || compact.startsWith("thirdparty") || compact.startsWith("3rdparty")
                || compact.startsWith("opensourcesoftwarenotice") || compact.startsWith("opensourcenotice")
                || compact.startsWith("credits") || compact.startsWith("acknowledgements")
                || compact.startsWith("acknowledgments")) {
            return NOTICE;
        }
        return OTHER;
    }
}
