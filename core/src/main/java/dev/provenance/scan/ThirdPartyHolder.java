package dev.provenance.scan;

import java.util.List;
import java.util.Objects;

/**
 * A copyright holder other than the repository's own, with where it appears.
 *
 * @param holder     the holder's name as first seen (normalised spacing)
 * @param files      files whose copyright statements name it, sorted
 * @param licenses   license expressions declared in those files, sorted, distinct
 * @param creditedIn third-party notice files that name it, sorted
 */
public record ThirdPartyHolder(String holder, List<String> files, List<String> licenses, List<String> creditedIn) {
    public ThirdPartyHolder {
        Objects.requireNonNull(holder, "holder");
        files = List.copyOf(files);
        licenses = List.copyOf(licenses);
        creditedIn = List.copyOf(creditedIn);
    }
}
