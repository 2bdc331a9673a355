package dev.provenance.kb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little-endian byte array with LEB128 varints, for building segment sections in memory. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                if ((long) size + more > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("a segment section would exceed 2 GiB");
                }
                wanted = Integer.MAX_VALUE - 16;
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void writeVarint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void writeInt(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    void writeLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    /** A string as varint byte length and UTF-8; null is written as the empty string. */
    void writeString(String value) {
        byte[] utf8 = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }
}
