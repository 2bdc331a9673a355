package dev.provenance.inventory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), one linear pass. */
final class Utf8 {
    /** Reads eight bytes at once so that runs of ASCII are skipped a word at a time. */
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * The offset of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1 when all of
     * it is well-formed.
     *
     * @param cutAtEnd the range ends where a read stopped, not where the file ends: a sequence that is well-formed
     *                 so far but cut short by {@code to} does not count as ill-formed
     */
    static int firstMalformed(byte[] bytes, int from, int to, boolean cutAtEnd) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && (((long) LONGS.get(bytes, i)) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int need;
            int min2;
            int max2;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
                min2 = 0x80;
                max2 = 0xBF;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                min2 = lead == 0xE0 ? 0xA0 : 0x80;
                max2 = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                min2 = lead == 0xF0 ? 0x90 : 0x80;
                max2 = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return cutAtEnd ? -1 : i;
                }
                int c = bytes[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (c < lo || c > hi) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
