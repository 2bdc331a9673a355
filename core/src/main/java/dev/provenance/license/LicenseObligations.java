package dev.provenance.license;

import dev.provenance.license.LicenseExpression.All;
import dev.provenance.license.LicenseExpression.AnyOf;
import dev.provenance.license.LicenseExpression.Term;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The obligations table: what must travel with a copy of code under each license (copyright notice and where,
 * license text, NOTICE propagation, statement of changes, source disclosure and its scope, share-alike, use
 * restrictions), read from the data file {@code obligations.yaml} in core's resources. Every entry names the clause
 * of the license that imposes it; the unit tests look each quoted clause up in the license text spdx-java-library
 * bundles.
 *
 * <p>{@link #forExpression} evaluates SPDX expressions:
 * <ul>
 *   <li>{@code A AND B}: the union of the duties (the more demanding placement and scope win);</li>
 *   <li>{@code A OR B}: the licensee chooses, so the <em>least demanding</em> option is returned (a known license
 *       before an unknown one; then fewer use restrictions and conditions, narrower disclosure, no share-alike,
 *       the lighter notice placement, no NOTICE, no change marks, no license text; ties go to the option written
 *       first); {@link Obligations#choice()} names it and {@link Obligations#alternatives()} lists every option;</li>
 *   <li>{@code A WITH E}: A's duties, adjusted where the exception matters for a copy (Classpath-exception-2.0
 *       caps the disclosure scope at the library); an exception the table does not list leaves A's duties as they
 *       are (exceptions only add permissions) and is named in {@link Obligations#notes()};</li>
 *   <li>an id the table does not know (or a malformed expression) gives {@link Obligations#known()} false with
 *       conservative duties, never "no duties".</li>
 * </ul>
 * An {@code -or-later} id has the duties of its version (the table lists both ids). A {@code +} on another license
 * ({@code Apache-2.0+}) is read as that license, with a note.
 *
 * <p>Licenses not on the SPDX list have {@code LicenseRef-} ids of this table, each documented in the data file with
 * the document its duties come from: {@code LicenseRef-OpenRAIL}, {@code LicenseRef-OpenRAIL-M},
 * {@code LicenseRef-CreativeML-OpenRAIL-M}, {@code LicenseRef-CreativeML-OpenRAIL-PlusPlus-M},
 * {@code LicenseRef-BigScience-OpenRAIL-M}, {@code LicenseRef-BigScience-BLOOM-RAIL-1.0},
 * {@code LicenseRef-Llama-2-Community}, {@code LicenseRef-Llama-3-Community}, {@code LicenseRef-Llama-3.1-Community},
 * {@code LicenseRef-Llama-3.2-Community}, {@code LicenseRef-Llama-3.3-Community}, {@code LicenseRef-Llama-4-Community},
 * {@code LicenseRef-Qwen-Commercial}, {@code LicenseRef-Qwen-Research}. Immutable and thread-safe apart from a bounded
 * memo of results (a pure function of the expression).
 */
public final class LicenseObligations {
    static final String RESOURCE = "obligations.yaml";
    private static final int MEMO_CAPACITY = 4_096;
    private static final String NO_ASSERTION = "NOASSERTION";

    /** The least demanding first; see the class comment. */
    private static final Comparator<Obligations> BURDEN = Comparator
            .comparing((Obligations o) -> !o.known())
            .thenComparingInt(o -> o.useRestrictions().size() + o.conditions().size())
            .thenComparing(Obligations::disclosure)
            .thenComparing(Obligations::shareAlike)
            .thenComparing(Obligations::placement)
            .thenComparing(Obligations::noticePropagation)
            .thenComparing(Obligations::stateChanges)
            .thenComparing(Obligations::licenseText)
            .thenComparing(Obligations::attributionRequired);

    private final LicenseCatalog catalog;
    /** Lower-cased id → entry. */
    private final Map<String, Entry> licenses;
    /** Lower-cased exception id → entry. */
    private final Map<String, ExceptionEntry> exceptions;
    /** Lower-cased model-hub license id → LicenseRef- id of this table. */
    private final Map<String, String> hubIds;
    private final ConcurrentHashMap<String, Obligations> memo = new ConcurrentHashMap<>();

    private LicenseObligations(LicenseCatalog catalog, Map<String, Entry> licenses,
                               Map<String, ExceptionEntry> exceptions, Map<String, String> hubIds) {
        this.catalog = catalog;
        this.licenses = Map.copyOf(licenses);
        this.exceptions = Map.copyOf(exceptions);
        this.hubIds = Map.copyOf(hubIds);
    }

    /** The table shipped in core, over the bundled SPDX list; loaded once, on first use. */
    public static LicenseObligations standard() {
        return Standard.TABLE;
    }

    /**
     * The obligations of {@code spdxExpression} (any case; deprecated ids accepted). Never "no duties" for what the
     * table does not know: such a result has {@code known() == false}. A null or blank expression is
     * {@code NOASSERTION}, unknown.
     */
    public Obligations forExpression(String spdxExpression) {
        String text = spdxExpression == null ? "" : spdxExpression.strip();
        if (text.isEmpty()) {
            return Obligations.unknown(NO_ASSERTION, "no license expression given");
        }
        Obligations cached = memo.get(text);
        if (cached != null) {
            return cached;
        }
        Obligations result = LicenseExpression.parse(text, catalog)
                .map(this::evaluate)
                .orElseGet(() -> Obligations.unknown(text, "'" + text + "' is not a valid SPDX license expression"));
        if (memo.size() < MEMO_CAPACITY) {
            memo.putIfAbsent(text, result);
        }
        return result;
    }

    /**
     * The {@code LicenseRef-} id of this table for a model hub's license id ({@code llama3.1} →
     * {@code LicenseRef-Llama-3.1-Community}, {@code creativeml-openrail-m}, {@code qwen-research}), in any case; empty
     * for ids the table has no model license for (SPDX ids such as {@code apache-2.0} go through
     * {@link LicenseCatalog#normalize}).
     */
    public Optional<String> modelLicenseId(String hubLicenseId) {
        return hubLicenseId == null ? Optional.empty()
                : Optional.ofNullable(hubIds.get(key(hubLicenseId.strip())));
    }

    /** The ids of the licenses the table covers, in table order. */
    public Set<String> licenseIds() {
        Set<String> ids = new LinkedHashSet<>();
        entries().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * The document the duties of a {@code LicenseRef-} license were read from (licenses not on the SPDX list have no
     * text to quote); empty for listed licenses and ids the table does not know.
     */
    public Optional<String> source(String licenseId) {
        Entry entry = licenseId == null ? null : licenses.get(key(licenseId));
        return entry == null ? Optional.empty() : entry.source();
    }

    /** The entries, in table order (for the tests that tie each one to its license text). */
    List<Entry> entries() {
        return licenses.values().stream().sorted(Comparator.comparingInt(Entry::order)).toList();
    }

    /** The exception entries, in table order. */
    List<ExceptionEntry> exceptionEntries() {
        return exceptions.values().stream().sorted(Comparator.comparingInt(ExceptionEntry::order)).toList();
    }

    private Obligations evaluate(LicenseExpression expression) {
        if (expression instanceof All all) {
            return union(all.render(), all.parts().stream().map(this::evaluate).toList());
        }
        if (expression instanceof AnyOf any) {
            return choose(any.render(), any.options().stream().map(this::evaluate).toList());
        }
        return term((Term) expression);
    }

    private Obligations term(Term term) {
        List<String> notes = new ArrayList<>();
        Entry entry = licenses.get(key(term.license()));
        if (entry == null && term.license().endsWith("+")) {
            String base = term.license().substring(0, term.license().length() - 1);
            entry = licenses.get(key(base));
            if (entry != null) {
                notes.add(term.license() + " is read as " + entry.id() + ": later versions are assumed to carry its"
                        + " duties");
            }
        }
        if (entry == null) {
            return Obligations.unknown(term.render(), term.license() + " is not in the obligations table");
        }
        Duties duties = new Duties();
        entry.rows().forEach(duties::add);
        String expression = term.hasException() ? entry.id() + " WITH " + term.exception() : entry.id();
        if (term.hasException()) {
            ExceptionEntry exception = exceptions.get(key(term.exception()));
            if (exception == null) {
                notes.add(term.exception() + " is not in the obligations table: the duties of " + entry.id()
                        + " apply unchanged");
            } else {
                duties.basis.add(new Obligations.Basis(Duty.SOURCE_DISCLOSURE, exception.clause()));
                exception.disclosureAtMost().ifPresentOrElse(cap -> {
                    if (duties.disclosure.compareTo(cap) > 0) {
                        duties.disclosure = cap;
                        notes.add(exception.id() + " limits source disclosure to the " + cap.name()
                                .toLowerCase(Locale.ROOT) + " scope");
                    }
                }, () -> notes.add(exception.id() + " does not change the duties of a copy of the source"));
            }
        }
        duties.notes.addAll(notes);
        return duties.toObligations(expression, expression, true, List.of());
    }

    private static Obligations union(String expression, List<Obligations> parts) {
        Duties duties = new Duties();
        List<String> choices = new ArrayList<>();
        boolean known = true;
        for (Obligations part : parts) {
            duties.add(part);
            choices.add(part.choice().contains(" OR ") ? "(" + part.choice() + ")" : part.choice());
            known &= part.known();
        }
        return duties.toObligations(expression, String.join(" AND ", choices), known, List.of());
    }

    private static Obligations choose(String expression, List<Obligations> options) {
        Obligations chosen = options.get(0);
        for (Obligations option : options) {
            if (BURDEN.compare(option, chosen) < 0) {
                chosen = option;
            }
        }
        Duties duties = new Duties();
        duties.add(chosen);
        duties.notes.add("the licensee may choose among " + String.join(", ", options.stream()
                .map(Obligations::choice).toList()) + "; the least demanding, " + chosen.choice() + ", is taken");
        return duties.toObligations(expression, chosen.choice(), chosen.known(), options);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code resource}; every listed id must be canonical on {@code catalog}'s list. */
    static LicenseObligations load(String resource, LicenseCatalog catalog) {
        LicenseTableFile.Node root = LicenseTableFile.load(resource);
        Map<String, Entry> licenses = new LinkedHashMap<>();
        for (LicenseTableFile.Node node : root.get("licenses").items()) {
            Optional<String> source = Optional.ofNullable(node.get("source").text(null));
            Optional<String> name = Optional.ofNullable(node.get("name").text(null));
            List<LicenseTableFile.Node> ids = node.get("ids").items();
            if (ids.isEmpty()) {
                throw node.problem("an entry needs ids");
            }
            for (LicenseTableFile.Node idNode : ids) {
                String id = idNode.text();
                boolean ref = id.startsWith("LicenseRef-");
                if (!ref && !catalog.canonicalId(id).filter(id::equals).isPresent()) {
                    throw idNode.problem(id + " is not a canonical id of the SPDX list " + catalog.listVersion());
                }
                if (ref != source.isPresent()) {
                    throw node.problem(ref ? "a LicenseRef- entry needs a source statement"
                            : "a listed license is quoted, it takes no source statement");
                }
                List<Row> rows = new ArrayList<>();
                for (LicenseTableFile.Node duty : node.get("duties").items()) {
                    rows.add(row(id, ref, duty));
                }
                Entry previous = licenses.get(key(id));
                if (previous != null) {
                    List<Row> merged = new ArrayList<>(previous.rows());
                    merged.addAll(rows);
                    rows = merged;
                }
                Entry entry = new Entry(id, previous == null ? name : previous.name(),
                        previous == null ? source : previous.source(), rows,
                        previous == null ? licenses.size() : previous.order());
                entry.validate(idNode);
                licenses.put(key(id), entry);
            }
        }
        Map<String, ExceptionEntry> exceptions = new LinkedHashMap<>();
        for (LicenseTableFile.Node node : root.get("exceptions").items()) {
            String id = node.get("id").text();
            if (!catalog.canonicalExceptionId(id).filter(id::equals).isPresent()) {
                throw node.problem(id + " is not a canonical exception id of the SPDX list");
            }
            Optional<DisclosureScope> cap = node.get("disclosureAtMost").isPresent()
                    ? Optional.of(node.get("disclosureAtMost").constant(DisclosureScope.class)) : Optional.empty();
            LicenseClause clause = new LicenseClause(id, node.get("section").text(""), node.get("quote").text(), true);
            if (exceptions.put(key(id), new ExceptionEntry(id, cap, clause, exceptions.size())) != null) {
                throw node.problem("exception " + id + " is listed twice");
            }
        }
        Map<String, String> hubIds = new LinkedHashMap<>();
        root.get("modelHubIds").entries().forEach((hubId, target) -> {
            String id = target.text();
            if (!id.startsWith("LicenseRef-") || !licenses.containsKey(key(id))) {
                throw target.problem(id + " is not a LicenseRef- license of the table");
            }
            hubIds.put(key(hubId), id);
        });
        return new LicenseObligations(catalog, licenses, exceptions, hubIds);
    }

    private static Row row(String id, boolean ref, LicenseTableFile.Node node) {
        Duty duty = node.get("duty").constant(Duty.class);
        String section = node.get("section").text("");
        String quote = node.get("quote").text(null);
        String text = node.get("text").text(null);
        if (ref && quote != null) {
            throw node.problem("a LicenseRef- license has no bundled text to quote: paraphrase it in 'text'");
        }
        if (!ref && quote == null) {
            throw node.problem("a duty of a listed license needs the quote of its clause");
        }
        if (ref && text == null) {
            throw node.problem("a duty of a LicenseRef- license needs a 'text' paraphrasing its clause");
        }
        if ((duty == Duty.USE_RESTRICTION || duty == Duty.CONDITION) && text == null) {
            throw node.problem(duty + " needs a 'text' saying what it requires");
        }
        NoticePlacement placement = NoticePlacement.NONE;
        if (duty == Duty.COPYRIGHT_NOTICE) {
            placement = node.get("placement").constant(NoticePlacement.class);
            if (placement == NoticePlacement.NONE) {
                throw node.problem("a copyright notice duty needs a placement other than NONE");
            }
        } else if (node.get("placement").isPresent()) {
            throw node.problem("only COPYRIGHT_NOTICE takes a placement");
        }
        DisclosureScope scope = DisclosureScope.NONE;
        if (duty == Duty.SOURCE_DISCLOSURE) {
            scope = node.get("scope").constant(DisclosureScope.class);
            if (scope == DisclosureScope.NONE) {
                throw node.problem("a source disclosure duty needs a scope other than NONE");
            }
        } else if (node.get("scope").isPresent()) {
            throw node.problem("only SOURCE_DISCLOSURE takes a scope");
        }
        LicenseClause clause = ref ? new LicenseClause(id, section, text, false)
                : new LicenseClause(id, section, quote, true);
        return new Row(duty, placement, scope, text == null ? "" : text, clause);
    }

    /**
     * One duty of a license as the table states it.
     *
     * @param placement for {@link Duty#COPYRIGHT_NOTICE}: where; NONE otherwise
     * @param scope     for {@link Duty#SOURCE_DISCLOSURE}: how much; NONE otherwise
     * @param text      for use restrictions and conditions (and every duty of a LicenseRef- license): what it
     *                  requires; empty otherwise
     */
    record Row(Duty duty, NoticePlacement placement, DisclosureScope scope, String text, LicenseClause clause) {
        Row {
            Objects.requireNonNull(duty, "duty");
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** The duties of one license id, with the documented source of a LicenseRef- license. */
    record Entry(String id, Optional<String> name, Optional<String> source, List<Row> rows, int order) {
        Entry {
            rows = List.copyOf(rows);
        }

        void validate(LicenseTableFile.Node where) {
            if (rows.isEmpty()) {
                throw where.problem(id + " lists no duty: a license without duties says so with NO_ATTRIBUTION");
            }
            boolean waiver = rows.stream().anyMatch(r -> r.duty() == Duty.NO_ATTRIBUTION);
            if (waiver && rows.stream().anyMatch(r -> r.duty() != Duty.NO_ATTRIBUTION)) {
                throw where.problem(id + " has NO_ATTRIBUTION beside other duties");
            }
        }
    }

    /** An exception and the disclosure scope it caps its license's scope at (empty: no change for a copy). */
    record ExceptionEntry(String id, Optional<DisclosureScope> disclosureAtMost, LicenseClause clause, int order) {
    }

    /** Accumulates duties (rows of the table, or whole obligations for AND and OR) into one value. */
    private static final class Duties {
        private boolean attribution;
        private NoticePlacement placement = NoticePlacement.NONE;
        private boolean licenseText;
        private boolean notice;
        private boolean changes;
        private DisclosureScope disclosure = DisclosureScope.NONE;
        private boolean shareAlike;
        private final Set<String> restrictions = new LinkedHashSet<>();
        private final Set<String> conditions = new LinkedHashSet<>();
        private final List<Obligations.Basis> basis = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();

        void add(Row row) {
            switch (row.duty()) {
                case COPYRIGHT_NOTICE -> {
                    attribution = true;
                    placement = placement.max(row.placement());
                }
                case LICENSE_TEXT -> licenseText = true;
                case NOTICE_FILE -> notice = true;
                case STATE_CHANGES -> changes = true;
                case SOURCE_DISCLOSURE -> disclosure = disclosure.max(row.scope());
                case SHARE_ALIKE -> shareAlike = true;
                case USE_RESTRICTION -> restrictions.add(row.text());
                case CONDITION -> conditions.add(row.text());
                case NO_ATTRIBUTION -> { }
            }
            basis.add(new Obligations.Basis(row.duty(), row.clause()));
        }

        void add(Obligations o) {
            attribution |= o.attributionRequired();
            placement = placement.max(o.placement());
            licenseText |= o.licenseText();
            notice |= o.noticePropagation();
            changes |= o.stateChanges();
            disclosure = disclosure.max(o.disclosure());
            shareAlike |= o.shareAlike();
            restrictions.addAll(o.useRestrictions());
            conditions.addAll(o.conditions());
            basis.addAll(o.basis());
            notes.addAll(o.notes());
        }

        Obligations toObligations(String expression, String choice, boolean known, List<Obligations> alternatives) {
            return new Obligations(expression, choice, known, attribution, placement, licenseText, notice, changes,
                    disclosure, shareAlike, List.copyOf(restrictions), List.copyOf(conditions), basis,
                    List.copyOf(notes), alternatives);
        }
    }

    /** Holder: the JVM's class initialisation loads the shipped table once, thread-safely, on first use. */
    private static final class Standard {
        static final LicenseObligations TABLE = load(RESOURCE, LicenseCatalog.bundled());
    }
}
