package dev.provenance.report;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.inventory.Language;
import dev.provenance.license.LicenseCatalog;
import dev.provenance.license.LicenseObligations;
import dev.provenance.license.NoticePlacement;
import dev.provenance.match.Origin;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.HolderNames;
import dev.provenance.policy.Violation;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the repository's third-party notice file — the one the scan's findings call for — from a
 * {@link ScanResult}.
 *
 * <p>It is not a {@link ReportWriter}: its output belongs in the scanned repository, next to the code it credits.
 * Per upstream component (by name, then version) it lists the name and version (and package URL), the copyright lines
 * of the upstream files as written (else one "Copyright (c) holders" line from the knowledge base), the license (SPDX
 * id and name), and the files and lines of the repository copied from it; then the other third-party copyright
 * holders found in file headers that no component covers; then the full text of every license named, once each,
 * from the SPDX list bundled with spdx-java-library (exceptions of {@code WITH} too). A license the list does not
 * have ({@code LicenseRef-…}, an unknown name) gets a line saying its text must be added by hand.
 *
 * <p>{@link NoticeFormat#TEXT} uses the vendor block layout ("Software: name version" / "Copyright notice:" /
 * "License:"), {@link NoticeFormat#MARKDOWN} a "## name version" section per component: both are layouts the notice
 * parser ({@link dev.provenance.notice.NoticeFile}) reads back as one entry per component naming it and its holders,
 * which is what a later scan takes as the credit. The output is deterministic: sorted, LF line ends, UTF-8, no
 * timestamp.
 */
public final class NoticeWriter {
    /** The notice file's name when none is given. */
    public static final String DEFAULT_FILE_NAME = "THIRD-PARTY-NOTICES.txt";

    /** Rules whose violations a notice entry clears when the license is satisfied by a notice in the distribution. */
    private static final Set<String> CREDIT_RULES = Set.of("snippet-unattributed", "header-replaced",
            "attribution-partial");
    private static final String NOTICE_INCOMPLETE = "notice-incomplete";
    private static final String LICENSE_TEXT_MISSING = "license-text-missing";
    private static final String RULE = "=".repeat(80);
    private static final String THIN_RULE = "-".repeat(80);

    private final LicenseCatalog catalog;
    private final LicenseObligations obligations;

    /** A writer over the given license list and obligations table. */
    public NoticeWriter(LicenseCatalog catalog, LicenseObligations obligations) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.obligations = Objects.requireNonNull(obligations, "obligations");
    }

    /** A writer over the bundled SPDX list and the standard obligations table. */
    public static NoticeWriter standard() {
        return new NoticeWriter(LicenseCatalog.bundled(), LicenseObligations.standard());
    }

    // --- what the notice lists -----------------------------------------------------------------------------------

    /** The components and holders a notice for {@code result} lists. */
    public NoticeContents contents(ScanResult result) {
        Map<String, Language> languages = new TreeMap<>();
        for (FileReport file : result.files()) {
            languages.put(file.path(), file.language());
        }
        Map<List<String>, List<AttributedSnippet>> byComponent = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1))
                        .thenComparing(k -> k.get(2)));
        for (AttributedSnippet s : result.snippets()) {
            Origin o = s.origin();
            byComponent.computeIfAbsent(List.of(o.component(), o.version(), o.purl()), k -> new ArrayList<>()).add(s);
        }
        List<NoticeContents.Component> components = new ArrayList<>();
        for (Map.Entry<List<String>, List<AttributedSnippet>> e : byComponent.entrySet()) {
            components.add(component(e.getKey(), e.getValue(), languages));
        }
        List<NoticeContents.Holder> holders = new ArrayList<>();
        Map<String, FileReport> files = new TreeMap<>();
        result.files().forEach(f -> files.put(f.path(), f));
        for (ThirdPartyHolder holder : result.thirdParty().stream()
                .sorted(Comparator.comparing(ThirdPartyHolder::holder)).toList()) {
            if (!covered(holder.holder(), components)) {
                holders.add(holder(holder, files));
            }
        }
        return new NoticeContents(components, holders);
    }

    private NoticeContents.Component component(List<String> key, List<AttributedSnippet> snippets,
                                               Map<String, Language> languages) {
        Set<String> licenses = new LinkedHashSet<>();
        Set<String> holders = new LinkedHashSet<>();
        Set<String> copyrights = new LinkedHashSet<>();
        List<NoticeContents.Use> uses = new ArrayList<>();
        boolean suffices = true;
        for (AttributedSnippet s : snippets) {
            Origin o = s.origin();
            if (!o.license().isBlank()) {
                licenses.add(o.license().strip());
            }
            holders.addAll(o.holders());
            copyrights.addAll(s.upstreamCopyrights());
            boolean headerPossible = headerPossible(languages.getOrDefault(s.path(), Language.NONE));
            boolean use = noticeSuffices(o.license()) || !headerPossible;
            suffices &= use;
            uses.add(new NoticeContents.Use(s.path(), s.lines(), o.path(), o.lines(), use,
                    s.attribution().satisfied()));
        }
        if (copyrights.isEmpty() && !holders.isEmpty()) {
            copyrights.add("Copyright (c) " + String.join(", ", holders));
        }
        String license = licenses.size() <= 1 ? String.join("", licenses)
                : licenses.stream().map(l -> l.contains(" ") ? "(" + l + ")" : l)
                        .reduce((a, b) -> a + " AND " + b).orElse("");
        return new NoticeContents.Component(key.get(0), key.get(1), key.get(2), license, List.copyOf(holders),
                List.copyOf(copyrights), uses, suffices);
    }

    /** Whether the license of a copy is satisfied by its notice anywhere in the distribution (MIT, ISC…). */
    private boolean noticeSuffices(String license) {
        return obligations.forExpression(license.isBlank() ? "NOASSERTION" : license)
                .noticeSatisfiedBy(NoticePlacement.DISTRIBUTION);
    }

    /** Whether a file in {@code language} can carry a header comment; the scanner's rule (JSON has none). */
    private static boolean headerPossible(Language language) {
        return language != Language.JSON && language != Language.NONE;
    }

    private static boolean covered(String holder, List<NoticeContents.Component> components) {
        for (NoticeContents.Component c : components) {
            if (c.holders().stream().anyMatch(h -> HolderNames.same(h, holder))) {
                return true;
            }
        }
        return false;
    }

    private static NoticeContents.Holder holder(ThirdPartyHolder holder, Map<String, FileReport> files) {
        Set<String> statements = new LinkedHashSet<>();
        for (String path : holder.files()) {
            FileReport file = files.get(path);
            if (file == null) {
                continue;
            }
            for (CopyrightStatement c : file.copyrights()) {
                if (c.holders().stream().anyMatch(h -> HolderNames.same(h, holder.holder()))) {
                    statements.add(c.statement());
                }
            }
        }
        if (statements.isEmpty()) {
            statements.add("Copyright (c) " + holder.holder());
        }
        return new NoticeContents.Holder(holder.holder(), List.copyOf(statements), holder.licenses(),
                holder.files());
    }

    // --- what the notice is expected to change -------------------------------------------------------------------

    /**
     * The violations of {@code result} that a notice listing {@code contents} is expected to clear — copies of a
     * component whose license is met by a notice-file entry (MIT), or in files that cannot carry a header, and
     * third-party holders missing from a notice — and the violations about the listed copies it does not clear
     * (Apache-2.0 and BSD copies need the upstream notice kept in the copied file). A component's missing license
     * text counts as cleared when the notice carries it (its license is on the SPDX list).
     */
    public Forecast forecast(ScanResult result, NoticeContents contents) {
        Map<String, NoticeContents.Use> uses = new LinkedHashMap<>();
        Set<String> withTexts = new LinkedHashSet<>();
        for (NoticeContents.Component c : contents.components()) {
            for (NoticeContents.Use use : c.uses()) {
                uses.put(useKey(c.coordinates(), use.path(), use.lines()), use);
            }
            if (!c.license().isBlank() && licenseTexts(List.of(c.license())).stream().allMatch(LicenseText::listed)) {
                withTexts.add(c.coordinates());
            }
        }
        List<Violation> cleared = new ArrayList<>();
        List<Violation> kept = new ArrayList<>();
        for (Violation v : result.violations()) {
            if (v.rule().equals(NOTICE_INCOMPLETE)
                    || (v.rule().equals(LICENSE_TEXT_MISSING) && withTexts.contains(v.origin()))) {
                cleared.add(v);
                continue;
            }
            if (!CREDIT_RULES.contains(v.rule()) || v.lines() == null) {
                continue;
            }
            NoticeContents.Use use = uses.get(useKey(v.origin(), v.path(), v.lines()));
            if (use != null) {
                (use.noticeSuffices() ? cleared : kept).add(v);
            }
        }
        return new Forecast(cleared, kept);
    }

    private static String useKey(String coordinates, String path, LineRange lines) {
        return coordinates + "\u0000" + path + "\u0000" + lines.first() + "-" + lines.last();
    }

    /**
     * What writing the notice is expected to do to the next scan.
     *
     * @param cleared the violations it clears
     * @param kept    the violations about the copies it lists that it does not clear
     */
    public record Forecast(List<Violation> cleared, List<Violation> kept) {
        public Forecast {
            cleared = List.copyOf(cleared);
            kept = List.copyOf(kept);
        }
    }

    // --- rendering -----------------------------------------------------------------------------------------------

    /** The notice for {@code result} in {@code format}; empty when the scan found no third-party material. */
    public Optional<String> render(ScanResult result, NoticeFormat format) {
        NoticeContents contents = contents(result);
        if (contents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(render(contents, repositoryName(result.root()), result.tool().version(), format));
    }

    /** The notice listing {@code contents} for the repository {@code repository}, in {@code format}. */
    public String render(NoticeContents contents, String repository, String version, NoticeFormat format) {
        Objects.requireNonNull(format, "format");
        Text out = new Text();
        List<LicenseText> texts = licenseTexts(contents.licenses());
        if (format == NoticeFormat.TEXT) {
            text(out, contents, repository, version, texts);
        } else {
            markdown(out, contents, repository, version, texts);
        }
        return out.toString();
    }

    /**
     * Writes the notice for {@code result} to {@code file} in {@code format}, atomically (a temporary file in the same
     * directory moved into place). Nothing is written when the scan found no third-party material.
     *
     * @return the contents written (empty when there was nothing to write)
     * @throws FileAlreadyExistsException when {@code file} exists and {@code overwrite} is false
     */
    public NoticeContents write(ScanResult result, Path file, NoticeFormat format, boolean overwrite)
            throws IOException {
        NoticeContents contents = contents(result);
        if (contents.isEmpty()) {
            return contents;
        }
        if (!overwrite && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        String text = render(contents, repositoryName(result.root()), result.tool().version(), format);
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return contents;
    }

    /** The last segment of the scanned root, so that the notice does not depend on where the checkout lies. */
    static String repositoryName(String root) {
        String r = root.replace('\\', '/');
        while (r.length() > 1 && r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        String name = r.substring(r.lastIndexOf('/') + 1);
        return name.isEmpty() || name.equals(".") ? "this repository" : name;
    }

    private void text(Text out, NoticeContents contents, String repository, String version,
                      List<LicenseText> texts) {
        out.line("THIRD-PARTY NOTICES").line(RULE).blank();
        preamble(out, contents, repository, version);
        for (NoticeContents.Component c : contents.components()) {
            out.line(THIN_RULE).blank();
            out.line("Software: " + c.name() + " " + c.version());
            if (!c.purl().isEmpty()) {
                out.line("Package URL: " + c.purl());
            }
            out.line("Copyright notice:");
            copyrights(out, c.copyrights(), "");
            out.line("License: " + licenseLine(c.license()));
            out.line("Used in this repository:");
            for (NoticeContents.Use use : c.uses()) {
                out.line("    " + use(use));
            }
            out.blank();
        }
        for (NoticeContents.Holder h : contents.holders()) {
            out.line(THIN_RULE).blank();
            out.line("Software: " + h.holder());
            out.line("Copyright notice:");
            copyrights(out, h.copyrights(), "");
            out.line("License: " + (h.licenses().isEmpty() ? "not declared in the files; add it by hand"
                    : String.join("; ", h.licenses().stream().map(this::licenseLine).toList())));
            out.line("Files:");
            h.files().forEach(f -> out.line("    " + f));
            out.blank();
        }
        if (texts.isEmpty()) {
            return;
        }
        out.line(RULE).line("License texts").line(RULE).blank();
        for (LicenseText t : texts) {
            out.line(THIN_RULE).line(t.title()).line(THIN_RULE).blank();
            t.body().lines().forEach(out::line);
            out.blank();
        }
    }

    private void markdown(Text out, NoticeContents contents, String repository, String version,
                          List<LicenseText> texts) {
        out.line("# Third-party notices").blank();
        preamble(out, contents, repository, version);
        for (NoticeContents.Component c : contents.components()) {
            out.line("## " + c.name() + " " + c.version()).blank();
            if (!c.purl().isEmpty()) {
                out.line("Package URL: `" + c.purl() + "`").blank();
            }
            out.line("Copyright notice:").blank();
            copyrights(out, c.copyrights(), "\n");
            out.line("License: " + licenseLine(c.license())).blank();
            out.line("Used in this repository:").blank();
            for (NoticeContents.Use use : c.uses()) {
                out.line("- " + use(use));
            }
            out.blank();
        }
        for (NoticeContents.Holder h : contents.holders()) {
            out.line("## " + h.holder()).blank();
            out.line("Copyright notice:").blank();
            copyrights(out, h.copyrights(), "\n");
            out.line("License: " + (h.licenses().isEmpty() ? "not declared in the files; add it by hand"
                    : String.join("; ", h.licenses().stream().map(this::licenseLine).toList()))).blank();
            out.line("Files:").blank();
            h.files().forEach(f -> out.line("- `" + f + "`"));
            out.blank();
        }
        if (texts.isEmpty()) {
            return;
        }
        out.line("## License texts").blank();
        for (LicenseText t : texts) {
            out.line("### " + t.title()).blank();
            String fence = fence(t.body());
            out.line(fence + "text");
            t.body().lines().forEach(out::line);
            out.line(fence).blank();
        }
    }

    private static void preamble(Text out, NoticeContents contents, String repository, String version) {
        int components = contents.components().size();
        int holders = contents.holders().size();
        out.line("This file credits the third-party material that was found in " + repository + ": the upstream")
                .line("components its code and configuration were copied from, with their copyright notices,")
                .line("licenses and the files and lines that use them, and the other copyright holders named in")
                .line("its file headers. The full license texts follow at the end.")
                .blank()
                .line("Generated by Provenance " + version + ": " + count(components, "upstream component") + ", "
                        + count(holders, "other copyright holder") + ".")
                .blank();
    }

    private static void copyrights(Text out, List<String> copyrights, String between) {
        if (copyrights.isEmpty()) {
            out.line("none recorded; copy the upstream's copyright lines here by hand");
        }
        for (int i = 0; i < copyrights.size(); i++) {
            out.line(copyrights.get(i));
            if (!between.isEmpty()) {
                out.blank();
            }
        }
    }

    private static String use(NoticeContents.Use use) {
        return use.path() + " " + range(use.lines()) + " (from " + use.upstreamPath() + " " + range(use.upstreamLines())
                + ")";
    }

    private static String range(LineRange lines) {
        return lines.first() == lines.last() ? "line " + lines.first()
                : "lines " + lines.first() + "-" + lines.last();
    }

    /** "MIT (MIT License)", "Apache-2.0 WITH LLVM-exception (Apache License 2.0 with LLVM-exception)". */
    private String licenseLine(String expression) {
        if (expression.isBlank()) {
            return "unknown: no license was recorded for it; add its license and text by hand";
        }
        StringBuilder names = new StringBuilder();
        boolean named = false;
        String previous = "";
        for (String token : tokens(expression)) {
            String upper = token.toUpperCase(Locale.ROOT);
            if (token.equals("(") || token.equals(")")) {
                names.append(token);
            } else if (upper.equals("AND") || upper.equals("OR")) {
                names.append(' ').append(upper.toLowerCase(Locale.ROOT)).append(' ');
            } else if (upper.equals("WITH")) {
                names.append(" with ");
            } else if (previous.equalsIgnoreCase("WITH")) {
                names.append(token);
            } else {
                Optional<String> name = catalog.name(token.endsWith("+") ? token.substring(0, token.length() - 1)
                        : token);
                named |= name.isPresent();
                names.append(name.orElse(token)).append(token.endsWith("+") && name.isPresent() ? " or later" : "");
            }
            previous = token;
        }
        return named ? expression + " (" + names + ")" : expression;
    }

    /** The distinct license and exception texts of {@code expressions}, by id; a line instead of each unknown one. */
    private List<LicenseText> licenseTexts(List<String> expressions) {
        Map<String, LicenseText> texts = new TreeMap<>();
        for (String expression : expressions) {
            String previous = "";
            for (String token : tokens(expression)) {
                String upper = token.toUpperCase(Locale.ROOT);
                boolean operator = token.equals("(") || token.equals(")") || upper.equals("AND")
                        || upper.equals("OR") || upper.equals("WITH");
                if (!operator) {
                    String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
                    LicenseText text = previous.equalsIgnoreCase("WITH") ? exception(id) : license(id);
                    texts.putIfAbsent(text.id(), text);
                }
                previous = token;
            }
        }
        return List.copyOf(texts.values());
    }

    private LicenseText license(String id) {
        Optional<String> canonical = catalog.canonicalId(id);
        Optional<String> text = canonical.flatMap(catalog::text);
        if (canonical.isEmpty() || text.isEmpty()) {
            return new LicenseText(id, false, "License: " + id, "The text of " + id
                    + " is not on the SPDX license list; add the license text from the upstream component here"
                    + " by hand.");
        }
        String title = "License: " + canonical.get() + " (" + catalog.name(canonical.get()).orElse(canonical.get())
                + ")";
        return new LicenseText(canonical.get(), true, title, normalise(text.get()));
    }

    private LicenseText exception(String id) {
        Optional<String> text = catalog.exceptionText(id);
        if (text.isEmpty()) {
            return new LicenseText(id, false, "License exception: " + id, "The text of the license exception " + id
                    + " is not on the SPDX list; add it from the upstream component here by hand.");
        }
        return new LicenseText(id, true, "License exception: " + id, normalise(text.get()));
    }

    /** LF line ends, no trailing spaces, no leading or trailing blank lines. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }

    /** The tokens of a license expression: ids, operators and parentheses. */
    static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** A Markdown code fence longer than any run of backticks in {@code body}. */
    private static String fence(String body) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A license or exception text, or the line standing in for one that is not on the list. */
    private record LicenseText(String id, boolean listed, String title, String body) {
    }

    /** Lines joined with LF, ending in one. */
    private static final class Text {
        private final StringBuilder out = new StringBuilder(1 << 14);

        Text line(String line) {
            out.append(line.stripTrailing()).append('\n');
            return this;
        }

        Text blank() {
            if (out.length() > 1 && !(out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
            return this;
        }

        @Override
        public String toString() {
            String s = out.toString();
            while (s.endsWith("\n\n")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }
    }
}
