package dev.provenance.notice;

import dev.provenance.text.LineRange;
import java.util.List;
import java.util.Objects;

/**
 * One copyright statement as found in a file.
 *
 * @param statement the statement as written, whitespace collapsed ("Copyright (c) 2019-2024 The Foo Authors")
 * @param years     the years as written ("2019-2024", "2019, 2021"); empty when none
 * @param holders   normalised holder names, in the order they appear; several on one line are split
 * @param lines     where the statement is
 */
public record CopyrightStatement(String statement, String years, List<String> holders, LineRange lines) {
    public CopyrightStatement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(lines, "lines");
        holders = List.copyOf(holders);
    }
}
