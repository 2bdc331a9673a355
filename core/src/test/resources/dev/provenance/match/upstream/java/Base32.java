/*
 * Copyright 2019 The Tidepool Authors
 *
 * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
 */
package org.tidepool.codec;

import java.io.ByteArrayOutputStream;

/** Base32 as in RFC 4648, upper-case alphabet, with or without padding. */
public final class Base32 {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int[] DECODE = new int[128];

    static {
        java.util.Arrays.fill(DECODE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            DECODE[ALPHABET[i]] = i;
            DECODE[Character.toLowerCase(ALPHABET[i])] = i;
        }
    }

    private final boolean padding;

    public Base32(boolean padding) {
        this.padding = padding;
    }

    /** Encodes {@code data}, five bits a character. */
    public String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 4) / 5 * 8);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        if (padding) {
            while (out.length() % 8 != 0) {
                out.append('=');
            }
        }
        return out.toString();
    }

    /** Decodes {@code text}; padding and white space are skipped, anything else outside the alphabet is refused. */
    public byte[] decode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || Character.isWhitespace(c)) {
                continue;
            }
            int value = c < 128 ? DECODE[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 character at " + i + ": " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        if (bits >= 5 || (buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("truncated base32 input");
        }
        return out.toByteArray();
    }

    /** The length {@link #encode} gives for {@code bytes} bytes. */
    public int encodedLength(int bytes) {
        int characters = (bytes * 8 + 4) / 5;
        return padding ? (characters + 7) / 8 * 8 : characters;
    }

    /** Whether {@code text} holds only alphabet characters and trailing padding. */
    public static boolean isBase32(CharSequence text) {
        boolean padded = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padded = true;
            } else if (padded || c >= 128 || DECODE[c] < 0) {
                return false;
            }
        }
        return true;
    }
}
