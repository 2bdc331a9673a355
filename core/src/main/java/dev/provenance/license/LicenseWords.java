package dev.provenance.license;

import java.util.Arrays;
import java.util.Map;

/**
 * The words of a license text as the pre-filter compares them: runs of letters and digits, lower case, a hyphen
 * between letters joining ({@code sub-license} = {@code sublicense}), a few spelling variants made equal (as the
 * SPDX matching guidelines do: {@code licence}/{@code license}, {@code https}/{@code http} …), one-character words
 * (list numbering, "a", "(c)") dropped. Each word keeps its character offsets. Linear in the text.
 */
final class LicenseWords {
    private static final Map<String, String> EQUIVALENT = Map.ofEntries(
            Map.entry("licence", "license"), Map.entry("licences", "licenses"), Map.entry("licenced", "licensed"),
            Map.entry("https", "http"), Map.entry("acknowledgement", "acknowledgment"),
            Map.entry("acknowledgements", "acknowledgments"), Map.entry("analogue", "analog"),
            Map.entry("behaviour", "behavior"), Map.entry("centre", "center"), Map.entry("cancelled", "canceled"),
            Map.entry("catalogue", "catalog"), Map.entry("colour", "color"), Map.entry("favour", "favor"),
            Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
            Map.entry("practise", "practice"), Map.entry("recognise", "recognize"),
            Map.entry("authorisation", "authorization"), Map.entry("authorised", "authorized"),
            Map.entry("whilst", "while"));

    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private LicenseWords(long[] hashes, int[] starts, int[] ends, int count) {
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** The words of {@code text[from, to)}. */
    static LicenseWords of(CharSequence text, int from, int to) {
        int capacity = Math.max(16, (to - from) / 5);
        long[] hashes = new long[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        StringBuilder word = new StringBuilder(32);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            word.setLength(0);
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    word.append(Character.toLowerCase(d));
                    i++;
                } else if (d == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > start
                        && Character.isLetter(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (word.length() < 2) {
                continue;
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            String w = word.toString();
            hashes[count] = hash(EQUIVALENT.getOrDefault(w, w));
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new LicenseWords(hashes, starts, ends, count);
    }

    int count() {
        return count;
    }

    long hash(int word) {
        return hashes[word];
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    /** FNV-1a, 64 bits, over the characters of {@code word}. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The shingle hash of words {@code [first, first + size)}: 51 bits (non-negative when packed), well mixed. */
    long shingle(int first, int size) {
        long h = 0;
        for (int j = 0; j < size; j++) {
            h = h * 0x9E3779B97F4A7C15L + hashes[first + j];
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87c5L;
        h ^= h >>> 33;
        return h >>> 13;
    }
}
