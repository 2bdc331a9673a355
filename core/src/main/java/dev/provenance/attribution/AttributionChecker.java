package dev.provenance.attribution;

import dev.provenance.license.LicenseFinding;
import dev.provenance.license.LicenseSource;
import dev.provenance.match.Origin;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.notice.HolderNames;
import dev.provenance.notice.NoticeEntry;
import dev.provenance.notice.NoticeFile;
import dev.provenance.policy.LicenseExpressionIds;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weighs the evidence that a repository credits each of its copies and gives every snippet its
 * {@link AttributionStatus}. Pure: reads the facts the scanner gathered, never a file.
 *
 * <p>The status is decided in this order, the first that holds wins:
 * <ol>
 * <li>{@code ATTRIBUTED} — the copying file's header names an upstream holder in a copyright line (the upstream
 * file's own header holders, else the component's); for an upstream without known holders, its license notice in the
 * header together with a marker naming it.</li>
 * <li>{@code PARTIAL} — the file credits another of its upstreams (holder in the header or a marker) but not this
 * one.</li>
 * <li>{@code REPLACED} — the header carries copyright lines, all of other holders: the upstream's header is gone and
 * another stands in its place.</li>
 * <li>{@code NOTICE_ONLY} — a notice file names the component, a holder or the upstream's address.</li>
 * <li>{@code PROSE_ONLY} — a README-like document or a marker in the file names it.</li>
 * <li>{@code STRIPPED} — nothing credits it and the file has no copyright header at all.</li>
 * </ol>
 * Whether a status satisfies the origin's license is the {@link AttributionDuties}' call.
 *
 * <p>A checker is used from one thread at a time: it remembers, per repository and upstream component, whether the
 * repository carries that component's NOTICE on, which is the same for all the component's copies.
 */
public final class AttributionChecker {
    /** Lines above a snippet in which a marker still speaks of it ("# Copied from x" sits on the line before). */
    static final int MARKER_REACH = 5;

    private final AttributionDuties duties;
    /** Per repository, per component ({@code component@version}): the evidence that it carries the NOTICE on. */
    private final Map<RepositoryCredits, Map<String, List<Evidence>>> propagated = new IdentityHashMap<>();

    public AttributionChecker(AttributionDuties duties) {
        this.duties = Objects.requireNonNull(duties, "duties");
    }

    /** A snippet of the file being checked, with the ways its upstream is named and its holders, made once. */
    private record Upstream(CopiedSnippet snippet, OriginNames names, List<String> holders) {
        Upstream(CopiedSnippet snippet) {
            this(snippet, new OriginNames(snippet.match().origin()), AttributionChecker.holders(snippet));
        }

        String component() {
            return snippet.match().origin().component();
        }

        LineRange lines() {
            return snippet.match().lines();
        }
    }

    /** The verdict on every snippet of {@code file}, in the order of its snippets. */
    public List<AttributedSnippet> attribute(CopiedFile file, RepositoryCredits repository) {
        List<Upstream> upstreams = file.snippets().stream().map(Upstream::new).toList();
        List<AttributedSnippet> out = new ArrayList<>(upstreams.size());
        for (Upstream upstream : upstreams) {
            out.add(attribute(file, upstream, upstreams, repository));
        }
        return out;
    }

