# Copyright 2021 The Tidepool Authors
# Licensed under the Tidepool test license: a fixture of the Provenance test suite.
"""Command line of the tidepool tool."""

import argparse


def build_parser():
    parser = argparse.ArgumentParser(prog="tidepool", description="Measure tides from gauge records")
    parser.add_argument("--input", "-i", type=str, required=True, help="gauge record file to read")
    parser.add_argument("--output", "-o", type=str, default="tides.csv", help="where to write the table")
    parser.add_argument("--station", "-s", type=str, default=None, help="station identifier")
    parser.add_argument("--days", "-d", type=int, default=30, help="how many days to analyse")
    parser.add_argument("--interval", "-n", type=int, default=6, help="minutes between samples")
    parser.add_argument("--datum", "-m", type=str, default="MLLW", help="vertical datum of the output")
    parser.add_argument("--harmonics", "-k", type=int, default=37, help="harmonic constituents to fit")
    parser.add_argument("--threshold", "-t", type=float, default=0.05, help="residual that flags a sample")
    parser.add_argument("--timezone", "-z", type=str, default="UTC", help="time zone of the timestamps")
    parser.add_argument("--verbose", "-v", action="store_true", help="log every fitted constituent")
    parser.add_argument("--plot", "-p", action="store_true", help="draw the fitted curve")
    parser.add_argument("--seed", "-r", type=int, default=17, help="seed of the bootstrap")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.verbose:
        print("reading", args.input)
    return 0
