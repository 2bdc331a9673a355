package dev.provenance.policy;

import dev.provenance.attribution.AttributedSnippet;
import dev.provenance.attribution.Evidence;
import dev.provenance.attribution.EvidenceKind;
import dev.provenance.match.Origin;
import java.util.List;

/** How the snippet rules name an upstream and its credit in messages, the same way in every rule. */
final class SnippetWords {
    private SnippetWords() {
    }

    /** "rope-kit@1.2.0 rope_kit/modeling_rope.py:16-124 (Apache-2.0; The Rope Kit Authors)". */
    static String upstream(Origin origin) {
        String license = origin.license().isEmpty() ? "license unknown" : origin.license();
        String holders = origin.holders().isEmpty() ? "" : "; " + String.join(", ", origin.holders());
        return origin.coordinates() + " " + origin.path() + ":" + origin.lines().first() + "-" + origin.lines().last()
                + " (" + license + holders + ")";
    }

    /** "lines 4-112 copy <upstream>". */
    static String copies(AttributedSnippet snippet) {
        return "lines " + snippet.lines().first() + "-" + snippet.lines().last() + " copy "
                + upstream(snippet.origin());
    }

    /** Where the copy is credited outside the file, as "NOTICE:3, README.md:12", or empty. */
    static String creditedElsewhere(AttributedSnippet snippet) {
        List<String> places = snippet.attribution().evidence().stream()
                .filter(e -> e.kind() == EvidenceKind.NOTICE_ENTRY || e.kind() == EvidenceKind.PROSE
                        || e.kind() == EvidenceKind.MARKER)
                .map(SnippetWords::place)
                .distinct()
                .toList();
        return String.join(", ", places);
    }

    /** The copying file's header holders, as "'Copyright 2026 Example AI Lab'". */
    static String otherHolders(AttributedSnippet snippet) {
        return String.join(", ", snippet.attribution().evidence(EvidenceKind.OTHER_HOLDER).stream()
                .map(e -> "'" + e.text() + "'").toList());
    }

    /** What to add, from the attribution's missing list, as one sentence. */
    static String fix(AttributedSnippet snippet, String fallback) {
        List<String> missing = snippet.attribution().missing();
        if (missing.isEmpty()) {
            return fallback;
        }
        String joined = String.join("; ", missing);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    static String place(Evidence e) {
        return e.lines() == null ? e.path() : e.path() + ":" + e.lines().first();
    }
}
