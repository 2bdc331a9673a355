package dev.provenance.match;

import dev.provenance.fingerprint.Fingerprints;
import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.Tokens;
import dev.provenance.text.LineRange;

/** The lines under a run of seed tokens. */
final class SeedLines {
    private SeedLines() {
    }

    /**
     * The lines under seeds {@code first..last} (inclusive). Code tokens are in source order: from the first token's
     * line to the last token's last line. Configuration tokens come in canonical order (keys sorted), so their lines
     * are the smallest and largest among the raw tokens of the run.
     */
    static LineRange of(SeedSequence seeds, int first, int last) {
        Tokens t = seeds.tokens();
        if (t.seedsVerbatim()) {
            return t.lines(seeds.rawIndex(first), seeds.rawIndex(last) + 1);
        }
        return Fingerprints.lines(seeds, first, last + 1);
    }

    /** Whether the seeds follow the source order, so that line-based trimming and comment extension apply. */
    static boolean inSourceOrder(SeedSequence seeds) {
        return !seeds.tokens().seedsVerbatim();
    }
}
