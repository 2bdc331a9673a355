package dev.provenance.attribution;

import dev.provenance.match.SnippetMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The names of the components a knowledge base holds, ready to be looked for in markers: built once per scan, so
 * that checking a file's markers costs its markers times the components and nothing more.
 */
public final class IndexedComponents {
    private final List<String> names;
    private final List<OriginNames> spellings;

    /** @param names the component names (each once) */
    public IndexedComponents(Collection<String> names) {
        this.names = List.copyOf(names);
        List<OriginNames> s = new ArrayList<>(this.names.size());
        for (String name : this.names) {
            s.add(new OriginNames(name, ""));
        }
        this.spellings = List.copyOf(s);
    }

    /**
     * The markers of the file at {@code path} that name an indexed component while no snippet of the file comes from
     * it: claims the knowledge base cannot confirm. Only markers that read as a reference count (prose cannot claim
     * an origin), and a marker at a snippet is weighed with that snippet instead (MARKER or MARKER_MISMATCH).
     *
     * @param markers  the file's markers
     * @param snippets the file's snippets (possibly none)
     */
    public List<UnconfirmedClaim> unconfirmed(String path, List<Marker> markers, List<SnippetMatch> snippets) {
        List<UnconfirmedClaim> claims = new ArrayList<>();
        for (Marker marker : markers) {
            boolean nearSnippet = snippets.stream().anyMatch(s -> marker.line() >= s.lines().first()
                    - AttributionChecker.MARKER_REACH && marker.line() <= s.lines().last());
            if (!marker.namesAReference() || nearSnippet) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (spellings.get(i).namesComponentIn(marker.claim())
                        && snippets.stream().noneMatch(s -> s.origin().component().equals(name))) {
                    claims.add(new UnconfirmedClaim(path, marker, name));
                }
            }
        }
        return claims;
    }
}
