package dev.provenance.notice;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed third-party notice file: NOTICE, THIRD_PARTY*, THIRD-PARTY-NOTICES, "Open Source Software Notice",
 * CREDITS, ACKNOWLEDGEMENTS.
 *
 * <p>It exposes the copyright statements in the file, the component entries it recognises (see
 * {@link NoticeEntry.Layout}: Apache-style "This product includes software developed by …" paragraphs, vendor
 * "Software: / Copyright notice: / License:" blocks, "%% … NOTICES AND INFORMATION BEGIN HERE" and heading sections,
 * Markdown or plain list items, generated "(License) Name (group:artifact:version - url)" lines), the leading own
 * copyright of an Apache-style NOTICE ({@link #ownStatements()}), and whether a holder or component is named anywhere
 * in it ({@link #credits}, {@link #mentions}).
 *
 * <p>Lines are capped at {@value CopyrightExtractor#MAX_LINE_CHARS} characters and read by forward scans, so parsing
 * is linear in the file size.
 */
public final class NoticeFile {
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_CHARS = 80;
    /** How far below an entry a "LICENSE:" / "HOMEPAGE:" list item may still belong to it. */
    private static final int ATTRIBUTE_REACH = 4;

    private static final String[] VENDOR_KEYS = {
        "software", "component", "package", "open source software", "name of software", "software name",
        "third party software", "third-party software", "library", "component name", "package name"};
    private static final String[] INCLUDES_PHRASES = {
        "this product includes", "this product contains", "this product bundles", "this product uses",
        "this software includes", "this software contains", "this software uses", "this distribution includes",
        "this distribution contains", "this project includes", "this project contains", "this library includes",
        "this library contains", "this package includes", "this package contains", "this product is derived from",
        "this software is derived from", "includes software developed", "contains software developed"};
    private static final String[] LEADING_FILLER = {
        "a modified version of ", "a modified portion of ", "a modified copy of ", "modified portions of ",
        "modified versions of ", "portions of ", "parts of ", "a copy of ", "copies of ", "code from ",
        "source code from ", "software from ", "code derived from ", "derived from ", "software developed by ",
        "software developed at ", "the following software: ", "the following: ", "a fork of ", "a port of ",
        "code adapted from ", "adapted from ", "some code from ", "the "};
    private static final String[] NAME_ENDS = {
        ", ", " (", " which ", " that ", " under ", " licensed ", " - ", " \u2013 ", ". ", ": ", " from ", " by ",
        " developed ", " available ", " released ", " written ", " as part of ", " version ", " <", " http"};
    private static final String[] PARTY_ENDS = {
        " (", " <", " http", ", ", ". ", "; ", " for use ", " as part of ", " under ", " and is ", " which "};
    private static final String[] ATTRIBUTE_KEYS = {
        "license", "licence", "license type", "licensed under", "homepage", "home page", "url", "website",
        "web site", "source", "source code", "download", "repository", "project", "version", "copyright",
        "copyright notice", "notice", "origin"};
    private static final String[] GENERIC_HEADINGS = {
        "notice", "third", "licen", "acknowledg", "credit", "attribution", "contents", "overview", "component",
        "dependenc", "open source", "copyright", "summary", "introduction", "disclaimer", "terms", "appendix",
        "table of", "written offer", "source code"};
    private static final String[] LICENSE_HINTS = {
        "licen", "mit", "bsd", "apache", "gpl", "mpl", "epl", "isc", "zlib", "cc-", "cc0", "unlicense",
        "public domain", "boost", "wtfpl", "artistic", "cddl", "psf", "python software foundation"};

    private final String path;
    private final List<CopyrightStatement> statements;
    private final List<CopyrightStatement> ownStatements;
    private final List<NoticeEntry> entries;
    private final String searchable;

    private NoticeFile(String path, List<CopyrightStatement> statements, List<CopyrightStatement> ownStatements,
                       List<NoticeEntry> entries, String searchable) {
        this.path = path;
        this.statements = List.copyOf(statements);
        this.ownStatements = List.copyOf(ownStatements);
        this.entries = List.copyOf(entries);
        this.searchable = searchable;
    }

    /** Parses a notice file. */
    public static NoticeFile parse(TextFile file) {
        Objects.requireNonNull(file, "file");
        CopyrightExtractor extractor = new CopyrightExtractor();
        List<CopyrightStatement> statements = extractor.extract(file);
        String[] lines = new String[file.lineCount()];
        StringBuilder capped = new StringBuilder(Math.min(file.text().length(), 1 << 24));
        for (int i = 0; i < lines.length; i++) {
            String line = file.line(i + 1);
            lines[i] = line.length() > CopyrightExtractor.MAX_LINE_CHARS
                    ? line.substring(0, CopyrightExtractor.MAX_LINE_CHARS) : line;
            capped.append(lines[i]).append('\n');
        }
        Parser parser = new Parser(lines, statements, extractor);
        List<NoticeEntry> entries = parser.entries();
        List<CopyrightStatement> own = parser.own();
        return new NoticeFile(file.path(), statements, own, entries, HolderNames.searchable(capped));
    }

    /** Path of the notice file relative to the scanned root. */
    public String path() {
        return path;
    }

    /** Every copyright statement in the file, in line order. */
    public List<CopyrightStatement> statements() {
        return statements;
    }

    /**
     * The leading own copyright of an Apache-style NOTICE: the copyright statements of the first paragraph (product
     * name + "Copyright 20xx The X Foundation"), before any third-party entry. Empty when the file opens with a
     * third-party entry or with prose.
     */
    public List<CopyrightStatement> ownStatements() {
        return ownStatements;
    }

    /** The component entries recognised, in line order. */
    public List<NoticeEntry> entries() {
        return entries;
    }

    /**
     * Whether the holder is named anywhere in the file: its {@linkplain HolderNames#key key} occurs as whole words,
     * so case, punctuation, corporate forms, "The …" and "… Authors" do not matter and the name may stand inside a
     * longer sentence ("This product includes software developed by Google Inc." credits "Google LLC").
     */
    public boolean credits(String holder) {
        String key = HolderNames.key(holder);
        return key.length() >= 2 && searchable.contains(" " + key + " ");
    }

    /** Whether a component name occurs anywhere in the file as whole words (case and punctuation ignored). */
    public boolean mentions(String componentName) {
        String words = HolderNames.searchable(componentName).strip();
        return words.length() >= 2 && searchable.contains(" " + words + " ");
    }

    @Override
    public String toString() {
        return path;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Mutable while the file is read. */
    private static final class Draft {
        final NoticeEntry.Layout layout;
        final int first;
        int last;
        String name;
        String version = "";
        String license = "";
        String url = "";
        final List<String> holders = new ArrayList<>();

        Draft(NoticeEntry.Layout layout, int first, String name) {
            this.layout = layout;
            this.first = first;
            this.last = first;
            this.name = name;
        }
    }

    private static final class Parser {
        private final String[] lines;
        private final List<CopyrightStatement> statements;
        private final CopyrightExtractor extractor;
        /** Lines already part of an entry (0-based). */
        private final boolean[] claimed;
        private final List<Draft> drafts = new ArrayList<>();

        /** Number of statements starting before each line (0-based), for range counts by subtraction. */
        private final int[] statementsBefore;

        Parser(String[] lines, List<CopyrightStatement> statements, CopyrightExtractor extractor) {
            this.lines = lines;
            this.statements = statements;
            this.extractor = extractor;
            this.claimed = new boolean[lines.length];
            this.statementsBefore = new int[lines.length + 1];
            int[] starting = new int[lines.length + 1];
            for (CopyrightStatement st : statements) {
                starting[Math.min(lines.length, st.lines().first() - 1)]++;
            }
            for (int i = 0; i < lines.length; i++) {
                statementsBefore[i + 1] = statementsBefore[i] + starting[i];
            }
        }

        /** Statements starting on lines {@code [from, end)} (0-based), in order. */
        private List<CopyrightStatement> statementsIn(int from, int end) {
            int a = statementsBefore[Math.max(0, Math.min(from, lines.length))];
            int b = statementsBefore[Math.max(0, Math.min(end, lines.length))];
            return a < b ? statements.subList(a, b) : List.of();
        }

        List<NoticeEntry> entries() {
            blocks();
            dependencyLines();
            sections();
            paragraphs();
            listItems();
            List<NoticeEntry> out = new ArrayList<>();
            drafts.sort(Comparator.comparingInt(d -> d.first));
            for (Draft d : drafts) {
                String name = HolderNames.collapse(d.name).strip();
                if (name.isEmpty() || !HolderNames.hasLetterOrDigit(name)) {
                    continue;
                }
                List<String> holders = new ArrayList<>();
                for (String h : d.holders) {
                    if (!h.isBlank() && holders.stream().noneMatch(x -> HolderNames.same(x, h))) {
                        holders.add(h);
                    }
                }
                for (CopyrightStatement s : statementsIn(d.first, d.last + 1)) {
                    if (s.lines().last() <= d.last + 1) {
                        for (String h : s.holders()) {
                            if (holders.stream().noneMatch(x -> HolderNames.same(x, h))) {
                                holders.add(h);
                            }
                        }
                    }
                }
                out.add(new NoticeEntry(name, d.version.strip(), d.license.strip(), d.url.strip(), holders,
                        new LineRange(d.first + 1, d.last + 1), d.layout));
            }
            return out;
        }

        // --- vendor blocks and "%% … NOTICES" sections -----------------------------------------------------

        private void blocks() {
            Draft open = null;
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].strip();
                String vendorName = vendorStart(t);
                String msName = msSectionStart(t);
                if (vendorName != null || msName != null) {
                    close(open, i);
                    open = vendorName != null ? vendorDraft(i, vendorName)
                            : new Draft(NoticeEntry.Layout.SECTION, i, msName);
                    claimed[i] = true;
                    continue;
                }
                if (open == null) {
                    continue;
                }
                if (open.layout == NoticeEntry.Layout.SECTION && t.regionMatches(true, 0, "END OF ", 0, 7)
                        && t.toUpperCase(Locale.ROOT).contains("NOTICES")) {
                    close(open, i + 1);
                    open = null;
                    continue;
                }
                if (open.layout == NoticeEntry.Layout.VENDOR_BLOCK) {
                    vendorAttribute(open, i, t);
                }
            }
            close(open, lines.length);
        }

        private Draft vendorDraft(int i, String value) {
            Draft d = new Draft(NoticeEntry.Layout.VENDOR_BLOCK, i, value);
            splitVersion(d, value);
            return d;
        }

        /** Ends an open block before line {@code end} (exclusive), at its last non-blank line. */
        private void close(Draft open, int end) {
            if (open == null) {
                return;
            }
            int last = end - 1;
            while (last > open.first && lines[last].isBlank()) {
                last--;
            }
            open.last = last;
            for (int k = open.first; k <= last; k++) {
                claimed[k] = true;
            }
            drafts.add(open);
        }

        private void vendorAttribute(Draft d, int i, String t) {
            int colon = keyEnd(t);
            if (colon < 0) {
                return;
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = t.substring(colon + 1).strip();
            switch (key) {
                case "version", "software version", "component version" -> {
                    if (d.version.isEmpty()) {
                        d.version = value;
                    }
                }
                case "license", "licence", "license type", "licence type", "licenses", "license name" -> {
                    if (d.license.isEmpty()) {
                        d.license = value;
                    }
                }
                case "homepage", "home page", "url", "website", "web site", "source", "source code", "download",
                     "repository", "download url", "project url" -> {
                    if (d.url.isEmpty()) {
                        d.url = value;
                    }
                }
                case "copyright notice", "copyright notices", "copyright", "copyright holder",
                     "copyright holders" -> {
                    if (!value.isEmpty() && !hasStatementOn(i)) {
                        d.holders.addAll(extractor.holdersIn(value));
                    }
                }
                default -> {
                }
            }
        }

        private boolean hasStatementOn(int i) {
            return !statementsIn(i, i + 1).isEmpty();
        }

        /** The value of a "Software: foo 1.2" line, or null. */
        private static String vendorStart(String t) {
            int colon = keyEnd(t);
            if (colon < 0) {
                return null;
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            for (String k : VENDOR_KEYS) {
                if (k.equals(key)) {
                    String value = t.substring(colon + 1).strip();
                    return value.isEmpty() || !HolderNames.hasLetterOrDigit(value) ? null : value;
                }
            }
            return null;
        }

        /** The component of a "%% foo NOTICES AND INFORMATION BEGIN HERE" line, or null. */
        private static String msSectionStart(String t) {
            if (!t.startsWith("%%")) {
                return null;
            }
            String upper = t.toUpperCase(Locale.ROOT);
            int notices = upper.indexOf(" NOTICES");
            if (notices < 0 || !upper.contains("BEGIN HERE")) {
                return null;
            }
            String name = t.substring(2, notices).strip();
            return name.isEmpty() ? null : name;
        }

        /** The index of the ':' ending a short "Key:" prefix (at most four words), or -1. */
        private static int keyEnd(String t) {
            int words = 1;
            for (int i = 0; i < t.length() && i < 40; i++) {
                char c = t.charAt(i);
                if (c == ':' || c == '\uff1a') {
                    return i > 0 ? i : -1;
                }
                if (c == ' ' && ++words > 4) {
                    return -1;
                }
                if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')) {
                    return -1;
                }
            }
            return -1;
        }

        // --- "(License) Name (group:artifact:version - url)" -------------------------------------------------

        private void dependencyLines() {
            for (int i = 0; i < lines.length; i++) {
                if (claimed[i]) {
                    continue;
                }
                String t = lines[i].strip();
                if (!t.startsWith("(") || !t.endsWith(")")) {
                    continue;
                }
                List<String> licenses = new ArrayList<>();
                int p = 0;
                while (p < t.length() && t.charAt(p) == '(') {
                    int close = t.indexOf(')', p);
                    if (close < 0) {
                        break;
                    }
                    licenses.add(t.substring(p + 1, close).strip());
                    p = close + 1;
                    while (p < t.length() && t.charAt(p) == ' ') {
                        p++;
                    }
                }
                int coordsOpen = t.lastIndexOf('(');
                if (licenses.isEmpty() || coordsOpen <= p) {
                    continue;
                }
                String name = t.substring(p, coordsOpen).strip();
                String coords = t.substring(coordsOpen + 1, t.length() - 1).strip();
                int dash = coords.indexOf(" - ");
                String gav = dash < 0 ? coords : coords.substring(0, dash).strip();
                String[] parts = gav.split(":");
                if (name.isEmpty() || parts.length < 3) {
                    continue;
                }
                Draft d = new Draft(NoticeEntry.Layout.DEPENDENCY_LIST, i, name);
                d.version = parts[parts.length - 1];
                d.license = String.join(" OR ", licenses);
                d.url = dash < 0 ? "" : coords.substring(dash + 3).strip();
                claimed[i] = true;
                drafts.add(d);
            }
        }

        // --- heading sections ----------------------------------------------------------------------------------

        private void sections() {
            List<int[]> headings = new ArrayList<>(); // {line, textStartLine, underlined?1:0}
            for (int i = 0; i < lines.length; i++) {
                if (claimed[i]) {
                    continue;
                }
                String t = lines[i].strip();
                if (t.startsWith("#") && headingText(t) != null) {
                    headings.add(new int[] {i, 0});
                } else if (i + 1 < lines.length && !t.isEmpty() && isUnderline(lines[i + 1].strip())
                        && !claimed[i + 1] && !isUnderline(t)) {
                    headings.add(new int[] {i, 1});
                }
            }
            for (int h = 0; h < headings.size(); h++) {
                int at = headings.get(h)[0];
                boolean underlined = headings.get(h)[1] == 1;
                int end = h + 1 < headings.size() ? headings.get(h + 1)[0] : lines.length;
                for (int k = at + 1; k < end; k++) {
                    if (claimed[k] && !(underlined && k == at + 1)) {
                        end = k;
                        break;
                    }
                }
                String text = underlined ? lines[at].strip() : headingText(lines[at].strip());
                if (text == null || isGeneric(text) || !sectionLooksLikeComponent(at + 1, end)) {
                    continue;
                }
                Item item = item(text);
                if (item == null) {
                    continue;
                }
                Draft d = new Draft(NoticeEntry.Layout.SECTION, at, item.name);
                d.version = item.version;
                d.url = item.url;
                d.license = item.license.isEmpty() ? sectionLicense(at + 1, end) : item.license;
                close(d, end);
            }
        }

        private static String headingText(String t) {
            int i = 0;
            while (i < t.length() && t.charAt(i) == '#') {
                i++;
            }
            if (i == 0 || i > 6 || i >= t.length() || t.charAt(i) != ' ') {
                return null;
            }
            String text = t.substring(i).strip();
            int trailing = text.length();
            while (trailing > 0 && text.charAt(trailing - 1) == '#') {
                trailing--;
            }
            text = text.substring(0, trailing).strip();
            return text.isEmpty() ? null : text;
        }

        private static boolean isUnderline(String t) {
            if (t.length() < 3) {
                return false;
            }
            char c = t.charAt(0);
            if (c != '=' && c != '-' && c != '~' && c != '*') {
                return false;
            }
            for (int i = 1; i < t.length(); i++) {
                if (t.charAt(i) != c) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isGeneric(String heading) {
            String lower = heading.toLowerCase(Locale.ROOT);
            for (String g : GENERIC_HEADINGS) {
                if (lower.contains(g)) {
                    return true;
                }
            }
            return false;
        }

        /** A section names a component when it holds a copyright statement or speaks of a license. */
        private boolean sectionLooksLikeComponent(int from, int end) {
            if (!statementsIn(from, end).isEmpty()) {
                return true;
            }
            for (int k = from; k < end && k < from + 200; k++) {
                String lower = lines[k].toLowerCase(Locale.ROOT);
                if (lower.contains("license") || lower.contains("licence")) {
                    return true;
                }
            }
            return false;
        }

        private String sectionLicense(int from, int end) {
            for (int k = from; k < end && k < from + 50; k++) {
                String t = lines[k].strip();
                int colon = keyEnd(t);
                if (colon > 0) {
                    String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    if (key.equals("license") || key.equals("licence") || key.equals("license type")) {
                        return t.substring(colon + 1).strip();
                    }
                }
            }
            return "";
        }

        // --- Apache-style paragraphs -----------------------------------------------------------------------------

        private void paragraphs() {
            int i = 0;
            while (i < lines.length) {
                if (lines[i].isBlank() || claimed[i]) {
                    i++;
                    continue;
                }
                int start = i;
                StringBuilder text = new StringBuilder();
                while (i < lines.length && !lines[i].isBlank() && !claimed[i]) {
                    text.append(CommentMarkers.strip(lines[i])).append(' ');
                    i++;
                }
                apacheEntry(start, i - 1, HolderNames.collapse(text.toString()));
            }
        }

        private void apacheEntry(int first, int last, String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            int phrase = -1;
            int phraseEnd = -1;
            for (String p : INCLUDES_PHRASES) {
                int at = lower.indexOf(p);
                if (at >= 0 && (phrase < 0 || at < phrase)) {
                    phrase = at;
                    phraseEnd = at + p.length();
                }
            }
            int developed = indexOfAny(lower, "developed by ", "developed at ", "written by ", "created by ");
            if (phrase < 0 && developed < 0) {
                return;
            }
            String name;
            String party = "";
            if (developed >= 0 && (phrase < 0 || developed <= phraseEnd + 16)) {
                int from = lower.indexOf(' ', lower.indexOf(' ', developed) + 1) + 1; // after "developed by "
                party = upTo(text, from, PARTY_ENDS);
                name = party;
            } else {
                name = upTo(dropFiller(text.substring(phraseEnd).strip()), 0, NAME_ENDS);
            }
            name = unquote(HolderNames.trimPunctuation(name));
            if (name.isEmpty() || wordCount(name) > MAX_NAME_WORDS + 2 || name.length() > MAX_NAME_CHARS) {
                return;
            }
            Draft d = new Draft(NoticeEntry.Layout.APACHE_PARAGRAPH, first, name);
            d.last = last;
            d.url = firstUrl(text);
            d.license = licensePhrase(text);
            if (!party.isEmpty()) {
                d.holders.add(HolderNames.display(party));
            }
            splitVersion(d, name);
            for (int k = first; k <= last; k++) {
                claimed[k] = true;
            }
            drafts.add(d);
        }

        // --- list items ------------------------------------------------------------------------------------------

        private void listItems() {
            Draft[] endingAt = new Draft[lines.length];
            for (Draft d : drafts) {
                endingAt[d.last] = d;
            }
            Draft lastEntry = null;
            String pendingKey = null;
            for (int i = 0; i < lines.length; i++) {
                if (claimed[i]) {
                    lastEntry = endingAt[i] != null ? endingAt[i] : lastEntry;
                    continue;
                }
                String body = bulletText(lines[i]);
                if (body == null) {
                    if (!lines[i].isBlank()) {
                        pendingKey = null;
                    }
                    continue;
                }
                int colon = keyEnd(body);
                String key = colon > 0 ? body.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
                if (key != null && isAttributeKey(key)) {
                    String value = body.substring(colon + 1).strip();
                    if (lastEntry != null && i - lastEntry.last <= ATTRIBUTE_REACH) {
                        if (value.isEmpty()) {
                            pendingKey = key;
                        } else {
                            attribute(lastEntry, key, value);
                        }
                        lastEntry.last = i;
                        claimed[i] = true;
                    }
                    continue;
                }
                if (pendingKey != null && lastEntry != null && i - lastEntry.last <= ATTRIBUTE_REACH) {
                    attribute(lastEntry, pendingKey, body);
                    pendingKey = null;
                    lastEntry.last = i;
                    claimed[i] = true;
                    continue;
                }
                pendingKey = null;
                if (CopyrightExtractor.findMarker(body, 0) >= 0 && hasStatementOn(i)) {
                    continue;
                }
                Item item = item(body);
                if (item == null) {
                    continue;
                }
                Draft d = new Draft(NoticeEntry.Layout.LIST_ITEM, i, item.name);
                d.version = item.version;
                d.license = item.license;
                d.url = item.url;
                claimed[i] = true;
                drafts.add(d);
                lastEntry = d;
            }
        }

        private void attribute(Draft d, String key, String value) {
            if (key.startsWith("licen")) {
                if (d.license.isEmpty()) {
                    int open = value.lastIndexOf('(');
                    int close = value.lastIndexOf(')');
                    d.license = open >= 0 && close > open && value.substring(open, close).toLowerCase(Locale.ROOT)
                            .contains("licen") ? value.substring(open + 1, close).strip() : value;
                }
            } else if (key.equals("version")) {
                if (d.version.isEmpty()) {
                    d.version = value;
                }
            } else if (key.startsWith("copyright")) {
                d.holders.addAll(extractor.holdersIn(value));
            } else if (d.url.isEmpty() && !key.equals("notice")) {
                d.url = firstUrl(value).isEmpty() ? value : firstUrl(value);
            }
        }

        private static boolean isAttributeKey(String key) {
            for (String k : ATTRIBUTE_KEYS) {
                if (k.equals(key)) {
                    return true;
                }
            }
            return false;
        }

        /** The text of a list item ("- foo", "* foo", "+ foo", "• foo", "1. foo", "1) foo"), or null. */
        private static String bulletText(String line) {
            String t = line.strip();
            if (t.length() < 3) {
                return null;
            }
            char c = t.charAt(0);
            if ((c == '-' || c == '*' || c == '+' || c == '\u2022') && t.charAt(1) == ' ') {
                return t.substring(2).strip();
            }
            int i = 0;
            while (i < t.length() && i < 4 && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')
                    && t.charAt(i + 1) == ' ') {
                return t.substring(i + 2).strip();
            }
            return null;
        }

        // --- own statements ------------------------------------------------------------------------------------

        List<CopyrightStatement> own() {
            int i = 0;
            while (i < lines.length) {
                while (i < lines.length && lines[i].isBlank()) {
                    i++;
                }
                if (i >= lines.length) {
                    break;
                }
                int start = i;
                boolean entry = false;
                int words = 0;
                while (i < lines.length && !lines[i].isBlank()) {
                    entry |= claimed[i];
                    words += wordCount(lines[i].strip());
                    i++;
                }
                List<CopyrightStatement> inParagraph = statementsIn(start, i);
                if (entry) {
                    return List.of();
                }
                if (!inParagraph.isEmpty()) {
                    return inParagraph;
                }
                if (i - start > 3 || words > 12) {
                    return List.of(); // the file opens with prose, not with its own copyright
                }
            }
            return List.of();
        }

    }

    // --- shared text helpers ---------------------------------------------------------------------------------

    /** A list item or heading read as a component: name, version, license, address. */
    private record Item(String name, String version, String license, String url) {
    }

    private static Item item(String text) {
        String t = text.strip();
        String url = "";
        String name;
        String rest;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                return null;
            }
            name = t.substring(1, close);
            rest = t.substring(close + 1);
            if (rest.startsWith("(")) {
                int end = rest.indexOf(')');
                if (end > 0) {
                    url = rest.substring(1, end);
                    rest = rest.substring(end + 1);
                }
            }
        } else {
            name = upTo(t, 0, NAME_ENDS);
            rest = t.substring(Math.min(t.length(), name.length()));
        }
        name = unquote(HolderNames.trimPunctuation(name.replace("**", "").replace("`", "")));
        if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0)) || wordCount(name) > MAX_NAME_WORDS + 1
                || name.length() > MAX_NAME_CHARS || name.endsWith(":")) {
            return null;
        }
        String version = "";
        String[] words = name.split(" ");
        if (words.length > 1 && looksLikeVersion(words[words.length - 1])) {
            version = words[words.length - 1];
            name = name.substring(0, name.length() - version.length()).strip();
            if (name.toLowerCase(Locale.ROOT).endsWith(" version")) {
                name = name.substring(0, name.length() - 8).strip();
            }
        } else {
            String r = HolderNames.trimPunctuation(rest);
            if (r.regionMatches(true, 0, "version ", 0, 8)) {
                r = r.substring(8).strip();
            }
            int sp = r.indexOf(' ');
            String next = sp < 0 ? r : r.substring(0, sp);
            next = HolderNames.trimPunctuation(next);
            if (looksLikeVersion(next)) {
                version = next;
            }
        }
        if (wordCount(name) > MAX_NAME_WORDS || name.isEmpty()) {
            return null;
        }
        if (url.isEmpty()) {
            url = firstUrl(rest);
        }
        return new Item(name, version, licenseIn(rest), url);
    }

    private static void splitVersion(Draft d, String value) {
        String[] words = value.strip().split(" ");
        if (words.length > 1 && looksLikeVersion(words[words.length - 1])) {
            d.version = HolderNames.trimPunctuation(words[words.length - 1]);
            d.name = value.strip().substring(0, value.strip().length() - words[words.length - 1].length()).strip();
            if (d.name.toLowerCase(Locale.ROOT).endsWith(" version")) {
                d.name = d.name.substring(0, d.name.length() - 8).strip();
            }
        }
    }

    private static boolean looksLikeVersion(String w) {
        String v = w.startsWith("v") || w.startsWith("V") ? w.substring(1) : w;
        if (v.isEmpty() || !Character.isDigit(v.charAt(0))) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '_')) {
                return false;
            }
        }
        return v.indexOf('.') > 0 || v.length() <= 3;
    }

    /** The license in the rest of a list item: a parenthesised or dash-separated part that names one. */
    private static String licenseIn(String rest) {
        String r = rest.strip();
        int open = r.indexOf('(');
        while (open >= 0) {
            int close = r.indexOf(')', open);
            if (close < 0) {
                break;
            }
            String inner = r.substring(open + 1, close).strip();
            if (isLicenseLike(inner) && !inner.contains("://")) {
                return inner;
            }
            open = r.indexOf('(', close);
        }
        for (String sep : new String[] {" - ", " \u2013 ", ": ", ", "}) {
            int at = (" " + r).indexOf(sep);
            if (at >= 0) {
                String after = HolderNames.trimPunctuation((" " + r).substring(at + sep.length()));
                int cut = indexOfAny(after, " (", " http", " - ");
                after = cut >= 0 ? after.substring(0, cut) : after;
                if (isLicenseLike(after) && after.length() <= 80) {
                    return after;
                }
            }
        }
        return "";
    }

    private static boolean isLicenseLike(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String h : LICENSE_HINTS) {
            int at = lower.indexOf(h);
            if (at >= 0 && (h.length() > 3 || at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "under the X license" / "licensed under X", or empty. */
    private static String licensePhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = indexOfAny(lower, "licensed under ", "under the terms of the ", "under the ", "under a ");
        if (at < 0) {
            return "";
        }
        int from = lower.indexOf("under ", at) + 6;
        String rest = text.substring(from);
        if (rest.regionMatches(true, 0, "the terms of ", 0, 13)) {
            rest = rest.substring(13);
        }
        int end = indexOfAny(rest, ". ", ", ", " (", "; ", " which", " and is");
        String phrase = HolderNames.trimPunctuation(end < 0 ? rest : rest.substring(0, end));
        if (phrase.length() > 80 || !isLicenseLike(phrase)) {
            return "";
        }
        if (phrase.regionMatches(true, 0, "the ", 0, 4) || phrase.regionMatches(true, 0, "a ", 0, 2)) {
            phrase = phrase.substring(phrase.indexOf(' ') + 1);
        }
        return phrase;
    }

    private static String firstUrl(String text) {
        int at = indexOfAny(text, "https://", "http://");
        if (at < 0) {
            return "";
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ')'
                && text.charAt(end) != '>' && text.charAt(end) != ']' && text.charAt(end) != '"') {
            end++;
        }
        String url = text.substring(at, end);
        while (url.endsWith(".") || url.endsWith(",") || url.endsWith(";")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String dropFiller(String s) {
        String r = s;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String f : LEADING_FILLER) {
                if (r.regionMatches(true, 0, f, 0, f.length())) {
                    r = r.substring(f.length()).strip();
                    changed = true;
                }
            }
        }
        return r;
    }

    /** {@code s} from {@code from} up to the first of {@code ends}. */
    private static String upTo(String s, int from, String[] ends) {
        String t = s.substring(Math.min(from, s.length()));
        int cut = t.length();
        for (String e : ends) {
            int at = t.indexOf(e);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        if (cut == t.length() && t.endsWith(".")) {
            cut--;
        }
        return t.substring(0, cut).strip();
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2) {
            char a = t.charAt(0);
            char b = t.charAt(t.length() - 1);
            if ((a == '\'' && b == '\'') || (a == '"' && b == '"') || (a == '\u2018' && b == '\u2019')
                    || (a == '\u201c' && b == '\u201d') || (a == '`' && b == '`')) {
                return t.substring(1, t.length() - 1).strip();
            }
        }
        if (t.startsWith("'") || t.startsWith("\"")) {
            int close = t.indexOf(t.charAt(0), 1);
            if (close > 1) {
                return t.substring(1, close);
            }
        }
        return t;
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int at = s.indexOf(n);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static int wordCount(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }
}
