/*
 * Copyright 2026 Example Corp
 *
 * @@license-header Apache-2.0@@
 */
package com.example.text;

/** Formats a word count as one line of a report. */
public final class ReportLine {
    private ReportLine() {
    }

    public static String of(String word, int count) {
        return String.format("%-20s %6d", word, count);
    }
}
