package dev.provenance.notice;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds copyright statements in lines of a text file.
 *
 * <p>What counts as a statement: a marker — {@code Copyright}, {@code Copyright (c)}, {@code (C)}, {@code ©},
 * {@code &copy;}, {@code Copr.}, the Debian field {@code Copyright:}, {@code SPDX-FileCopyrightText:} (with or
 * without a following "Copyright") — then optionally years ({@code 2024}, {@code 2019-2024}, {@code 2019 - 2024},
 * {@code 2019, 2021}, {@code 2019-present}, {@code 2001+}), then the holders. Years written after the holder ("Foo Bar, 2020") are
 * read too. Comment markers are stripped from each line first ({@link CommentMarkers}).
 *
 * <p>The holder text ends at the next statement on the line, at "All rights reserved" (also when "reserved" is on
 * the next line), "Some rights reserved", "Licensed under", "This file …", "Use of this …", "(see …",
 * "SPDX-License-Identifier", a comment closer, a lower-case verb ("… and it is hereby released"), or a sentence break
 * (". " before a capital, unless the word before the period is an abbreviation such as "Inc." or an initial).
 * E-mail addresses and URLs are dropped from holders (a URL stays when it is all there is), as is a trailing period.
 *
 * <p>Several holders in one statement are split:
 * <ul>
 * <li>at commas and semicolons — except that a corporate form after a comma stays with its name ("Foo, Inc.",
 *     "Foo, Ltd.", "Foo, LLC"), a following "and (its) affiliates" / "et al." stays too, a street address (a segment
 *     opening with a house number) ends the list, and a bare country name is dropped, as is a remark about the
 *     list (", written by Jane Doe", ", a Foo Group company", ", and other authors as noted", ", including").
 *     So "INRIA, France Telecom" (ASM's notice) gives two holders: the comma is the only separator in it, and the two are in fact separate
 *     organisations (a French research institute and a telecom operator) that jointly hold ASM's copyright;</li>
 * <li>at " and " / " &amp; " only when every part looks like a name on its own: two or more words starting with a
 *     capital (after an optional "the"), or a single all-capital acronym. So "Alibaba Group and the HuggingFace Inc.
 *     team" splits, while "Johnson and Johnson", "Ernst &amp; Young", "Foo, Inc. and its affiliates" and "the
 *     original author or authors" do not.</li>
 * </ul>
 *
 * <p>False positives rejected: prose about copyright ("the copyright holders", "copyright notice", "copyright law",
 * "Copyright and license", "Grant of Copyright License", "copyrighted") — the word after the marker is checked
 * against a list of words no holder starts with, and a marker preceded by other words or written in lower case
 * needs years (or a © sign) to count; template placeholders ({@code <year> <name of author>},
 * {@code [yyyy] [name of copyright owner]}, "YEAR YOUR NAME", Debian's "Copyright: n/a" / "unspecified"); code
 * ({@code copyright = get()}), while a literal assignment with years ({@code copyright = '2019-2024, Foo'} in a Sphinx {@code conf.py}) is a statement.
 *
 * <p>Cost: each line is capped at {@value #MAX_LINE_CHARS} characters and read by hand-written forward scans (no
 * regular expressions), so the work is linear in the lines read. A statement whose holder is missing on its line
 * ("Copyright (c) 2004" with the holder on the next line), or whose holder stops at an unfinished name ("… by the",
 * "The Regents of the University of"), is joined with the next line.
 */
public final class CopyrightExtractor {
    /** Longest line prefix examined. */
    static final int MAX_LINE_CHARS = 2000;
    /** A holder with more words than this is prose, not a name. */
    private static final int MAX_HOLDER_WORDS = 12;

    private static final String[] TAIL_PHRASES = {
        "all rights", "all right reserved", "some rights reserved", "licensed under", "licenced under",
        "released under", "distributed under", "published under", "available under", "provided under",
        "subject to the", "see license", "see the license", "see copying", "see the file", "see the accompanying",
        "spdx-license-identifier", "use of this", "this file", "this program", "this software", "this library",
        "this code", "this source", "this project", "this work", "permission is", "permission to", "for license",
        "for licensing", "for details", "see http", "see https", "see readme", "(see "};
    private static final String[] TAIL_MARKUP = {"*/", "-->", "\"\"\"", "'''", "*)", "-}"};
    /** Lower-case verbs that end a holder ("Blob Labs Inc. and is licensed …"); case-sensitive on purpose. */
    private static final String[] TAIL_VERBS = {
        " and it ", " and is ", " is ", " are ", " was ", " were ", " has been "};

    /** Words a holder never starts with: after one of these the marker is prose about copyright. */
    private static final Set<String> STOP_WORDS = Set.of(
            "holder", "holders", "notice", "notices", "law", "laws", "and", "or", "owner", "owners", "ownership",
            "owned", "statement", "statements", "license", "licence", "licenses", "licences", "licensed", "licensing",
            "protection", "protected", "infringement", "infringing", "infringe", "act", "acts", "office",
            "permission", "permissions", "claim", "claims", "is", "are", "was", "were", "be", "been", "being", "of",
            "to", "in", "into", "for", "on", "at", "as", "may", "shall", "will", "must", "can", "could", "should",
            "would", "does", "do", "this", "that", "these", "those", "it", "its", "interest", "interests",
            "assignment", "assignments", "treaty", "treaties", "disclaimer", "disclaimers", "header", "headers",
            "year", "years", "yyyy", "yy", "19yy", "19xx", "20xx", "200x", "date", "dates", "policy", "policies",
            "information", "info", "status", "text", "texts", "line", "lines", "symbol", "sign", "page", "pages",
            "file", "files", "agreement", "agreements", "terms", "term", "section", "clause", "violation",
            "violations", "not", "no", "reserved", "registration", "registered", "issue", "issues", "see", "note",
            "notes", "attribution", "attributions", "from", "with", "under", "if", "when", "which", "who", "where",
            "whether", "regarding", "about", "transfer", "message", "messages", "field", "fields", "tag", "tags",
            "check", "checks", "template", "placeholder", "copyright", "copyrights", "copyrighted", "above",
            "below", "following", "same", "such", "any", "each", "every", "applies", "apply", "applicable",
            "statute", "rights", "right", "exception", "exceptions", "waiver", "material", "materials", "work",
            "works", "your", "name", "names", "string", "value", "null", "none", "true", "false", "unknown",
            "todo", "fixme", "xxx", "here", "etc", "also", "only", "but", "so", "then", "than", "over", "by");

    /** Words inside brackets that make the brackets a template placeholder. */
    private static final String[] PLACEHOLDER_WORDS = {
        "year", "yyyy", "name", "author", "owner", "holder", "copyright", "organization", "organisation",
        "company", "your", "date", "program", "fullname", "project"};

    /** Whole holders that are template text. */
    private static final Set<String> PLACEHOLDER_HOLDERS = Set.of(
            "your name", "your name here", "name of author", "author name", "name of copyright owner",
            "copyright holder", "copyright holders", "the copyright holder", "the copyright holders", "fullname",
            "full name", "owner", "holder", "your company", "company name", "organization", "yourname",
            "author", "authors name", "the author", "the authors",
            // values of Debian's Copyright: field that name no holder
            "n/a", "na", "none", "unknown", "unspecified", "various", "pd", "public domain", "public-domain",
            "not applicable");

    /**
     * First words of a list item that is a remark about the list rather than a holder: "Foo Ltd, written by Jane
     * Doe", "Foo AB, a Bar Group company", "Foo Bar, and other authors as noted", "Debian packagers, including".
     */
    private static final Set<String> REMARK_WORDS = Set.of(
            "a", "an", "including", "includes", "included", "some", "written", "originally", "other", "portions",
            "portion", "parts", "part", "based", "modified", "maintained", "derived", "contributed", "see", "all",
            "with", "from", "as", "via", "now", "formerly", "previously");

    /** Words that leave a name unfinished at the end of a line ("by the" / "Regents of the University of"). */
    private static final Set<String> OPEN_CONNECTORS = Set.of("the", "of", "for", "at", "de", "von", "van", "der");

    private static final Set<String> COUNTRIES = Set.of(
            "usa", "u.s.a.", "u.s.a", "us", "united states", "united states of america", "uk", "united kingdom",
            "england", "germany", "france", "japan", "china", "p.r. china", "pr china", "canada", "switzerland",
            "the netherlands", "netherlands", "sweden", "norway", "finland", "denmark", "italy", "spain", "austria",
            "belgium", "israel", "india", "korea", "south korea", "australia", "brazil", "russia", "ireland",
            "poland", "taiwan", "singapore");

    /** Name connectors that may be lower case inside a name. */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "and", "the", "for", "de", "der", "den", "von", "van", "la", "le", "du", "da", "di", "del", "y",
            "&", "und", "et", "or", "in", "at", "a");

    /** Creates an extractor; it holds no state and may be shared between threads. */
    public CopyrightExtractor() {
    }

    /** The copyright statements in the whole file. */
    public List<CopyrightStatement> extract(TextFile file) {
        return extract(file, new LineRange(1, file.lineCount()));
    }

    /**
     * The copyright statements in {@code region} of {@code file} (lines past the end of the file are ignored), in
     * line order. A statement continued on the line after the region's last line is not joined.
     */
    public List<CopyrightStatement> extract(TextFile file, LineRange region) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        int last = Math.min(region.last(), file.lineCount());
        List<CopyrightStatement> out = new ArrayList<>();
        String text = file.text();
        int line = region.first();
        while (line <= last) {
            int start = file.lineStart(line);
            int end = line < file.lineCount() ? file.lineStart(line + 1) : text.length();
            if (mayHoldMarker(text, start, Math.min(end, start + MAX_LINE_CHARS))) {
                line = scanLine(file, line, last, out) + 1;
            } else {
                line++;
            }
        }
        return List.copyOf(out);
    }

    /**
     * A cheap filter run on every line before any copying: whether {@code text[start, end)} holds "cop" (any case;
     * "Copyright", "Copr.", "SPDX-FileCopyrightText"), "(c)", "©" or an HTML entity.
     */
    private static boolean mayHoldMarker(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && i + 2 < end && (text.charAt(i + 1) | 0x20) == 'o'
                    && (text.charAt(i + 2) | 0x20) == 'p') {
                return true;
            }
            if ((c == '(' && i + 2 < end && (text.charAt(i + 1) | 0x20) == 'c' && text.charAt(i + 2) == ')')
                    || c == '\u00a9' || c == '&') {
                return true;
            }
        }
        return false;
    }

    /**
     * The holders named in free text such as a notice block's "Copyright notice:" value ("2019 Foo Corp., Bar"),
     * read like the text after a copyright marker.
     */
    List<String> holdersIn(String text) {
        String body = CommentMarkers.strip(capped(text));
        Head head = head(body, 0);
        int p = head.end;
        int yEnd = YearList.end(body, p);
        int hs = skipAfterYears(body, yEnd);
        Holders h = holders(body.substring(hs), yEnd > p);
        return h == null ? List.of() : h.names;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Reads the statements starting on {@code no}; returns the last line consumed. */
    private int scanLine(TextFile file, int no, int last, List<CopyrightStatement> out) {
        String raw = line(file, no);
        String body = CommentMarkers.strip(raw);
        int consumed = no;
        int from = 0;
        int prefixFrom = 0;
        while (from < body.length()) {
            int m = findMarker(body, from);
            if (m < 0) {
                break;
            }
            Head head = head(body, m);
            boolean prefixReal = HolderNames.hasLetterOrDigit(body.subSequence(prefixFrom, m));
            if (head.rejected) {
                from = Math.max(head.end, m + 1);
                continue;
            }
            if (head.quoteStart >= 0) {
                int close = body.indexOf(head.quote, head.quoteStart);
                int end = close < 0 ? body.length() : close;
                CopyrightStatement s = quoted(body.substring(head.quoteStart, end), no);
                if (s != null) {
                    out.add(s);
                    prefixFrom = end;
                }
                from = close < 0 ? body.length() : close + 1;
                continue;
            }
            int p = head.end;
            int yEnd = YearList.end(body, p);
            int hs = skipAfterYears(body, yEnd);
            int segEnd = nextStrongMarker(body, hs);
            String years = collapseYears(body.substring(p, yEnd));
            String holderText = body.substring(hs, segEnd);
            boolean lastOnLine = segEnd == body.length();
            Statement st = statement(head, prefixReal, years, holderText);
            if (st == null) {
                from = Math.max(head.end, m + 1);
                continue;
            }
            String text = statementText(body.substring(m, segEnd));
            LineRange lines = LineRange.of(no);
            boolean debianField = head.field && !prefixReal && lastOnLine;
            if (debianField && st.names.isEmpty() && st.years.isEmpty()) {
                // "Copyright:" with the holders on the indented lines below, one per line
                consumed = debianContinuation(file, no, last, out);
                break;
            }
            if (lastOnLine && consumed < last && st.wantsNextLine) {
                String next = CommentMarkers.strip(line(file, consumed + 1));
                Statement joined = joined(head, prefixReal, st, next);
                if (joined != null) {
                    st = joined;
                    text = statementText(text + " " + next);
                    consumed++;
                    lines = new LineRange(no, consumed);
                }
            }
            if (st.accepted()) {
                out.add(new CopyrightStatement(text, st.years, st.names, lines));
                prefixFrom = segEnd;
            }
            from = segEnd > m ? segEnd : m + 1;
            if (debianField && consumed == no) {
                consumed = debianContinuation(file, no, last, out);
            }
        }
        return consumed;
    }

    /** Debian copyright files list further holders on indented lines below "Copyright:", each opening with years. */
    private int debianContinuation(TextFile file, int no, int last, List<CopyrightStatement> out) {
        int line = no;
        while (line < last) {
            String raw = line(file, line + 1);
            if (raw.isEmpty() || !Character.isWhitespace(raw.charAt(0))) {
                break;
            }
            String body = raw.strip();
            if (!YearList.yearAt(body, 0) || findMarker(body, 0) >= 0) {
                break;
            }
            int yEnd = YearList.end(body, 0);
            Holders h = holders(body.substring(skipAfterYears(body, yEnd)), true);
            if (h == null || h.names.isEmpty()) {
                break;
            }
            line++;
            out.add(new CopyrightStatement(statementText(body), collapseYears(body.substring(0, yEnd)), h.names,
                    LineRange.of(line)));
        }
        return line;
    }

    /** A statement inside a quoted literal assigned to a copyright variable or key. */
    private CopyrightStatement quoted(String content, int no) {
        if (content.indexOf('{') >= 0 || content.indexOf('%') >= 0 || content.indexOf('$') >= 0) {
            return null; // a format string: the years are computed
        }
        String body = content.strip();
        Head inner = head(body, 0);
        int p = inner.end;
        int yEnd = YearList.end(body, p);
        boolean years = yEnd > p;
        if (!years && !inner.sign && !inner.parenC) {
            return null;
        }
        int hs = skipAfterYears(body, yEnd);
        Holders h = holders(body.substring(hs), years);
        if (h == null || (h.names.isEmpty() && !years)) {
            return null;
        }
        String y = years ? collapseYears(body.substring(p, yEnd)) : h.trailingYears;
        return new CopyrightStatement(statementText(body), y, h.names, LineRange.of(no));
    }

    // --- statement acceptance --------------------------------------------------------------------------------

    private static final class Statement {
        final String years;
        final List<String> names;
        final boolean wantsNextLine;
        final boolean needsHolder;
        final String holderText;

        Statement(String years, List<String> names, boolean wantsNextLine, boolean needsHolder, String holderText) {
            this.holderText = holderText;
            this.years = years;
            this.names = names;
            this.wantsNextLine = wantsNextLine;
            this.needsHolder = needsHolder;
        }

        boolean accepted() {
            return !needsHolder || !names.isEmpty();
        }
    }

    /** Decides whether marker + years + holder text is a statement; null when it is prose or a template. */
    private Statement statement(Head head, boolean prefixReal, String years, String holderText) {
        boolean hasYears = !years.isEmpty();
        boolean strongSign = head.sign || head.spdx || (head.parenC && head.word);
        if (!hasYears && !strongSign) {
            if (head.parenC && !head.word) {
                return null; // "(c) the licensee …": a list item, not a statement
            }
            if (prefixReal) {
                return null; // "Grant of Copyright License", "the above copyright notice"
            }
            if (head.lowerWord && !head.field) {
                return null; // "copyright holders …" in prose
            }
        }
        if (prefixReal && head.lowerWord && !hasYears && !head.sign && !head.spdx) {
            return null;
        }
        Holders h = holders(holderText, hasYears || strongSign);
        if (h == null) {
            return null;
        }
        String y = hasYears ? years : h.trailingYears;
        boolean anyDate = !y.isEmpty();
        if (h.names.isEmpty()) {
            if (!h.continues && !anyDate) {
                return null; // prose ("Copyright notice") or nothing usable
            }
            // years without a holder stand as a statement; without years the next line must supply the holder
            return new Statement(y, List.of(), h.continues, !anyDate, "");
        }
        if (!anyDate && !head.field && !(Character.isLetter(h.names.get(0).charAt(0))
                && looksLikeName(h.names.get(0)))) {
            return null; // without years the holder must read as a name ("© 170: 253" in a code table does not)
        }
        return new Statement(y, h.names, h.continues, false, holderText);
    }

    /** Joins the next line when the holder is missing or the holder text ends with "and". */
    private Statement joined(Head head, boolean prefixReal, Statement st, String next) {
        if (next.isBlank() || findMarker(next, 0) >= 0) {
            return null;
        }
        boolean hasYears = !st.years.isEmpty();
        int yEnd = YearList.end(next, 0);
        boolean bare = !hasYears && !head.sign && !head.parenC && !head.spdx;
        if (bare && yEnd == 0) {
            return null; // a "Copyright" heading followed by prose
        }
        String more = collapseYears(next.substring(0, yEnd));
        String years = !hasYears ? more : more.isEmpty() ? st.years : st.years + ", " + more;
        String rest = next.substring(skipAfterYears(next, yEnd));
        Holders h;
        if (st.names.isEmpty()) {
            h = holders(rest, true);
            if (h == null || h.names.isEmpty() || !looksLikeName(h.names.get(0))) {
                return null;
            }
        } else {
            h = holders(cutTail(st.holderText).strip() + " " + rest, true); // "Foo Corp. and" + "Bar Inc."
            if (h == null || h.names.isEmpty()) {
                return null;
            }
        }
        return new Statement(years.isEmpty() ? h.trailingYears : years, h.names, false, false, rest);
    }

    // --- holders ---------------------------------------------------------------------------------------------

    private static final class Holders {
        final List<String> names;
        final String trailingYears;
        /** The first word was a stop word: the marker was prose. */
        final boolean stopped;
        /** The text ends in "and" / "&": the list goes on on the next line. */
        final boolean continues;

        Holders(List<String> names, String trailingYears, boolean stopped, boolean continues) {
            this.names = names;
            this.trailingYears = trailingYears;
            this.stopped = stopped;
            this.continues = continues;
        }
    }

    /**
     * Reads the holders from the text after the marker and years; null when the text is a template placeholder.
     * The names list is empty when there is no holder or the text is prose ({@code stopped}).
     */
    private Holders holders(String text, boolean dated) {
        String t = text;
        if (t.indexOf("E<") >= 0) {
            t = t.replace("E<lt>", "<").replace("E<gt>", ">"); // Perl POD escapes around an address
        }
        t = cutTail(t).strip();
        if (isPlaceholder(t)) {
            return null;
        }
        String trailingYears = "";
        if (!dated) {
            int ty = YearList.trailingStart(t);
            if (ty > 0) {
                trailingYears = collapseYears(t.substring(ty, YearList.end(t, ty)));
                t = t.substring(0, ty);
            }
        }
        t = HolderNames.trimPunctuation(HolderNames.collapse(t));
        boolean continues = false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" and") || lower.endsWith(" &")) {
            continues = true;
            t = t.substring(0, lower.lastIndexOf(' ')).strip();
        } else if (OPEN_CONNECTORS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
            continues = true; // "… by the" / "The Regents of the University of": the name goes on on the next line
        }
        if (t.isEmpty()) {
            return new Holders(List.of(), trailingYears, false, true);
        }
        if (PLACEHOLDER_HOLDERS.contains(HolderNames.trimPunctuation(t.toLowerCase(Locale.ROOT)))
                || startsWithWordIgnoreCase(t, "your")) {
            return null;
        }
        if (isStopWord(firstWord(t))) {
            return new Holders(List.of(), trailingYears, true, false);
        }
        List<String> names = new ArrayList<>();
        for (String part : split(t)) {
            String name = HolderNames.display(part);
            if (!HolderNames.hasLetterOrDigit(name) || wordCount(name) > MAX_HOLDER_WORDS
                    || isStopWord(firstWord(name)) || names.contains(name)
                    || CONNECTORS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            names.add(name);
        }
        return new Holders(List.copyOf(names), trailingYears, false, continues);
    }

    /** Splits a holder list at commas, semicolons and (where both sides are names) "and" / "&amp;". */
    static List<String> split(String text) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '<') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '>') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                segments.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        segments.add(text.substring(start).strip());
        if (segments.size() > 1) {
            // an address written as its own list item ("Foo Bar, <foo@example.org>, et al.") is not a holder
            List<String> named = segments.stream().filter(x -> !isOnlyContact(x)).toList();
            if (!named.isEmpty()) {
                segments = new ArrayList<>(named);
            }
        }

        List<String> merged = new ArrayList<>();
        for (String seg : segments) {
            if (seg.isEmpty()) {
                continue;
            }
            String first = firstWord(seg);
            String bare = HolderNames.trimPunctuation(seg).toLowerCase(Locale.ROOT);
            if (!merged.isEmpty() && (HolderNames.isCorporateForm(first) || isAffiliateTail(seg))) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + seg);
                continue;
            }
            if (YearList.yearAt(seg, 0) && YearList.end(seg, 0) == HolderNames.trimPunctuation(seg).length()) {
                continue; // "Foo, 2019": years, not a holder
            }
            if (!merged.isEmpty() && isAddress(seg)) {
                break; // "Free Software Foundation, Inc., 51 Franklin Street, …"
            }
            if (!merged.isEmpty() && COUNTRIES.contains(bare)) {
                continue;
            }
            if (!merged.isEmpty() && isRemark(seg)) {
                continue;
            }
            String s = seg;
            if (startsWithWordIgnoreCase(s, "and") && !merged.isEmpty()) {
                s = s.substring(3).strip();
            } else if (s.startsWith("& ") && !merged.isEmpty()) {
                s = s.substring(2).strip();
            }
            if (!s.isEmpty()) {
                merged.add(s);
            }
        }
        List<String> out = new ArrayList<>();
        for (String seg : merged) {
            out.addAll(splitAnd(seg));
        }
        return out;
    }

    /** Splits at " and " / " &amp; " when every part looks like a name of its own. */
    private static List<String> splitAnd(String seg) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < seg.length(); i++) {
            if (seg.charAt(i) != ' ') {
                continue;
            }
            int len = seg.regionMatches(true, i, " and ", 0, 5) ? 5 : seg.startsWith(" & ", i) ? 3 : 0;
            if (len > 0) {
                parts.add(seg.substring(start, i));
                start = i + len;
                i = start - 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of(seg);
        }
        parts.add(seg.substring(start));
        for (String p : parts) {
            if (!standsAlone(p.strip())) {
                return List.of(seg);
            }
        }
        return parts.stream().map(String::strip).toList();
    }

    /** Whether one side of an "and" is a name on its own. */
    private static boolean standsAlone(String part) {
        String p = part;
        if (startsWithWordIgnoreCase(p, "the")) {
            p = p.substring(3).strip();
        }
        if (p.isEmpty() || isAffiliateTail(part)) {
            return false;
        }
        char c = p.charAt(0);
        if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        int words = wordCount(p);
        if (words >= 2) {
            return true;
        }
        return p.length() >= 2 && p.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isOnlyContact(String seg) {
        if (seg.isEmpty()) {
            return false;
        }
        String rest = HolderNames.withoutContacts(seg);
        return !rest.equals(seg) && (rest.indexOf('@') >= 0 || rest.contains("://") || rest.startsWith("www."))
                && rest.indexOf(' ') < 0;
    }

    /** A later list item opening with a remark word in lower case ("written by …", "a … company", "including"). */
    private static boolean isRemark(String seg) {
        String s = seg;
        if (startsWithWordIgnoreCase(s, "and")) {
            s = s.substring(3).strip();
        }
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0)) && !startsWithWordIgnoreCase(s, "originally")
                && !startsWithWordIgnoreCase(s, "written")) {
            return false;
        }
        int space = s.indexOf(' ');
        String first = HolderNames.trimPunctuation(space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
        return REMARK_WORDS.contains(first);
    }

    private static boolean isAffiliateTail(String seg) {
        String s = seg.toLowerCase(Locale.ROOT).strip();
        return s.startsWith("and its affiliates") || s.startsWith("and/or its affiliates")
                || s.startsWith("and affiliates") || s.startsWith("its affiliates") || s.startsWith("affiliates")
                || s.startsWith("et al") || s.startsWith("and others") || s.startsWith("and other contributors")
                || s.startsWith("and contributors") || s.startsWith("and the contributors")
                || s.startsWith("contributors") || s.startsWith("and its subsidiaries")
                || s.startsWith("and its licensors") || s.startsWith("or its affiliates");
    }

    private static boolean isAddress(String seg) {
        int i = 0;
        while (i < seg.length() && Character.isDigit(seg.charAt(i))) {
            i++;
        }
        return i > 0 && i < seg.length() && seg.charAt(i) == ' ';
    }

    /** The holder text up to the first tail phrase, comment closer or sentence break. */
    static String cutTail(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = text.length();
        for (String phrase : TAIL_PHRASES) {
            int at = lower.indexOf(phrase);
            while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                at = lower.indexOf(phrase, at + 1);
            }
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        for (String markup : TAIL_MARKUP) {
            int at = text.indexOf(markup);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        for (String verb : TAIL_VERBS) {
            int at = text.indexOf(verb);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        for (int i = text.indexOf(". "); i >= 0 && i < cut; i = text.indexOf(". ", i + 1)) {
            int j = i + 2;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            if (j < text.length() && Character.isUpperCase(text.charAt(j))
                    && (!abbreviationBefore(text, i) || corporateSentenceEnd(text, i, j))) {
                cut = abbreviationBefore(text, i) ? i + 1 : i; // "Google Inc. All rights …" keeps "Inc."
                break;
            }
        }
        return text.substring(0, cut);
    }

    /** "Sun Microsystems Inc. In addition, …": a corporate form ends the sentence unless another form follows. */
    private static boolean corporateSentenceEnd(String text, int dot, int next) {
        int w = dot;
        while (w > 0 && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != ',') {
            w--;
        }
        if (!HolderNames.isCorporateForm(text.substring(w, dot))) {
            return false;
        }
        int e = next;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return !HolderNames.isCorporateForm(text.substring(next, e));
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != ',') {
            w--;
        }
        return w < dot && HolderNames.isAbbreviation(text.substring(w, dot));
    }

    /** Whether the holder text is a template: {@code <year> <name>}, {@code [yyyy]}, "YOUR NAME". */
    private static boolean isPlaceholder(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c0 = t.charAt(0);
        if ((c0 == '[' || c0 == '{') && t.indexOf(c0 == '[' ? ']' : '}') > 0) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char close = c == '<' ? '>' : c == '[' ? ']' : c == '{' ? '}' : 0;
            if (close == 0) {
                continue;
            }
            int end = lower.indexOf(close, i + 1);
            if (end < 0) {
                break;
            }
            String inner = lower.substring(i + 1, end);
            if (inner.indexOf('@') < 0 && inner.indexOf("://") < 0) {
                for (String w : PLACEHOLDER_WORDS) {
                    if (inner.contains(w)) {
                        return true;
                    }
                }
            }
            i = end;
        }
        return false;
    }

    private static boolean looksLikeName(String name) {
        String n = name;
        if (startsWithWordIgnoreCase(n, "the") || startsWithWordIgnoreCase(n, "by")) {
            n = n.substring(n.indexOf(' ') + 1);
        }
        if (n.isEmpty()) {
            return false;
        }
        char c = n.charAt(0);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLowerCase(c) && Character.isLetter(c))) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String w : n.split(" ")) {
            if (w.isEmpty() || CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || !HolderNames.hasLetterOrDigit(w)) {
                continue;
            }
            words++;
            char f = w.charAt(0);
            if (!Character.isLowerCase(f)) {
                capitalised++;
            }
        }
        return capitalised * 2 >= words;
    }

    private static boolean isStopWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return STOP_WORDS.contains(w.substring(a, b));
    }

    /** The first word, skipping a leading "the" or "by". */
    private static String firstWord(String s) {
        String t = s.strip();
        if (startsWithWordIgnoreCase(t, "the") || startsWithWordIgnoreCase(t, "by")) {
            String rest = t.substring(t.indexOf(' ') + 1).strip();
            if (!rest.isEmpty()) {
                t = rest;
            }
        }
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    private static int wordCount(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    private static boolean startsWithWordIgnoreCase(String s, String word) {
        return s.length() > word.length() && s.regionMatches(true, 0, word, 0, word.length())
                && s.charAt(word.length()) == ' ';
    }

    // --- markers ---------------------------------------------------------------------------------------------

    /** What the marker run at a position consists of, and where it ends. */
    private static final class Head {
        int end;
        boolean word;
        boolean lowerWord;
        boolean parenC;
        boolean sign;
        boolean spdx;
        boolean field;
        boolean rejected;
        int quoteStart = -1;
        char quote;
    }

    /** Reads the run of markers starting at {@code m} ("Copyright (c)", "SPDX-FileCopyrightText: ©" …). */
    private static Head head(String s, int m) {
        Head h = new Head();
        int n = s.length();
        int p = m;
        while (true) {
            p = skipSpaces(s, p);
            if (p >= n) {
                break;
            }
            if (s.regionMatches(true, p, "spdx-filecopyrighttext", 0, 22)) {
                h.spdx = true;
                p = skipSpaces(s, p + 22);
                if (p < n && s.charAt(p) == ':') {
                    p++;
                }
                continue;
            }
            if (copyrightWordAt(s, p)) {
                if (!h.word) {
                    h.lowerWord = s.charAt(p) == 'c';
                }
                h.word = true;
                p += 9;
                if (s.startsWith("__", p)) {
                    p += 2;
                }
                int q = p;
                if (q < n && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
                    q++;
                }
                q = skipSpaces(s, q);
                boolean colon = q < n && (s.charAt(q) == ':' || s.charAt(q) == '\uff1a');
                boolean assign = q < n && s.charAt(q) == '=' && !(q + 1 < n && s.charAt(q + 1) == '=');
                if (colon || assign) {
                    int v = skipSpaces(s, q + 1);
                    int letters = 0;
                    boolean format = false;
                    while (v + letters < n && letters < 2 && "uUrRbBfF".indexOf(s.charAt(v + letters)) >= 0) {
                        format |= Character.toLowerCase(s.charAt(v + letters)) == 'f';
                        letters++;
                    }
                    char qc = v + letters < n ? s.charAt(v + letters) : 0;
                    if (qc == '"' || qc == '\'') {
                        h.rejected = format;
                        h.quoteStart = v + letters + 1;
                        h.quote = qc;
                        h.end = h.quoteStart;
                        return h;
                    }
                    if (assign) {
                        h.rejected = true; // code: copyright = compute()
                        h.end = q + 1;
                        return h;
                    }
                    h.field = true;
                    p = q + 1;
                }
                continue;
            }
            if (s.regionMatches(true, p, "copr.", 0, 5) && boundaryBefore(s, p)) {
                h.word = true;
                p += 5;
                continue;
            }
            if (p + 2 < n && s.charAt(p) == '(' && (s.charAt(p + 1) == 'c' || s.charAt(p + 1) == 'C')
                    && s.charAt(p + 2) == ')') {
                h.parenC = true;
                p += 3;
                continue;
            }
            if (s.charAt(p) == '\u00a9') {
                h.sign = true;
                p++;
                continue;
            }
            if (s.regionMatches(true, p, "&copy;", 0, 6) || s.startsWith("&#169;", p)) {
                h.sign = true;
                p += 6;
                continue;
            }
            break;
        }
        h.end = p;
        return h;
    }

    /** The first marker at or after {@code from}, or -1. */
    static int findMarker(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'c', 'C' -> {
                    if (copyrightWordAt(s, i)) {
                        return i;
                    }
                    if (s.regionMatches(true, i, "copr.", 0, 5) && boundaryBefore(s, i)) {
                        return i;
                    }
                }
                case 's', 'S' -> {
                    if (s.regionMatches(true, i, "spdx-filecopyrighttext", 0, 22) && boundaryBefore(s, i)) {
                        return i;
                    }
                }
                case '(' -> {
                    if (i + 2 < n && (s.charAt(i + 1) == 'c' || s.charAt(i + 1) == 'C') && s.charAt(i + 2) == ')') {
                        return i;
                    }
                }
                case '\u00a9' -> {
                    return i;
                }
                case '&' -> {
                    if (s.regionMatches(true, i, "&copy;", 0, 6) || s.startsWith("&#169;", i)) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /**
     * The next marker at or after {@code from} that opens a statement of its own (a marker followed by years, a
     * "Copyright (c)" pair, a © sign with years, an SPDX tag), or the end of the text.
     */
    private static int nextStrongMarker(String s, int from) {
        int q = findMarker(s, from);
        while (q >= 0) {
            Head h = head(s, q);
            if (!h.rejected && (h.spdx || (h.word && (h.parenC || h.sign)) || YearList.yearAt(s, h.end))) {
                return q;
            }
            q = findMarker(s, Math.max(h.end, q + 1));
        }
        return s.length();
    }

    private static boolean copyrightWordAt(String s, int i) {
        if (!s.regionMatches(true, i, "copyright", 0, 9) || !boundaryBefore(s, i)) {
            return false;
        }
        int j = i + 9;
        if (j == s.length()) {
            return true;
        }
        char c = s.charAt(j);
        if (c == '_') {
            return j + 1 < s.length() && s.charAt(j + 1) == '_';
        }
        return !Character.isLetterOrDigit(c);
    }

    private static boolean boundaryBefore(String s, int i) {
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\u00a0')) {
            p++;
        }
        return p;
    }

    /** Skips the punctuation, "(c)", and "by" between the years and the holder. */
    private static int skipAfterYears(String s, int p) {
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.' || c == '\u00a0') {
                p++;
            } else if ((c == '-' || c == '\u2013' || c == '\u2014') && p + 1 < n && s.charAt(p + 1) == ' ') {
                p++;
            } else if (p + 2 < n && c == '(' && (s.charAt(p + 1) == 'c' || s.charAt(p + 1) == 'C')
                    && s.charAt(p + 2) == ')') {
                p += 3;
            } else if (c == '\u00a9') {
                p++;
            } else if (s.regionMatches(true, p, "by ", 0, 3)) {
                p += 3;
            } else {
                break;
            }
        }
        return p;
    }

    // --- text ------------------------------------------------------------------------------------------------

    private static String line(TextFile file, int no) {
        int start = file.lineStart(no);
        int end = no < file.lineCount() ? file.lineStart(no + 1) : file.text().length();
        end = Math.min(end, start + MAX_LINE_CHARS);
        String text = file.text();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String capped(String s) {
        return s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS);
    }

    private static String collapseYears(String years) {
        String y = HolderNames.collapse(years);
        int end = y.length();
        while (end > 0 && (y.charAt(end - 1) == ',' || y.charAt(end - 1) == ' ' || y.charAt(end - 1) == '-')) {
            end--;
        }
        return y.substring(0, end);
    }

    private static String statementText(String s) {
        String t = HolderNames.collapse(s);
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '"' || t.charAt(end - 1) == '\'' || t.charAt(end - 1) == ';'
                || t.charAt(end - 1) == ',' || t.charAt(end - 1) == ' ')) {
            end--;
        }
        for (String markup : TAIL_MARKUP) {
            int at = t.indexOf(markup);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return t.substring(0, end).strip();
    }
}