    private AttributedSnippet attribute(CopiedFile file, Upstream upstream, List<Upstream> upstreams,
                                        RepositoryCredits repository) {
        CopiedSnippet snippet = upstream.snippet();
        Origin origin = snippet.match().origin();
        OriginNames names = upstream.names();
        List<String> holders = upstream.holders();
        List<Evidence> evidence = new ArrayList<>();

        boolean holderInHeader = false;
        boolean otherHolderInHeader = false;
        for (CopyrightStatement statement : file.headerCopyrights()) {
            if (namesAny(statement.holders(), holders)) {
                holderInHeader = true;
                evidence.add(new Evidence(EvidenceKind.HEADER_COPYRIGHT, file.path(), statement.lines(),
                        statement.statement()));
            } else {
                otherHolderInHeader = true;
                evidence.add(new Evidence(EvidenceKind.OTHER_HOLDER, file.path(), statement.lines(),
                        statement.statement()));
            }
        }
        boolean licenseInHeader = false;
        Set<String> originFamilies = origin.license().isEmpty() ? Set.of()
                : LicenseExpressionIds.families(origin.license());
        for (LicenseFinding finding : file.licenses()) {
            if (finding.source() != LicenseSource.MANIFEST && finding.source() != LicenseSource.MODEL_CARD
                    && sharesFamily(finding.expression(), originFamilies)) {
                licenseInHeader = true;
                evidence.add(new Evidence(EvidenceKind.HEADER_LICENSE, file.path(), finding.lines(),
                        finding.declaredAs().isBlank() ? finding.expression() : finding.declaredAs()));
            }
        }

        boolean markerNamesThis = false;
        for (Marker marker : markersAbout(file, snippet.match().lines())) {
            if (names.namedIn(marker.claim())) {
                markerNamesThis = true;
                evidence.add(new Evidence(EvidenceKind.MARKER, file.path(), LineRange.of(marker.line()),
                        marker.text()));
            } else if (marker.namesAReference() && !namesAnotherSnippetNearby(upstreams, marker)) {
                evidence.add(new Evidence(EvidenceKind.MARKER_MISMATCH, file.path(), LineRange.of(marker.line()),
                        marker.text()));
            }
        }
        if (!markerNamesThis) {
            for (Marker marker : file.markers()) {
                if (names.namedIn(marker.claim())) {
                    markerNamesThis = true;
                    evidence.add(new Evidence(EvidenceKind.MARKER, file.path(), LineRange.of(marker.line()),
                            marker.text()));
                }
            }
        }

        boolean inNotice = noticeEvidence(repository, names, holders, evidence);
        evidence.addAll(propagated.computeIfAbsent(repository, r -> new HashMap<>())
                .computeIfAbsent(origin.coordinates(), c -> propagatedNotice(repository, snippet.upstreamNotice(),
                        names)));
        boolean inProse = proseEvidence(repository, names, evidence);
        for (RepositoryCredits.ShippedLicense text : repository.licenseTexts()) {
            if (sharesFamily(text.expression(), originFamilies)) {
                evidence.add(new Evidence(EvidenceKind.LICENSE_TEXT, text.path(), text.lines(), text.expression()));
            }
        }

        AttributionStatus status;
        if (holderInHeader || (holders.isEmpty() && licenseInHeader && markerNamesThis)) {
            status = AttributionStatus.ATTRIBUTED;
        } else if (creditsAnotherUpstream(file, upstream, upstreams)) {
            status = AttributionStatus.PARTIAL;
        } else if (otherHolderInHeader) {
            status = AttributionStatus.REPLACED;
        } else if (inNotice) {
            status = AttributionStatus.NOTICE_ONLY;
        } else if (inProse || markerNamesThis) {
            status = AttributionStatus.PROSE_ONLY;
        } else {
            status = AttributionStatus.STRIPPED;
        }
        Attribution verdict = duties.judge(status, file, snippet, holders, evidence);
        return new AttributedSnippet(snippet.match(), verdict, snippet.excerpt(),
                snippet.upstreamHeader().stream().map(CopyrightStatement::statement).distinct().toList(),
                snippet.upstreamNotice());
    }

    /** The upstream file's header holders, else the component's holders. */
    static List<String> holders(CopiedSnippet snippet) {
        Set<String> holders = new LinkedHashSet<>();
        snippet.upstreamHeader().forEach(s -> holders.addAll(s.holders()));
        if (holders.isEmpty()) {
            holders.addAll(snippet.match().origin().holders());
        }
        return List.copyOf(holders);
    }

    /** The markers on the snippet's lines or just above them. */
    private static List<Marker> markersAbout(CopiedFile file, LineRange lines) {
        int from = Math.max(1, lines.first() - MARKER_REACH);
        return file.markers().stream().filter(m -> m.line() >= from && m.line() <= lines.last()).toList();
    }

