package dev.provenance.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPDX license list bundled with spdx-java-library, used offline, and the normalisation of declared license
 * names and expressions to SPDX expressions.
 *
 * <p>{@link #bundled()} loads the list once, lazily and thread-safely: from the {@link PrecomputedLicenseIndex} the
 * build stored in core's jar (a few tens of milliseconds), or, when there is none made from this library version and
 * this code, through the library (about 1.5 s). Either way it first forces the library offline: it sets the system
 * properties {@code org.spdx.useJARLicenseInfoOnly=true} and {@code SPDXParser.OnlyUseLocalLicenses=true}, and so
 * does {@link SpdxLibrary}, through which every call into the library goes, so that the library never reaches for the
 * network. The library itself starts only when needed (a license text or template, an expression other than a single
 * listed id to confirm). The catalog is immutable apart from bounded memos of {@link #normalize} and
 * {@link #parseExpression} results (pure functions of their argument, so the memo is invisible but for speed: SPDX
 * tags repeat in every file of a repository).
 *
 * <p>Normalisation ({@link #normalize}) tries, in order: an SPDX expression (ids in any case, deprecated ids
 * replaced: {@code GPL-2.0} → {@code GPL-2.0-only}, {@code GPL-2.0+} → {@code GPL-2.0-or-later}), confirmed by the
 * library's parser; a PyPI trove classifier ({@code License :: OSI Approved :: MIT License}); a license name from the
 * SPDX list or from the alias table {@code license-aliases.tsv} ({@code Apache 2.0}, {@code The Apache Software
 * License, Version 2.0}, {@code GPLv2}, {@code New BSD}), with or without a parenthesised acronym; names joined by
 * {@code or}, {@code and} or {@code /} ({@code MIT/Apache-2.0}). What matches nothing is kept as written, unknown —
 * model-hub ids without an SPDX id ({@code llama3}, {@code openrail}, {@code other}) end there.
 */
public final class LicenseCatalog {
    static final String USE_JAR_ONLY = "org.spdx.useJARLicenseInfoOnly";
    static final String LOCAL_ONLY = "SPDXParser.OnlyUseLocalLicenses";
    private static final int MAX_DECLARED_CHARS = 1_000;
    private static final int MEMO_CAPACITY = 4_096;
    private static final String TROVE_PREFIX = "license ::";

    private final String listVersion;
    private final IndexOrigin origin;
    /** Lower-cased listed license id (deprecated ones too) → canonical id. */
    private final Map<String, String> licenseIds;
    /** Lower-cased listed exception id → canonical id. */
    private final Map<String, String> exceptionIds;
    /** Canonical license id → name on the list. */
    private final Map<String, String> names;
    /** Canonical deprecated id → replacement expression (deprecated ids without one are absent). */
    private final Map<String, String> replacements;
    /** {@link LicenseNameKey} of a name, id or alias → expression. */
    private final Map<String, String> byNameKey;
    private final List<String> currentIds;
    /** Current ids known to be accepted by the library's parser without asking it (see {@link LicenseList}). */
    private final Set<String> acceptedIds;
    private final Set<String> current;
    private final SpdxExpressionParser parser;
    private final ConcurrentHashMap<String, NormalizedLicense> memo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<String>> expressions = new ConcurrentHashMap<>();

    private LicenseCatalog(LicenseList list, IndexOrigin origin) {
        this.listVersion = list.listVersion();
        this.origin = origin;
        this.names = Map.copyOf(list.names());
        this.currentIds = list.currentIds();
        this.current = Set.copyOf(currentIds);
        Map<String, String> ids = new HashMap<>();
        list.names().keySet().forEach(id -> ids.put(id.toLowerCase(Locale.ROOT), id));
        this.licenseIds = Map.copyOf(ids);
        Map<String, String> exceptions = new HashMap<>();
        list.exceptionIds().forEach(id -> exceptions.put(id.toLowerCase(Locale.ROOT), id));
        this.exceptionIds = Map.copyOf(exceptions);
        this.replacements = list.replacements();
        this.parser = new SpdxExpressionParser(this::resolveLicenseToken, this::canonicalExceptionId);
        this.byNameKey = list.nameKeys();
        this.acceptedIds = list.acceptedIds();
    }

    /** A catalog over {@code list} (the bundled one, or another for tests). */
    static LicenseCatalog of(LicenseList list, IndexOrigin origin) {
        return new LicenseCatalog(list, origin);
    }

    /** The license list bundled with spdx-java-library, loaded on first use. */
    public static LicenseCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Whether this catalog's list was read from the build's precomputed index or through the library. */
    IndexOrigin origin() {
        return origin;
    }

    /** The version of the SPDX license list, e.g. {@code 3.28.0}. */
    public String listVersion() {
        return listVersion;
    }

    /** Whether {@code id} (any case; deprecated ids included) is a license id on the SPDX list. */
    public boolean isListed(String id) {
        return canonicalId(id).isPresent();
    }

    /** The canonical spelling of a listed license id given in any case ({@code apache-2.0} → {@code Apache-2.0}). */
    public Optional<String> canonicalId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(licenseIds.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code id} (any case) is a license exception id on the SPDX list ({@code LLVM-exception}). */
    public boolean isListedException(String id) {
        return canonicalExceptionId(id).isPresent();
    }

    /** The name on the SPDX list of license {@code id} (any case): {@code MIT} → {@code MIT License}. */
    public Optional<String> name(String id) {
        return canonicalId(id).map(names::get);
    }

    /** The license text of {@code id} (any case) from the bundled list (read through the library on demand). */
    public Optional<String> text(String id) {
        return canonicalId(id).flatMap(SpdxLibrary::text);
    }

    /** The text of listed license exception {@code id} (any case) from the bundled list (read on demand). */
    public Optional<String> exceptionText(String id) {
        return canonicalExceptionId(id).flatMap(SpdxLibrary::exceptionText);
    }

    /** The standard template of listed license {@code id} (canonical), or its text when it has no template. */
    String template(String id) {
        return SpdxLibrary.template(id);
    }

    /** The listed license ids that are not deprecated, in list order. */
    public List<String> currentIds() {
        return currentIds;
    }

    /** Whether {@code id} is a deprecated id on the list ({@code GPL-2.0}). */
    public boolean isDeprecated(String id) {
        return canonicalId(id).map(c -> !current.contains(c)).orElse(false);
    }

    /**
     * Normalises a declared license (an SPDX expression, a license name, a PyPI classifier, a model-hub id) to an
     * SPDX expression; what matches nothing comes back as written (trimmed) with {@code known == false}.
     *
     * @throws IllegalArgumentException when {@code declared} is blank
     */
    public NormalizedLicense normalize(String declared) {
        Objects.requireNonNull(declared, "declared");
        String text = declared.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("blank license declaration");
        }
        NormalizedLicense cached = memo.get(text);
        if (cached != null) {
            return cached.declaredAs().equals(declared) ? cached
                    : new NormalizedLicense(cached.expression(), cached.known(), declared);
        }
        NormalizedLicense result = compute(text, declared);
        if (memo.size() < MEMO_CAPACITY) {
            memo.putIfAbsent(text, result);
        }
        return result;
    }

    private NormalizedLicense compute(String text, String declared) {
        if (text.length() > MAX_DECLARED_CHARS) {
            return new NormalizedLicense(text, false, declared);
        }
        Optional<String> expression = expression(text);
        if (expression.isEmpty()) {
            String name = text;
            if (name.toLowerCase(Locale.ROOT).startsWith(TROVE_PREFIX)) {
                name = name.substring(name.lastIndexOf("::") + 2).strip();
            }
            expression = byName(name).or(() -> combination(text)).or(() -> byUrl(text));
            if (expression.isEmpty() && !name.equals(text)) {
                expression = combination(name);
            }
        }
        return expression.map(e -> new NormalizedLicense(e, true, declared))
                .orElseGet(() -> new NormalizedLicense(text, false, declared));
    }

    /**
     * {@code text} as a valid SPDX license expression, strictly (no license names): ids in any case, canonicalised,
     * deprecated ids replaced, confirmed by spdx-java-library's parser; empty when it is not valid.
     */
    public Optional<String> parseExpression(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip();
        if (key.isEmpty() || key.length() > MAX_DECLARED_CHARS) {
            return Optional.empty();
        }
        Optional<String> cached = expressions.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<String> result = expression(key);
        if (expressions.size() < MEMO_CAPACITY) {
            expressions.putIfAbsent(key, result);
        }
        return result;
    }

    /** {@code text} as a valid SPDX expression over listed ids, canonicalised and confirmed by the library. */
    Optional<String> expression(String text) {
        return parser.canonical(text).filter(e -> acceptedIds.contains(e) || SpdxLibrary.acceptsExpression(e));
    }

    private Optional<String> byName(String name) {
        String key = LicenseNameKey.of(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String found = byNameKey.get(key);
        if (found != null) {
            return Optional.of(found);
        }
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (open >= 0 && close > open) {
            String outside = (name.substring(0, open) + " " + name.substring(close + 1)).strip();
            String inside = name.substring(open + 1, close).strip();
            String outsideKey = LicenseNameKey.of(outside);
            if (!outsideKey.isEmpty() && byNameKey.containsKey(outsideKey)) {
                return Optional.of(byNameKey.get(outsideKey));
            }
            return expression(inside).or(() -> Optional.ofNullable(byNameKey.get(LicenseNameKey.of(inside))));
        }
        return Optional.empty();
    }

    /**
     * A license URL whose last path segment is an SPDX id ({@code https://opensource.org/licenses/MIT},
     * {@code https://spdx.org/licenses/Apache-2.0.html}); URLs of the alias table are found by name already.
     */
    private Optional<String> byUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || text.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        String path = text.replaceAll("[?#].*$", "");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.(html?|txt|php|json)$", "");
        return last.isEmpty() ? Optional.empty() : expression(last);
    }

    /** Names joined by "or", "and" or "/" ({@code MIT/Apache-2.0}, {@code Apache 2.0 or MIT}), each known. */
    private Optional<String> combination(String text) {
        String operator = null;
        String[] parts = null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains(" or ")) {
            operator = "OR";
            parts = text.split("(?i) or ");
        } else if (text.indexOf('/') > 0 && !lower.contains("/libpng") && !lower.contains("://")) {
            operator = "OR";
            parts = text.split("/");
        } else if (lower.contains(" and ")) {
            operator = "AND";
            parts = text.split("(?i) and ");
        }
        if (parts == null || parts.length < 2 || parts.length > 8) {
            return Optional.empty();
        }
        List<String> expressions = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            Optional<String> e = p.isEmpty() ? Optional.empty() : expression(p).or(() -> byName(p));
            if (e.isEmpty()) {
                return Optional.empty();
            }
            expressions.add(e.get());
        }
        return expression(String.join(" " + operator + " ", expressions.stream().map(e -> "(" + e + ")").toList()));
    }

    /**
     * A license token of an expression ({@code +} included, any case) → its canonical expression, deprecated ids
     * replaced ({@code gpl-2.0+} → {@code GPL-2.0-or-later}, {@code GPL-2.0-with-classpath-exception} →
     * {@code GPL-2.0-only WITH Classpath-exception-2.0}); empty when it is not a listed id.
     */
    Optional<String> resolveLicenseToken(String token) {
        String direct = licenseIds.get(token.toLowerCase(Locale.ROOT));
        if (direct != null) {
            return Optional.of(replacements.getOrDefault(direct, direct));
        }
        if (token.endsWith("+")) {
            String base = licenseIds.get(token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT));
            if (base == null) {
                return Optional.empty();
            }
            String replaced = replacements.getOrDefault(base, base);
            if (replaced.endsWith("-only") && licenseIds.containsKey(
                    (replaced.substring(0, replaced.length() - 5) + "-or-later").toLowerCase(Locale.ROOT))) {
                return Optional.of(replaced.substring(0, replaced.length() - 5) + "-or-later");
            }
            return replaced.indexOf(' ') < 0 && !replaced.endsWith("-or-later")
                    ? Optional.of(replaced + "+") : Optional.empty();
        }
        return Optional.empty();
    }

    /** The canonical spelling of a listed exception id given in any case; empty when it is not listed. */
    Optional<String> canonicalExceptionId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(exceptionIds.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Reads the {@code <first> TAB <second>} rows of a resource data file, in order. */
    static List<String[]> readTable(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LicenseCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException(resource + ":" + number + ": expected two columns");
                }
                rows.add(new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Holder of the bundled catalog: created on first use, by the JVM's class initialisation lock. */
    private static final class Bundled {
        static final LicenseCatalog CATALOG = load();

        private static LicenseCatalog load() {
            SpdxOffline.ensure();
            return PrecomputedLicenseIndex.bundledList()
                    .map(list -> new LicenseCatalog(list, IndexOrigin.PRECOMPUTED))
                    .orElseGet(() -> new LicenseCatalog(LicenseList.fromLibrary(), IndexOrigin.BUILT_LIVE));
        }
    }
}
