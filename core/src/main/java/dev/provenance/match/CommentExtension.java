package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import dev.provenance.lex.TokenType;
import dev.provenance.lex.Tokens;
import dev.provenance.text.LineRange;

/**
 * The lines of a snippet on both sides, widened over the comments right before its first token and right after its
 * last one (code only: configuration tokens are not in source order), pair by pair while the two sides' comments
 * are equal (white space aside) and each stands on lines of
 * its own (no code of the scanned file before a leading comment on its line, none after a trailing one). Comments
 * are not seeded, so matching never sees them; a copied Javadoc or license header is still part of the copy.
 *
 * @param query    the snippet's lines in the scanned file
 * @param upstream its lines in the upstream file
 */
record CommentExtension(LineRange query, LineRange upstream) {
    static CommentExtension of(SeedSequence query, int queryFirst, int queryLast, SeedSequence upstream,
                               int upstreamFirst, int upstreamLast) {
        Tokens qt = query.tokens();
        Tokens ut = upstream.tokens();
        LineRange q = SeedLines.of(query, queryFirst, queryLast);
        LineRange u = SeedLines.of(upstream, upstreamFirst, upstreamLast);
        if (!SeedLines.inSourceOrder(query) || !SeedLines.inSourceOrder(upstream)) {
            return new CommentExtension(q, u);
        }
        int qFirst = q.first();
        int uFirst = u.first();
        for (int qi = query.rawIndex(queryFirst) - 1, ui = upstream.rawIndex(upstreamFirst) - 1;
             qi >= 0 && ui >= 0 && comment(qt, qi) && comment(ut, ui) && startsLine(qt, qi) && startsLine(ut, ui)
                     && sameIgnoringSpace(qt, qi, ut, ui); qi--, ui--) {
            qFirst = qt.line(qi);
            uFirst = ut.line(ui);
        }
        int qLast = q.last();
        int uLast = u.last();
        for (int qi = query.rawIndex(queryLast) + 1, ui = upstream.rawIndex(upstreamLast) + 1;
             qi < qt.size() && ui < ut.size() && comment(qt, qi) && comment(ut, ui) && endsLine(qt, qi)
                     && endsLine(ut, ui) && sameIgnoringSpace(qt, qi, ut, ui); qi++, ui++) {
            qLast = Math.max(qLast, qt.lastLine(qi));
            uLast = Math.max(uLast, ut.lastLine(ui));
        }
        return new CommentExtension(new LineRange(qFirst, qLast), new LineRange(uFirst, uLast));
    }

    private static boolean comment(Tokens t, int i) {
        TokenType type = t.type(i);
        return type == TokenType.COMMENT || type == TokenType.DOCSTRING;
    }

    private static boolean startsLine(Tokens t, int i) {
        return i == 0 || t.lastLine(i - 1) < t.line(i);
    }

    private static boolean endsLine(Tokens t, int i) {
        return i + 1 >= t.size() || t.line(i + 1) > t.lastLine(i);
    }

    /** Equal texts once every white-space character is removed from both. */
    static boolean sameIgnoringSpace(Tokens a, int i, Tokens b, int j) {
        String sa = a.source();
        String sb = b.source();
        int x = a.start(i);
        int xe = a.end(i);
        int y = b.start(j);
        int ye = b.end(j);
        while (true) {
            while (x < xe && Character.isWhitespace(sa.charAt(x))) {
                x++;
            }
            while (y < ye && Character.isWhitespace(sb.charAt(y))) {
                y++;
            }
            if (x >= xe || y >= ye) {
                return x >= xe && y >= ye;
            }
            if (sa.charAt(x++) != sb.charAt(y++)) {
                return false;
            }
        }
    }
}
