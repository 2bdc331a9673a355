package dev.provenance.text;

import java.util.Locale;

/** Byte counts for people: a measured size ({@code 5.9 KiB}, {@code 3.0 GiB}) or a round budget ({@code 16 MiB}). */
public final class ByteSize {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteSize() {
    }

    /** A measured size, one decimal above 1 KiB: {@code 512 bytes}, {@code 1.5 KiB}, {@code 3.0 GiB}. */
    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A limit, whole when it is a whole number of units ({@code 16 MiB}), else as {@link #of}. */
    public static String ofBudget(long bytes) {
        if (bytes < 1024) {
            return of(bytes);
        }
        long value = bytes;
        int unit = -1;
        while (value >= 1024 && value % 1024 == 0 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return value < 1024 && unit >= 0 && bytes % 1024 == 0 ? value + " " + UNITS[unit] : of(bytes);
    }
}
