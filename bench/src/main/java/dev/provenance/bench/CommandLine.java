package dev.provenance.bench;

import java.util.Arrays;

/** What the benchmark mains share: reading a count argument, and the median of the timed runs. */
final class CommandLine {
    private CommandLine() {
    }

    /** {@code text} as an integer of at least {@code min}; otherwise a message naming {@code what}, and exit 2. */
    static int count(String text, String what, int min) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println(what + " must be an integer >= " + min + ": " + text);
        System.exit(2);
        return min;
    }

    /** The median of {@code values} (the mean of the middle two for an even count); the array is left as it is. */
    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
