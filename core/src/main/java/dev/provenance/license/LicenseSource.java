package dev.provenance.license;

import java.util.Locale;

/** Where a license statement was found. */
public enum LicenseSource {
    /** An {@code SPDX-License-Identifier:} tag. */
    SPDX_TAG,
    /** A full license text (LICENSE, COPYING, LICENSES/*.txt …) matched against the SPDX list. */
    LICENSE_TEXT,
    /** A standard license notice in a file header ("Licensed under the Apache License, Version 2.0 …"). */
    HEADER_NOTICE,
    /** A build or package manifest (pom.xml, package.json, pyproject.toml, setup.cfg, setup.py, Cargo.toml). */
    MANIFEST,
    /** A model card's YAML front matter ({@code license:}, {@code license_name:}). */
    MODEL_CARD,
    /** {@code REUSE.toml} or {@code .reuse/dep5}. */
    REUSE;

    /** The kebab-case id used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
