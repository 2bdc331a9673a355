package dev.provenance.attribution;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one copy: how it is credited, whether that is what the origin's license asks, and why.
 *
 * @param status    how the copy is credited
 * @param satisfied whether the credit found meets the origin license's attribution duties
 * @param evidence  what was found, sorted
 * @param missing   what the license asks that was not found, each a sentence naming what to add and where
 *                  ("keep 'Copyright (c) 2000-2011 INRIA, France Telecom' in the header of src/Foo.java"); empty
 *                  when satisfied
 */
public record Attribution(AttributionStatus status, boolean satisfied, List<Evidence> evidence,
                          List<String> missing) {
    public Attribution {
        Objects.requireNonNull(status, "status");
        evidence = evidence.stream().sorted().distinct().toList();
        missing = List.copyOf(missing);
        if (satisfied && !missing.isEmpty()) {
            throw new IllegalArgumentException("a satisfied attribution misses nothing: " + missing);
        }
    }

    /** The evidence of one kind, in order. */
    public List<Evidence> evidence(EvidenceKind kind) {
        return evidence.stream().filter(e -> e.kind() == kind).toList();
    }
}
