package dev.provenance.license;

/**
 * How much source a license requires to be made available with a distribution of the copy, from the least to the
 * most demanding.
 */
public enum DisclosureScope {
    /** No source needs to be offered. */
    NONE,
    /** The files holding the licensed code (MPL-2.0 3.2(a), EPL-2.0 3.1(a)). */
    FILE,
    /** The library and what is needed to relink it (LGPL-2.1 6(a), LGPL-3.0 4(d)). */
    LIBRARY,
    /** The whole work that contains the code (GPL-2.0 3(a), GPL-3.0 6). */
    WORK,
    /** The whole work, also to users who interact with it over a network (AGPL-3.0 13). */
    NETWORK;

    /** The more demanding of this and {@code other}. */
    DisclosureScope max(DisclosureScope other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The less demanding of this and {@code other}. */
    DisclosureScope min(DisclosureScope other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
