package dev.provenance.license;

/** Where the bundled license list and template index of a run came from. */
enum IndexOrigin {
    /** The index the build precomputed from the same spdx-java-library version, read from core's jar. */
    PRECOMPUTED,
    /** Built at run time through spdx-java-library: no precomputed index, or one made for another version. */
    BUILT_LIVE
}
