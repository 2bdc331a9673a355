package dev.provenance.match;

/** How a copy differs from its upstream, after verification on raw tokens. */
public enum CloneType {
    /** Token for token the same (layout and comments aside). */
    EXACT,
    /** The same but for identifiers renamed consistently (one rename map holds for the whole snippet). */
    RENAMED,
    /** Statements added, removed or changed inside the snippet. */
    EDITED
}
