package dev.provenance.match;

import dev.provenance.kb.Component;
import dev.provenance.kb.KbFile;

/**
 * A verified snippet proposed by one upstream file, before origins are chosen per region.
 *
 * @param file      the upstream file
 * @param component its component
 * @param upstream  its lexed text (null for a whole-file copy found by its raw hash)
 * @param alignment the alignment the verdict was taken over
 * @param verdict   the verification outcome
 * @param wholeFile whether the scanned file is a copy of the whole upstream file
 */
record Proposal(KbFile file, Component component, LexedFile upstream, Alignment alignment,
                Verifier.Verdict verdict, boolean wholeFile) {
    /** The same proposal with another verdict (a clipped part). */
    Proposal with(Verifier.Verdict other) {
        return new Proposal(file, component, upstream, alignment, other, wholeFile);
    }

    boolean overlaps(Proposal o) {
        return verdict.queryFirst() <= o.verdict.queryLast() && o.verdict.queryFirst() <= verdict.queryLast();
    }
}