    /** Whether the marker names the origin of a snippet it may be about (so it is no claim about another one). */
    private static boolean namesAnotherSnippetNearby(List<Upstream> upstreams, Marker marker) {
        for (Upstream other : upstreams) {
            LineRange lines = other.lines();
            if (marker.line() >= lines.first() - MARKER_REACH && marker.line() <= lines.last()
                    && other.names().namedIn(marker.claim())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file credits one of its other upstreams (in its header or a marker) — and so knows how to. */
    private static boolean creditsAnotherUpstream(CopiedFile file, Upstream upstream, List<Upstream> upstreams) {
        for (Upstream other : upstreams) {
            if (other.component().equals(upstream.component())) {
                continue;
            }
            for (CopyrightStatement statement : file.headerCopyrights()) {
                if (namesAny(statement.holders(), other.holders())) {
                    return true;
                }
            }
            for (Marker marker : file.markers()) {
                if (other.names().namedIn(marker.claim())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean noticeEvidence(RepositoryCredits repository, OriginNames names, List<String> holders,
                                          List<Evidence> evidence) {
        boolean found = false;
        for (NoticeFile notice : repository.notices()) {
            boolean entryFound = false;
            for (NoticeEntry entry : notice.entries()) {
                if (names.namedIn(entry.name()) || (!entry.url().isEmpty() && names.namedIn(entry.url()))
                        || namesAny(entry.holders(), holders)) {
                    entryFound = true;
                    String version = entry.version().isEmpty() ? "" : " " + entry.version();
                    evidence.add(new Evidence(EvidenceKind.NOTICE_ENTRY, notice.path(), entry.lines(),
                            entry.name() + version));
                }
            }
            if (!entryFound) {
                String named = names.names().stream().filter(notice::mentions).findFirst()
                        .orElseGet(() -> holders.stream().filter(notice::credits).findFirst().orElse(null));
                if (named != null) {
                    entryFound = true;
                    evidence.add(new Evidence(EvidenceKind.NOTICE_ENTRY, notice.path(), null, "names " + named));
                }
            }
            found |= entryFound;
        }
        return found;
    }

    /**
     * Whether a notice file of the repository carries the upstream NOTICE's attribution: every holder of its
     * copyright lines credited there, or — a NOTICE without copyright lines — its product named (its first line).
     */
    private static List<Evidence> propagatedNotice(RepositoryCredits repository, String upstreamNotice,
                                                   OriginNames names) {
        List<Evidence> evidence = new ArrayList<>();
        if (upstreamNotice.isBlank()) {
            return evidence;
        }
        NoticeFile upstream = NoticeFile.parse(new TextFile("NOTICE", upstreamNotice));
        List<String> holders = upstream.statements().stream().flatMap(s -> s.holders().stream()).distinct().toList();
        String product = upstreamNotice.strip().lines().findFirst().orElse("").strip();
        for (NoticeFile notice : repository.notices()) {
            boolean carried = holders.isEmpty()
                    ? notice.mentions(product) || names.names().stream().anyMatch(notice::mentions)
                    : holders.stream().allMatch(notice::credits);
            if (carried) {
                evidence.add(new Evidence(EvidenceKind.NOTICE_PROPAGATED, notice.path(), null,
                        "carries the NOTICE of " + (holders.isEmpty() ? product : String.join(", ", holders))));
            }
        }
        return List.copyOf(evidence);
    }

    private static boolean proseEvidence(RepositoryCredits repository, OriginNames names, List<Evidence> evidence) {
        boolean found = false;
        for (RepositoryCredits.ProseDocument document : repository.prose()) {
            List<String> lines = document.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (names.namedIn(lines.get(i))) {
                    found = true;
                    evidence.add(new Evidence(EvidenceKind.PROSE, document.path(), LineRange.of(i + 1),
                            lines.get(i)));
                    break;
                }
            }
        }
        return found;
    }

    static boolean namesAny(List<String> named, List<String> holders) {
        for (String a : named) {
            for (String b : holders) {
                if (HolderNames.same(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sharesFamily(String expression, Set<String> families) {
        if (families.isEmpty()) {
            return false;
        }
        for (String family : LicenseExpressionIds.families(expression)) {
            if (families.contains(family)) {
                return true;
            }
        }
        return false;
    }
}
