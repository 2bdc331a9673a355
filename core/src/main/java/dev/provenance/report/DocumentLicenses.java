package dev.provenance.report;

import dev.provenance.license.LicenseCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the license statements of a scan into license expressions an SPDX 2.3 document can carry, and collects the
 * {@code LicenseRef-} licenses they need.
 *
 * <p>A statement is tried, in order: as an SPDX expression over listed licenses
 * ({@link LicenseCatalog#parseExpression}, ids canonicalised, deprecated ids replaced); as an expression that also
 * names {@code LicenseRef-} licenses ({@code Apache-2.0 AND LicenseRef-Qwen}); and otherwise as the name of one
 * license that is not on the SPDX list ({@code llama3}, {@code Acme Proprietary License}), which becomes
 * {@code LicenseRef-<name>} with the text as written kept as its extracted text. An empty statement is
 * {@code NOASSERTION}. Every {@code LicenseRef-} in the document comes back from {@link #extracted()}, so the
 * document declares each one it uses. Expressions come out in {@link LicenseExpressionOrder}'s one spelling.
 */
final class DocumentLicenses {
    static final String NOASSERTION = "NOASSERTION";
    static final String NONE = "NONE";
    /** Longest statement parsed token by token; longer ones are kept whole as a name. */
    private static final int MAX_STATEMENT = 1_000;
    /** Places listed per extracted license in its comment; the JSON report lists them all. */
    private static final int MAX_PLACES = 20;
    private static final Pattern LICENSE_REF = Pattern.compile("LicenseRef-[A-Za-z0-9.\\-]{1,200}");

    /** A license that is not on the SPDX list, as the document declares it. */
    record Extracted(String id, String name, String text, List<String> places) {
        Extracted {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            places = List.copyOf(places);
        }
    }

    private final LicenseCatalog catalog;
    /** Statement as written → document expression. */
    private final Map<String, String> expressions = new HashMap<>();
    /** {@code LicenseRef-} id → what the document says about it, by id. */
    private final Map<String, Entry> refs = new TreeMap<>();
    /** Unknown license name → its {@code LicenseRef-} id. */
    private final Map<String, String> refByName = new HashMap<>();

    private static final class Entry {
        final String name;
        final String text;
        final TreeSet<String> places = new TreeSet<>();

        Entry(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    DocumentLicenses(LicenseCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The document expression for {@code statement}, a license expression or name as the scan recorded it.
     *
     * @param declaredAs the statement as written in the file, kept as the extracted text of an unknown license
     * @param place      where it was found ({@code README.md}, {@code acme-rope@1.4.0}), for the extracted license's
     *                   comment
     */
    String expression(String statement, String declaredAs, String place) {
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.equalsIgnoreCase(NOASSERTION)) {
            return NOASSERTION;
        }
        if (text.equalsIgnoreCase(NONE)) {
            return NONE;
        }
        String found = expressions.get(text);
        if (found == null) {
            found = catalog.parseExpression(text).map(LicenseExpressionOrder::canonical)
                    .or(() -> withReferences(text))
                    .orElseGet(() -> reference(text, declaredAs == null || declaredAs.isBlank() ? text : declaredAs));
            expressions.put(text, found);
        }
        for (String token : found.split("[\\s()]+")) {
            Entry entry = refs.get(token);
            if (entry != null) {
                entry.places.add(place);
            } else if (token.startsWith("LicenseRef-")) {
                refs.computeIfAbsent(token, id -> new Entry(id, "The license " + id + " as stated in " + place + ": "
                        + (declaredAs == null || declaredAs.isBlank() ? text : declaredAs.strip()))).places.add(place);
            }
        }
        return found;
    }

    /** Every {@code LicenseRef-} license used so far, by id. */
    List<Extracted> extracted() {
        List<Extracted> out = new ArrayList<>();
        refs.forEach((id, e) -> {
            List<String> places = new ArrayList<>(e.places);
            if (places.size() > MAX_PLACES) {
                int more = places.size() - MAX_PLACES;
                places = new ArrayList<>(places.subList(0, MAX_PLACES));
                places.add("and " + more + " more");
            }
            out.add(new Extracted(id, e.name, e.text, places));
        });
        return out;
    }

    /** {@code LicenseRef-<name>} for a license the SPDX list does not have, its text as written. */
    private String reference(String name, String declaredAs) {
        String known = refByName.get(name);
        if (known != null) {
            return known;
        }
        String id = "LicenseRef-" + SpdxIds.reduce(name);
        if (id.length() > 120) {
            id = id.substring(0, 120);
        }
        if (refs.containsKey(id)) {
            id = id + "-" + SpdxIds.shortHash(name);
        }
        refs.put(id, new Entry(name, declaredAs.strip()));
        refByName.put(name, id);
        return id;
    }

    /**
     * {@code text} as an expression over listed licenses, listed exceptions and {@code LicenseRef-} ids, operators
     * upper-cased and ids canonical; empty when any token is something else or the structure is not an expression.
     */
    private Optional<String> withReferences(String text) {
        if (text.length() > MAX_STATEMENT || !text.contains("LicenseRef-")) {
            return Optional.empty();
        }
        List<String> tokens = LicenseExpressionOrder.tokens(text);
        List<String> canonical = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("(") || token.equals(")") || token.equals("AND") || token.equals("OR")
                    || token.equals("WITH")) {
                canonical.add(token);
            } else if (i > 0 && canonical.get(i - 1).equals("WITH")) {
                if (!catalog.isListedException(token)) {
                    return Optional.empty();
                }
                canonical.add(token);
            } else if (LICENSE_REF.matcher(token).matches()) {
                canonical.add(token);
            } else {
                boolean plus = token.endsWith("+");
                Optional<String> id = catalog.canonicalId(plus ? token.substring(0, token.length() - 1) : token);
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                canonical.add(plus ? id.get() + "+" : id.get());
            }
        }
        if (!LicenseExpressionOrder.wellFormed(canonical)) {
            return Optional.empty();
        }
        return Optional.of(LicenseExpressionOrder.canonical(String.join(" ", canonical)));
    }
}
