/*
 * Copyright 2022 The Tidepool Authors
 *
 * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
 */
package org.tidepool.cli;

/** The command line of the tidepool tool. */
final class ToolOptions {
    private ToolOptions() {
    }

    static OptionParser parser() {
        OptionParser parser = new OptionParser("tidepool", "Measure tides from gauge records");
        parser.addOption("--input", "-i", String.class, null, "gauge record file to read");
        parser.addOption("--output", "-o", String.class, "tides.csv", "where to write the table");
        parser.addOption("--station", "-s", String.class, null, "station identifier");
        parser.addOption("--days", "-d", Integer.class, 30, "how many days to analyse");
        parser.addOption("--interval", "-n", Integer.class, 6, "minutes between samples");
        parser.addOption("--datum", "-m", String.class, "MLLW", "vertical datum of the output");
        parser.addOption("--harmonics", "-k", Integer.class, 37, "harmonic constituents to fit");
        parser.addOption("--threshold", "-t", Double.class, 0.05, "residual that flags a sample");
        parser.addOption("--timezone", "-z", String.class, "UTC", "time zone of the timestamps");
        parser.addOption("--verbose", "-v", Boolean.class, false, "log every fitted constituent");
        parser.addOption("--plot", "-p", Boolean.class, false, "draw the fitted curve");
        parser.addOption("--seed", "-r", Long.class, 17L, "seed of the bootstrap");
        return parser;
    }
}
