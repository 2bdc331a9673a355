package dev.provenance.notice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Copyright holder names: the display form of a holder as written, and the comparison key under which two spellings
 * of one holder are equal.
 *
 * <p>The display form ({@link #display}) collapses whitespace, drops e-mail addresses and URLs (unless nothing else
 * is left), trims surrounding punctuation and a leading "by", writes a leading "the" as "The", and drops a trailing
 * period unless it ends an abbreviation ("Google Inc.", "J. Smith").
 *
 * <p>The key ({@link #key}) is the display form folded to lower case without accents, with every punctuation mark
 * turned into a word break (dots and apostrophes are dropped, so "L.L.C." is "llc" and "O'Brien" is "obrien", and
 * "&amp;" reads "and"), without a leading "the" or "by", and without trailing words that do not tell holders apart:
 * corporate forms (Inc, Ltd, LLC, GmbH, Corp, Corporation, Co, AG, SA, BV …), "and/or its affiliates", "et al",
 * "and others", and the collective nouns "authors", "contributors", "developers", "maintainers", "team", "project",
 * "community". So "Google LLC", "Google Inc." and "Google" share the key {@code google}, and "The Foo Authors" and
 * "Foo authors" share {@code foo}. The last remaining word is never dropped ("The Authors" keys as {@code authors}).
 */
public final class HolderNames {
    /** Words dropped from the end of a key: corporate forms. */
    private static final Set<String> CORPORATE_FORMS = Set.of(
            "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "mbh", "ag", "kg", "co", "corp",
            "corporation", "company", "plc", "sa", "sas", "sarl", "srl", "spa", "nv", "bv", "ab", "oy", "oyj", "asa",
            "aps", "kk", "pty", "pte", "ev", "se", "bhd", "sdn", "ug");
    /** Words dropped from the end of a key: collective nouns and the connectors that lead to them. */
    private static final Set<String> COLLECTIVE_TAIL = Set.of(
            "authors", "author", "contributors", "contributor", "developers", "developer", "maintainers",
            "maintainer", "team", "project", "community", "affiliates", "affiliate", "subsidiaries", "others",
            "et", "al", "and", "or", "its", "other", "all", "the", "respective");
    /** Words that end in a period which belongs to the word, so a trailing period after them is kept. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "jr", "sr", "bros", "al", "st", "dr", "prof", "assn", "dept", "univ", "intl",
            "mfg", "pty", "pte", "cie");

    private HolderNames() {
    }

    /**
     * The holder as it should be shown: whitespace collapsed, contact addresses and surrounding punctuation removed,
     * a leading "by" dropped, a leading "the" capitalised.
     */
    public static String display(String raw) {
        Objects.requireNonNull(raw, "raw");
        String s = collapse(raw);
        s = withoutContacts(s);
        s = trimPunctuation(s);
        for (boolean changed = true; changed; ) {
            changed = false;
            if (startsWithWord(s, "by")) {
                s = trimPunctuation(s.substring(2));
                changed = true;
            }
        }
        if (startsWithWord(s, "the")) {
            s = "The" + s.substring(3);
        }
        return s;
    }

    /**
     * The comparison key of a holder: lower case, accents and punctuation removed, without a leading "the" or
     * trailing corporate forms and collective nouns (see the class comment). Empty when the holder has no letters
     * or digits.
     */
    public static String key(String holder) {
        List<String> words = words(display(holder));
        int from = 0;
        int to = words.size();
        while (to - from > 1 && (words.get(from).equals("the") || words.get(from).equals("by"))) {
            from++;
        }
        while (to - from > 1 && (CORPORATE_FORMS.contains(words.get(to - 1))
                || COLLECTIVE_TAIL.contains(words.get(to - 1)))) {
            to--;
        }
        return String.join(" ", words.subList(from, to));
    }

    /** Whether two holder names denote the same holder: their keys are equal and not empty. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }

    /**
     * The words of {@code text} as the key sees them, each preceded by one space and the whole followed by one
     * space ({@code " foo bar "}), so that a key can be searched for as a whole-word phrase with
     * {@code indexOf(" " + key + " ")}.
     */
    static String searchable(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append(' ');
        appendWords(fold(text), out);
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    /** The words of {@code text} as the key sees them. */
    static List<String> words(String text) {
        String searchable = searchable(text);
        List<String> words = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < searchable.length(); i++) {
            if (searchable.charAt(i) == ' ') {
                if (i > start) {
                    words.add(searchable.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** Lower case, compatibility-decomposed, combining marks removed. */
    private static String fold(CharSequence text) {
        String s = text.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK) {
                    b.append(c);
                }
            }
            s = b.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static void appendWords(String folded, StringBuilder out) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (c == '.' || c == '\'' || c == '\u2019') {
                // joined: "l.l.c." -> "llc", "o'brien" -> "obrien"
                continue;
            } else if (c == '&') {
                space(out);
                out.append("and ");
            } else {
                space(out);
            }
        }
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Removes e-mail addresses and URLs, bare or in {@code <...>} / {@code (...)} / {@code [...]}; when nothing else
     * is left, the address itself (without brackets) is the holder.
     */
    static String withoutContacts(String s) {
        if (s.indexOf('@') < 0 && s.indexOf("://") < 0 && s.indexOf("www.") < 0) {
            return s;
        }
        StringBuilder spaced = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                spaced.append(' ').append(c);
            } else if (c == '>') {
                spaced.append(c).append(' ');
            } else {
                spaced.append(c);
            }
        }
        StringBuilder kept = new StringBuilder(s.length());
        String onlyContact = null;
        for (String token : collapse(spaced.toString()).split(" ")) {
            int a = 0;
            int b = token.length();
            while (a < b && "<([".indexOf(token.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && ">)].,;:".indexOf(token.charAt(b - 1)) >= 0) {
                b--;
            }
            String core = token.substring(a, b);
            if (isContact(core)) {
                onlyContact = onlyContact == null ? core : onlyContact;
            } else {
                kept.append(token).append(' ');
            }
        }
        String rest = collapse(kept.toString());
        if (!hasLetterOrDigit(rest) && onlyContact != null) {
            return onlyContact.regionMatches(true, 0, "mailto:", 0, 7) ? onlyContact.substring(7) : onlyContact;
        }
        return rest;
    }

    private static boolean isContact(String s) {
        if (s.isEmpty() || s.indexOf(' ') >= 0) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                || lower.startsWith("mailto:") || lower.startsWith("ftp://")) {
            return true;
        }
        int at = s.indexOf('@');
        return at > 0 && s.indexOf('.', at) > at + 1;
    }

    static boolean hasLetterOrDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Trims whitespace and punctuation that cannot begin or end a name; keeps a period ending an abbreviation. */
    static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        // a few rounds suffice (junk, then a bracket, then junk again); bounded so the cost stays linear
        for (int round = 0, changed = 1; changed > 0 && start < end && round < 4; round++) {
            changed = 0;
            while (start < end && isLeadingJunk(s.charAt(start))) {
                start++;
                changed++;
            }
            while (end > start && isTrailingJunk(s.charAt(end - 1))) {
                end--;
                changed++;
            }
            if (end > start && s.charAt(end - 1) == '.' && !endsWithAbbreviation(s, start, end - 1)) {
                end--;
                changed++;
            }
            if (end > start && s.charAt(end - 1) == '>' && s.lastIndexOf('<', end - 1) < start) {
                end--;
                changed++;
            }
            if (end > start && s.charAt(end - 1) == ')' && s.lastIndexOf('(', end - 1) < start) {
                end--;
                changed++;
            }
            if (end > start && s.charAt(start) == '(' && s.indexOf(')', start) < 0) {
                start++;
                changed++;
            }
            if (end - start >= 2 && s.charAt(start) == '(' && s.charAt(end - 1) == ')'
                    && s.indexOf(')', start) == end - 1) {
                start++;
                end--;
                changed++;
            }
        }
        return s.substring(start, end);
    }

    private static boolean isLeadingJunk(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '*'
                || c == '#' || c == '"' || c == '\'' || c == '`' || c == '=' || c == '/' || c == '|' || c == '>'
                || c == '\u2013' || c == '\u2014' || c == '\u00a0';
    }

    private static boolean isTrailingJunk(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '`'
                || c == '*' || c == '#' || c == '/' || c == '|' || c == '-' || c == '=' || c == '<' || c == '\u2013'
                || c == '\u2014' || c == '\u00a0';
    }

    /** Whether the word ending at {@code dot} (exclusive) is one whose own period this is. */
    private static boolean endsWithAbbreviation(String s, int start, int dot) {
        int w = dot;
        while (w > start && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != ',') {
            w--;
        }
        String word = s.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "J."
        }
        if (word.indexOf('.') >= 0) {
            return true; // "S.A.", "e.V.", "L.L.C."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCorporateForm(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        return CORPORATE_FORMS.contains(w);
    }

    private static boolean startsWithWord(String s, String word) {
        return s.length() > word.length() && s.regionMatches(true, 0, word, 0, word.length())
                && Character.isWhitespace(s.charAt(word.length()));
    }
}
