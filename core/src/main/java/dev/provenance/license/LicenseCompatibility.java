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
 * The compatibility table, one way: may code under an inbound license be distributed in a work under an outbound
 * license? Read from the data file {@code compatibility.yaml} in core's resources: each license's class (public
 * domain, permissive, file / library / strong / network copyleft, share-alike, non-commercial, model license) with
 * the clause that puts it there, and rules from class or license to class or license, each with its reason and,
 * where the class clause is not enough, its own clause. The unit tests look every quoted clause up in the license
 * text spdx-java-library bundles.
 *
 * <p>{@link #check} evaluates SPDX expressions on both sides:
 * <ul>
 *   <li>inbound {@code A OR B}: the copier may choose, so the best option wins and the reason names it;</li>
 *   <li>inbound {@code A AND B}: every part must be compatible (the worst verdict wins);</li>
 *   <li>outbound {@code A OR B}: the work offers every option to its recipients, so the code must allow each one;
 *       code compatible with A only is INCOMPATIBLE, and the reason names B;</li>
 *   <li>outbound {@code A AND B}: the work has parts under A and parts under B; compatible with every part is
 *       COMPATIBLE, with some parts NEEDS_REVIEW (the copy must lie in such a part), with none the worst verdict;</li>
 *   <li>{@code -or-later}: inbound, a choice among the versions the table lists ({@code GPL-2.0-or-later} into
 *       {@code GPL-3.0-only} is compatible); outbound, an offer of each of them ({@code Apache-2.0} into
 *       {@code GPL-2.0-or-later} is not: the GPL-2.0 offer cannot be honoured). {@code X+} of another license is
 *       read as X, with a note;</li>
 *   <li>inbound {@code A WITH E}: a rule naming the whole term decides ({@code Apache-2.0 WITH LLVM-exception} into
 *       GPL-2.0); otherwise A decides, and where A is not compatible an exception the table does not list turns
 *       the verdict into NEEDS_REVIEW (it may permit what A alone does not);</li>
 *   <li>outbound {@code A WITH E}: the code must be compatible with A and allow the extra permissions E gives
 *       recipients, which only code that may go under any terms does; otherwise NEEDS_REVIEW;</li>
 *   <li>the same license on both sides is compatible; a license or pair the table does not know is NEEDS_REVIEW,
 *       never silently compatible.</li>
 * </ul>
 * Immutable and thread-safe apart from a bounded memo of results (a pure function of the two expressions).
 */
public final class LicenseCompatibility {
    static final String RESOURCE = "compatibility.yaml";
    private static final int MEMO_CAPACITY = 4_096;
    private static final String ANY = "*";
    private static final String LISTED = "listed";

    private final LicenseCatalog catalog;
    /** Lower-cased -or-later id → the version ids it stands for. */
    private final Map<String, OrLater> orLater;
    /** Lower-cased id → entry. */
    private final Map<String, LicenseEntry> licenses;
    /** Lower-cased exception id → entry. */
    private final Map<String, ExceptionEntry> exceptions;
    private final List<Rule> rules;
    private final ConcurrentHashMap<String, Compatibility> memo = new ConcurrentHashMap<>();

    private LicenseCompatibility(LicenseCatalog catalog, Map<String, OrLater> orLater,
                                 Map<String, LicenseEntry> licenses, Map<String, ExceptionEntry> exceptions,
                                 List<Rule> rules) {
        this.catalog = catalog;
        this.orLater = Map.copyOf(orLater);
        this.licenses = Map.copyOf(licenses);
        this.exceptions = Map.copyOf(exceptions);
        this.rules = List.copyOf(rules);
    }

    /** The table shipped in core, over the bundled SPDX list; loaded once, on first use. */
    public static LicenseCompatibility standard() {
        return Standard.TABLE;
    }

    /**
     * Whether code under {@code inboundExpression} may be distributed under {@code outboundExpression} (SPDX
     * expressions, any case, deprecated ids accepted), with the reason. A missing or malformed expression is
     * NEEDS_REVIEW.
     */
    public Compatibility check(String inboundExpression, String outboundExpression) {
        String in = inboundExpression == null ? "" : inboundExpression.strip();
        String out = outboundExpression == null ? "" : outboundExpression.strip();
        String key = in + '\n' + out;
        Compatibility cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        Compatibility result = compute(in, out);
        if (memo.size() < MEMO_CAPACITY) {
            memo.putIfAbsent(key, result);
        }
        return result;
    }

    private Compatibility compute(String in, String out) {
        Optional<LicenseExpression> inbound = LicenseExpression.parse(in, catalog);
        Optional<LicenseExpression> outbound = LicenseExpression.parse(out, catalog);
        if (inbound.isEmpty() || outbound.isEmpty()) {
            String bad = inbound.isEmpty() ? in : out;
            String inName = inbound.map(LicenseExpression::render).orElse(in.isEmpty() ? "NOASSERTION" : in);
            String outName = outbound.map(LicenseExpression::render).orElse(out.isEmpty() ? "NOASSERTION" : out);
            String why = bad.isEmpty() ? "no license expression given" : "'" + bad + "' is not a valid SPDX license"
                    + " expression";
            return new Compatibility(inName, outName, CompatibilityVerdict.NEEDS_REVIEW,
                    inName + " code needs review before it is distributed under " + outName + ": " + why, List.of());
        }
        String inName = inbound.get().render();
        String outName = outbound.get().render();
        Outcome outcome = outbound(inbound.get(), outbound.get());
        String verb = switch (outcome.verdict()) {
            case COMPATIBLE -> " code can be distributed under ";
            case INCOMPATIBLE -> " code cannot be distributed under ";
            case NEEDS_REVIEW -> " code needs review before it is distributed under ";
        };
        return new Compatibility(inName, outName, outcome.verdict(), inName + verb + outName + ": " + outcome.detail(),
                outcome.clauses());
    }

    /** Outbound structure first: every option of an outbound OR must be honoured. */
    private Outcome outbound(LicenseExpression in, LicenseExpression out) {
        if (in.render().equalsIgnoreCase(out.render())) {
            return Outcome.same();
        }
        if (out instanceof AnyOf any) {
            return honourAll(any.options().stream().map(o -> new Labelled(o.render(), outbound(in, o))).toList());
        }
        if (out instanceof All all) {
            return everyPart(all.parts().stream().map(p -> new Labelled(p.render(), outbound(in, p))).toList());
        }
        return inbound(in, (Term) out);
    }

    /** Inbound structure against one outbound license: OR is the copier's choice, AND needs every part. */
    private Outcome inbound(LicenseExpression in, Term out) {
        if (in instanceof AnyOf any) {
            return bestOption(any.options().stream().map(o -> new Labelled(o.render(), inbound(o, out))).toList());
        }
        if (in instanceof All all) {
            return worstPart(all.parts().stream().map(p -> new Labelled(p.render(), inbound(p, out))).toList());
        }
        return pair((Term) in, out);
    }

    private Outcome pair(Term in, Term out) {
        if (in.render().equalsIgnoreCase(out.render())) {
            return Outcome.same();
        }
        OrLater outVersions = orLater.get(key(out.license()));
        if (outVersions != null) {
            return honourAll(outVersions.versions().stream().map(v -> new Term(v, out.exception()))
                    .map(v -> new Labelled(v.render(), pair(in, v))).toList()).with(outVersions.clause());
        }
        OrLater inVersions = orLater.get(key(in.license()));
        if (inVersions != null) {
            return bestOption(inVersions.versions().stream().map(v -> new Term(v, in.exception()))
                    .map(v -> new Labelled(v.render(), pair(v, out))).toList()).with(inVersions.clause());
        }
        if (out.hasException()) {
            return outboundException(in, out);
        }
        if (in.hasException()) {
            return inboundException(in, out);
        }
        if (isPlus(out)) {
            Term base = new Term(unplus(out.license()), "");
            Outcome outcome = pair(in, base);
            if (outcome.verdict() == CompatibilityVerdict.COMPATIBLE && !permitsAnyTerms(in)) {
                return new Outcome(CompatibilityVerdict.NEEDS_REVIEW, out.license() + " also offers later versions"
                        + " the table does not know; under " + base.license() + ": " + outcome.detail(),
                        outcome.clauses());
            }
            return outcome;
        }
        if (isPlus(in)) {
            Term base = new Term(unplus(in.license()), "");
            Outcome outcome = pair(base, out);
            if (outcome.verdict() != CompatibilityVerdict.COMPATIBLE) {
                return new Outcome(CompatibilityVerdict.NEEDS_REVIEW, in.license() + " also offers later versions"
                        + " the table does not know, one of which may permit it; under " + base.license() + ": "
                        + outcome.detail(), outcome.clauses());
            }
            return new Outcome(outcome.verdict(), in.license() + " is read as " + base.license() + ": "
                    + outcome.detail(), outcome.clauses());
        }
        return lookup(in, out);
    }

    private Outcome outboundException(Term in, Term out) {
        Outcome base = pair(in, out.base());
        if (base.verdict() != CompatibilityVerdict.COMPATIBLE || permitsAnyTerms(in)) {
            return base;
        }
        return new Outcome(CompatibilityVerdict.NEEDS_REVIEW, out.render() + " gives recipients the additional"
                + " permissions of " + out.exception() + ", which " + in.render() + " may not give; under "
                + out.license() + " alone: " + base.detail(), base.clauses());
    }

    private Outcome inboundException(Term in, Term out) {
        Optional<Rule> whole = rule(in, out);
        if (whole.isPresent()) {
            return outcome(whole.get(), in, out);
        }
        Outcome base = pair(in.base(), out);
        if (base.verdict() == CompatibilityVerdict.COMPATIBLE) {
            return base;
        }
        ExceptionEntry exception = exceptions.get(key(in.exception()));
        if (exception == null) {
            return new Outcome(CompatibilityVerdict.NEEDS_REVIEW, in.exception() + " is not in the compatibility"
                    + " table and may permit what " + in.license() + " alone does not; " + in.license() + " alone: "
                    + base.detail(), base.clauses());
        }
        List<LicenseClause> clauses = new ArrayList<>(base.clauses());
        clauses.add(exception.clause());
        return new Outcome(base.verdict(), base.detail() + "; " + exception.id() + " does not reach a copy of the"
                + " source (" + exception.clause().render() + ")", clauses);
    }

    /** Whether code under {@code in} may go under any terms at all (a rule to {@code *} says it is compatible). */
    private boolean permitsAnyTerms(Term in) {
        Term base = isPlus(in) ? new Term(unplus(in.license()), "") : in.base();
        OrLater versions = orLater.get(key(base.license()));
        if (versions != null) {
            return versions.versions().stream().anyMatch(v -> permitsAnyTerms(new Term(v, "")));
        }
        return rule(base, null).map(r -> r.verdict() == CompatibilityVerdict.COMPATIBLE).orElse(false);
    }

    private Outcome lookup(Term in, Term out) {
        Optional<Rule> rule = rule(in, out);
        if (rule.isPresent()) {
            return outcome(rule.get(), in, out);
        }
        String unknown = !licenses.containsKey(key(in.license())) ? in.license()
                : !licenses.containsKey(key(out.license())) ? out.license() : null;
        String detail = unknown != null ? unknown + " is not in the compatibility table"
                : "the pair " + in.render() + " into " + out.render() + " is not in the compatibility table";
        return new Outcome(CompatibilityVerdict.NEEDS_REVIEW, detail, List.of());
    }

    /** The most specific rule for {@code in} into {@code out} (null: a license the table does not know). */
    private Optional<Rule> rule(Term in, Term out) {
        LicenseEntry inEntry = in.hasException() ? null : licenses.get(key(in.license()));
        LicenseEntry outEntry = out == null || out.hasException() ? null : licenses.get(key(out.license()));
        Rule best = null;
        int bestScore = -1;
        for (Rule rule : rules) {
            int inScore = rule.inbound().match(in, inEntry);
            int outScore = out == null ? (rule.outbound().kind() == SelectorKind.ANY ? 0 : -1)
                    : rule.outbound().match(out, outEntry);
            if (inScore < 0 || outScore < 0) {
                continue;
            }
            int score = inScore * 4 + outScore;
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private Outcome outcome(Rule rule, Term in, Term out) {
        String why = rule.why().replace("{inbound}", in.render()).replace("{outbound}", out.render());
        List<LicenseClause> clauses = new ArrayList<>();
        LicenseClause clause = rule.clause().orElseGet(() -> {
            LicenseEntry entry = licenses.get(key(in.license()));
            return entry == null ? null : entry.clause();
        });
        if (clause != null) {
            clauses.add(clause);
            if (clause.verbatim()) {
                why = why + " (" + clause.render() + ")";
            }
        }
        return new Outcome(rule.verdict(), why, clauses);
    }

    private static Outcome honourAll(List<Labelled> options) {
        CompatibilityVerdict worst = CompatibilityVerdict.COMPATIBLE;
        for (Labelled option : options) {
            worst = worst.worse(option.outcome().verdict());
        }
        CompatibilityVerdict verdict = worst;
        if (verdict == CompatibilityVerdict.COMPATIBLE) {
            return combine(verdict, "every option offered can be honoured: ", options, options);
        }
        List<Labelled> failing = options.stream().filter(o -> o.outcome().verdict() == verdict).toList();
        List<String> fine = options.stream().filter(o -> o.outcome().verdict() == CompatibilityVerdict.COMPATIBLE)
                .map(Labelled::label).toList();
        String lead = (fine.isEmpty() ? "" : "it is compatible with " + String.join(", ", fine) + " but ")
                + (verdict == CompatibilityVerdict.INCOMPATIBLE
                ? "a recipient who takes the " : "the ")
                + String.join(", ", failing.stream().map(Labelled::label).toList())
                + (verdict == CompatibilityVerdict.INCOMPATIBLE
                ? " option could not be given the code under it: " : " option needs review: ");
        return combine(verdict, lead, failing, options);
    }

    private static Outcome everyPart(List<Labelled> parts) {
        List<Labelled> fitting = parts.stream()
                .filter(p -> p.outcome().verdict() == CompatibilityVerdict.COMPATIBLE).toList();
        if (fitting.size() == parts.size()) {
            return combine(CompatibilityVerdict.COMPATIBLE, "compatible with every part of the work: ", parts, parts);
        }
        List<Labelled> rest = parts.stream()
                .filter(p -> p.outcome().verdict() != CompatibilityVerdict.COMPATIBLE).toList();
        if (!fitting.isEmpty()) {
            String lead = "it fits the part of the work under " + String.join(", ",
                    fitting.stream().map(Labelled::label).toList()) + " only; check that the copy lies in that"
                    + " part: ";
            return combine(CompatibilityVerdict.NEEDS_REVIEW, lead, rest, parts);
        }
        CompatibilityVerdict best = CompatibilityVerdict.INCOMPATIBLE;
        for (Labelled part : parts) {
            best = best.better(part.outcome().verdict());
        }
        return combine(best, "it fits no part of the work: ", parts, parts);
    }

    private static Outcome bestOption(List<Labelled> options) {
        Labelled chosen = options.get(0);
        for (Labelled option : options) {
            if (option.outcome().verdict().compareTo(chosen.outcome().verdict()) < 0) {
                chosen = option;
            }
        }
        if (chosen.outcome().verdict() == CompatibilityVerdict.COMPATIBLE || options.size() == 1) {
            return combine(chosen.outcome().verdict(), "the licensee may choose ", List.of(chosen), List.of(chosen));
        }
        return combine(chosen.outcome().verdict(), "no option is compatible: ", options, options);
    }

    private static Outcome worstPart(List<Labelled> parts) {
        CompatibilityVerdict worst = CompatibilityVerdict.COMPATIBLE;
        for (Labelled part : parts) {
            worst = worst.worse(part.outcome().verdict());
        }
        CompatibilityVerdict verdict = worst;
        if (verdict == CompatibilityVerdict.COMPATIBLE) {
            return combine(verdict, "every part is compatible: ", parts, parts);
        }
        List<Labelled> failing = parts.stream().filter(p -> p.outcome().verdict() == verdict).toList();
        return combine(verdict, "every part must be compatible, and ", failing, parts);
    }

    /** An outcome whose detail is {@code lead} and the labelled details of {@code shown}; clauses of all. */
    private static Outcome combine(CompatibilityVerdict verdict, String lead, List<Labelled> shown,
                                   List<Labelled> all) {
        List<String> details = shown.stream().map(l -> l.label() + ": " + l.outcome().detail()).toList();
        Set<LicenseClause> clauses = new LinkedHashSet<>();
        all.forEach(l -> clauses.addAll(l.outcome().clauses()));
        return new Outcome(verdict, lead + String.join("; ", details), List.copyOf(clauses));
    }

    private static boolean isPlus(Term term) {
        return term.license().endsWith("+");
    }

    private static String unplus(String id) {
        return id.substring(0, id.length() - 1);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** The license entries, in table order (for the tests). */
    List<LicenseEntry> licenseEntries() {
        return licenses.values().stream().sorted(Comparator.comparingInt(LicenseEntry::order)).toList();
    }

    /** The exception entries, in table order (for the tests). */
    List<ExceptionEntry> exceptionEntries() {
        return exceptions.values().stream().sorted(Comparator.comparingInt(ExceptionEntry::order)).toList();
    }

    /** The -or-later ids, in table order (for the tests). */
    List<OrLater> orLaterEntries() {
        return orLater.values().stream().sorted(Comparator.comparingInt(OrLater::order)).toList();
    }

    /** The rules, in table order (for the tests). */
    List<Rule> rules() {
        return rules;
    }

    /** Reads {@code resource}; every listed id must be canonical on {@code catalog}'s list. */
    static LicenseCompatibility load(String resource, LicenseCatalog catalog) {
        LicenseTableFile.Node root = LicenseTableFile.load(resource);
        Map<String, LicenseEntry> licenses = new LinkedHashMap<>();
        Set<String> classes = new LinkedHashSet<>();
        for (LicenseTableFile.Node node : root.get("licenses").items()) {
            String id = node.get("id").text();
            String licenseClass = node.get("class").text();
            boolean ref = id.startsWith("LicenseRef-");
            if (!ref && !catalog.canonicalId(id).filter(id::equals).isPresent()) {
                throw node.problem(id + " is not a canonical id of the SPDX list " + catalog.listVersion());
            }
            LicenseClause clause;
            if (ref) {
                if (node.get("quote").isPresent()) {
                    throw node.problem("a LicenseRef- license has no bundled text to quote");
                }
                clause = new LicenseClause(id, node.get("section").text(""), node.get("source").text(), false);
            } else {
                if (node.get("source").isPresent()) {
                    throw node.problem("a listed license is quoted, it takes no source statement");
                }
                clause = new LicenseClause(id, node.get("section").text(""), node.get("quote").text(), true);
            }
            if (licenses.put(key(id), new LicenseEntry(id, licenseClass, clause, licenses.size())) != null) {
                throw node.problem(id + " is listed twice");
            }
            classes.add(licenseClass);
        }
        Map<String, OrLater> orLater = new LinkedHashMap<>();
        root.get("orLater").entries().forEach((id, node) -> {
            if (!catalog.canonicalId(id).filter(id::equals).isPresent() || !id.endsWith("-or-later")) {
                throw node.problem(id + " is not a canonical -or-later id");
            }
            List<String> ids = node.get("versions").items().stream().map(LicenseTableFile.Node::text).toList();
            if (ids.isEmpty()) {
                throw node.problem(id + " needs its versions");
            }
            for (String version : ids) {
                if (!licenses.containsKey(key(version))) {
                    throw node.problem(version + " is not in the licenses of the table");
                }
            }
            LicenseClause clause = new LicenseClause(id, node.get("section").text(""), node.get("quote").text(), true);
            orLater.put(key(id), new OrLater(id, ids, clause, orLater.size()));
        });
        Map<String, ExceptionEntry> exceptions = new LinkedHashMap<>();
        for (LicenseTableFile.Node node : root.get("exceptions").items()) {
            String id = node.get("id").text();
            if (!catalog.canonicalExceptionId(id).filter(id::equals).isPresent()) {
                throw node.problem(id + " is not a canonical exception id of the SPDX list");
            }
            if (!node.get("effect").text().equals("BASE_DECIDES")) {
                throw node.get("effect").problem("the only effect is BASE_DECIDES");
            }
            LicenseClause clause = new LicenseClause(id, node.get("section").text(""), node.get("quote").text(), true);
            exceptions.put(key(id), new ExceptionEntry(id, clause, exceptions.size()));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> pairs = new LinkedHashSet<>();
        for (LicenseTableFile.Node node : root.get("rules").items()) {
            Selector inbound = selector(node.get("inbound"), licenses, classes, catalog);
            Selector outbound = selector(node.get("outbound"), licenses, classes, catalog);
            if (!pairs.add(inbound.value() + " -> " + outbound.value())) {
                throw node.problem("a second rule for " + inbound.value() + " -> " + outbound.value());
            }
            CompatibilityVerdict verdict = node.get("verdict").constant(CompatibilityVerdict.class);
            Optional<LicenseClause> clause = Optional.empty();
            if (node.get("quote").isPresent()) {
                String license = node.get("license").text();
                if (!catalog.canonicalId(license).filter(license::equals).isPresent()
                        && !catalog.canonicalExceptionId(license).filter(license::equals).isPresent()) {
                    throw node.problem(license + " is not a canonical license or exception id of the SPDX list");
                }
                clause = Optional.of(new LicenseClause(license, node.get("section").text(""),
                        node.get("quote").text(), true));
            } else if (node.get("license").isPresent() || node.get("section").isPresent()) {
                throw node.problem("a rule's clause needs its quote");
            } else if (inbound.kind() == SelectorKind.ANY || inbound.kind() == SelectorKind.LISTED) {
                throw node.problem("a rule for any inbound license needs its own clause");
            }
            rules.add(new Rule(inbound, outbound, verdict, node.get("why").text(), clause));
        }
        return new LicenseCompatibility(catalog, orLater, licenses, exceptions, rules);
    }

    private static Selector selector(LicenseTableFile.Node node, Map<String, LicenseEntry> licenses,
                                     Set<String> classes, LicenseCatalog catalog) {
        String value = node.text();
        if (value.equals(ANY)) {
            return new Selector(SelectorKind.ANY, value);
        }
        if (value.equals(LISTED)) {
            return new Selector(SelectorKind.LISTED, value);
        }
        if (classes.contains(value)) {
            return new Selector(SelectorKind.CLASS, value);
        }
        Optional<LicenseExpression> parsed = LicenseExpression.parse(value, catalog);
        if (parsed.isEmpty() || !(parsed.get() instanceof Term term) || !licenses.containsKey(key(term.license()))
                || !term.render().equals(value)) {
            throw node.problem("'" + value + "' is neither *, listed, a class nor a canonical license of the table");
        }
        return new Selector(SelectorKind.TERM, value);
    }

    /** What a rule selector matches, from the least to the most specific. */
    enum SelectorKind { ANY, LISTED, CLASS, TERM }

    /** One side of a rule. */
    record Selector(SelectorKind kind, String value) {
        /** Its specificity when it matches {@code term} (whose table entry is {@code entry}, or null), else -1. */
        int match(Term term, LicenseEntry entry) {
            return switch (kind) {
                case ANY -> 0;
                case LISTED -> entry != null ? 1 : -1;
                case CLASS -> entry != null && entry.licenseClass().equals(value) ? 2 : -1;
                case TERM -> term.render().equalsIgnoreCase(value) ? 3 : -1;
            };
        }
    }

    /** A rule of the table; without a clause of its own, the inbound license's class clause justifies it. */
    record Rule(Selector inbound, Selector outbound, CompatibilityVerdict verdict, String why,
                Optional<LicenseClause> clause) {
        Rule {
            Objects.requireNonNull(inbound, "inbound");
            Objects.requireNonNull(outbound, "outbound");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(clause, "clause");
        }
    }

    /** An -or-later id, the versions it stands for and the clause that offers them. */
    record OrLater(String id, List<String> versions, LicenseClause clause, int order) {
        OrLater {
            versions = List.copyOf(versions);
        }
    }

    /** A license of the table, its class and the clause (or, for a LicenseRef-, the source) behind the class. */
    record LicenseEntry(String id, String licenseClass, LicenseClause clause, int order) {
    }

    /** An exception whose permissions do not reach a copy of the source, and the clause that says what they are. */
    record ExceptionEntry(String id, LicenseClause clause, int order) {
    }

    /** A verdict for part of an expression, with the reason fragment and the clauses behind it. */
    private record Outcome(CompatibilityVerdict verdict, String detail, List<LicenseClause> clauses) {
        static Outcome same() {
            return new Outcome(CompatibilityVerdict.COMPATIBLE, "the same license", List.of());
        }

        /** This outcome resting on {@code clause} too. */
        Outcome with(LicenseClause clause) {
            Set<LicenseClause> all = new LinkedHashSet<>(clauses);
            all.add(clause);
            return new Outcome(verdict, detail, List.copyOf(all));
        }
    }

    private record Labelled(String label, Outcome outcome) {
    }

    /** Holder: the JVM's class initialisation loads the shipped table once, thread-safely, on first use. */
    private static final class Standard {
        static final LicenseCompatibility TABLE = load(RESOURCE, LicenseCatalog.bundled());
    }
}
