package dev.provenance.match;

import static dev.provenance.match.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Independently written code that looks like the upstream fixtures (same shape, same idioms, same header) must not
 * be reported as a copy. Each case is a whole scanned file written for this test.
 */
class NearMissTest {
    /** Accessors of another entity whose fields have the same types in the same order as the upstream Invoice. */
    static final String ACCESSORS = """
            package com.harbor.shipping;

            import java.math.BigDecimal;
            import java.time.LocalDate;

            public class Shipment {
                private String carrier;
                private String tracking;
                private LocalDate shipped;
                private LocalDate delivered;
                private BigDecimal weight;
                private String unit;
                private boolean insured;

                public String getCarrier() {
                    return carrier;
                }

                public void setCarrier(String carrier) {
                    this.carrier = carrier;
                }

                public String getTracking() {
                    return tracking;
                }

                public void setTracking(String tracking) {
                    this.tracking = tracking;
                }

                public LocalDate getShipped() {
                    return shipped;
                }

                public void setShipped(LocalDate shipped) {
                    this.shipped = shipped;
                }

                public LocalDate getDelivered() {
                    return delivered;
                }

                public void setDelivered(LocalDate delivered) {
                    this.delivered = delivered;
                }

                public BigDecimal getWeight() {
                    return weight;
                }

                public void setWeight(BigDecimal weight) {
                    this.weight = weight;
                }

                public String getUnit() {
                    return unit;
                }

                public void setUnit(String unit) {
                    this.unit = unit;
                }

                public boolean isInsured() {
                    return insured;
                }

                public void setInsured(boolean insured) {
                    this.insured = insured;
                }
            }
            """;

    /** An option table built with the same parser API as the upstream ToolOptions, for another tool. */
    static final String OPTION_TABLE = """
            package com.harbor.convert;

            final class ConvertOptions {
                private ConvertOptions() {
                }

                static OptionParser parser() {
                    OptionParser parser = new OptionParser("convert", "Convert survey files between formats");
                    parser.addOption("--source", "-s", String.class, null, "survey file to convert");
                    parser.addOption("--target", "-t", String.class, "out.geojson", "file to write");
                    parser.addOption("--format", "-f", String.class, "geojson", "output format");
                    parser.addOption("--precision", "-p", Integer.class, 7, "decimal places kept");
                    parser.addOption("--batch", "-b", Integer.class, 500, "features per batch");
                    parser.addOption("--projection", "-j", String.class, "EPSG:4326", "target projection");
                    parser.addOption("--simplify", "-x", Double.class, 0.0, "simplification tolerance");
                    parser.addOption("--layers", "-l", Integer.class, 1, "layers to read");
                    parser.addOption("--encoding", "-e", String.class, "UTF-8", "text encoding of attributes");
                    parser.addOption("--quiet", "-q", Boolean.class, true, "print nothing but errors");
                    parser.addOption("--overwrite", "-w", Boolean.class, false, "replace an existing target");
                    parser.addOption("--limit", "-c", Long.class, 100000L, "stop after this many features");
                    return parser;
                }
            }
            """;

    /** A bit-accumulating loop of the same shape as the upstream Base32 codec, computing something else. */
    static final String SAME_SHAPE_LOOP = """
            package com.harbor.checks;

            final class ParityTracker {
                private final int[] counts = new int[16];
                private long total;

                /** Counts set bits per nibble position while reading {@code data}. */
                public String track(byte[] data) {
                    StringBuilder report = new StringBuilder(data.length * 2);
                    int window = 0;
                    int filled = 0;
                    for (byte b : data) {
                        window = (window >>> 4) ^ (b & 0x7f);
                        filled += 3;
                        while (filled >= 4) {
                            counts[Integer.bitCount(window & 15)]++;
                            filled -= 4;
                        }
                        total += Integer.bitCount(b);
                    }
                    if (filled > 0) {
                        report.append(Long.toHexString(total ^ window));
                    }
                    if (total % 2 == 1) {
                        report.append('!');
                    }
                    for (int i = 0; i < counts.length; i++) {
                        report.append(i).append(':').append(counts[i]).append(' ');
                    }
                    return report.toString();
                }

                /** Forgets what was counted. */
                public void reset() {
                    java.util.Arrays.fill(counts, 0);
                    total = 0;
                }
            }
            """;

    /** The upstream's license header above code of its own. */
    static final String HEADER_ONLY = """
            /*
             * Copyright 2021 The Tidepool Authors
             *
             * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
             */
            package org.tidepool.report;

            import java.io.PrintStream;
            import java.util.List;

            /** Prints tide tables. */
            public final class TablePrinter {
                private final PrintStream out;
                private final String separator;

                public TablePrinter(PrintStream out, String separator) {
                    this.out = out;
                    this.separator = separator;
                }

                public void print(List<double[]> rows, String[] header) {
                    out.println(String.join(separator, header));
                    for (double[] row : rows) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 0; c < row.length; c++) {
                            if (c > 0) {
                                line.append(separator);
                            }
                            line.append(String.format("%.3f", row[c]));
                        }
                        out.println(line);
                    }
                    out.flush();
                }
            }
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                Arguments.of("independently written accessors", ACCESSORS),
                Arguments.of("an option table of another tool", OPTION_TABLE),
                Arguments.of("a loop of the same shape with other logic", SAME_SHAPE_LOOP),
                Arguments.of("the upstream's license header over other code", HEADER_ONLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void lookAlikeIsNotACopy(String what, String text) throws IOException {
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Scanned.java", text)).as(what).isEmpty();
        }
    }

    @Test
    void accessorsMatchOnceTheirNamesAreTheUpstreamOnes() throws IOException {
        // The control for the accessor near miss: with the upstream's names the same structure is a copy.
        String copied = ACCESSORS.replace("Shipment", "Invoice").replace("Carrier", "Number")
                .replace("carrier", "number").replace("Tracking", "Customer").replace("tracking", "customer")
                .replace("Shipped", "Issued").replace("shipped", "issued").replace("Delivered", "Due")
                .replace("delivered", "due").replace("Weight", "Amount").replace("weight", "amount")
                .replace("Unit", "Currency").replace("unit", "currency").replace("Insured", "Paid")
                .replace("insured", "paid");
        try (KnowledgeBase kb = Fixtures.tidepoolKb(dir)) {
            assertThat(scan(Fixtures.matcher(kb), "Invoice.java", copied)).singleElement()
                    .satisfies(m -> assertThat(m.origin().path()).endsWith("billing/Invoice.java"));
        }
    }
}
