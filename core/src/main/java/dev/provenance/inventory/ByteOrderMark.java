package dev.provenance.inventory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks a text file may start with, longest first so that UTF-32 LE wins over UTF-16 LE. */
enum ByteOrderMark {
    UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
    UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final byte[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            this.bytes[i] = (byte) bytes[i];
        }
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** The mark {@code data[0, length)} starts with, or null. */
    static ByteOrderMark of(byte[] data, int length) {
        for (ByteOrderMark bom : values()) {
            if (bom.isPrefixOf(data, length)) {
                return bom;
            }
        }
        return null;
    }

    private boolean isPrefixOf(byte[] data, int length) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (data[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
