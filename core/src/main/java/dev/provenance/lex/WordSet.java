package dev.provenance.lex;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable set of words looked up by a range of characters, without allocating: an open-addressing table with
 * linear probing, sized to stay at most a quarter full.
 */
final class WordSet {
    private final char[][] table;
    private final int mask;
    private final Set<String> words;
    /** Lengths of the words, as bits: most identifiers are longer than any keyword and fail here. */
    private final long lengths;
    /** ASCII first characters of the words, as bits (low and high 64); any other first character is checked. */
    private final long firstLow;
    private final long firstHigh;
    private final boolean nonAsciiFirst;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int capacity = 16;
        while (capacity < words.size() * 4) {
            capacity <<= 1;
        }
        this.table = new char[capacity][];
        this.mask = capacity - 1;
        long lengthBits = 0;
        long low = 0;
        long high = 0;
        boolean other = false;
        for (String w : this.words) {
            lengthBits |= w.length() >= 63 ? 1L << 63 : 1L << w.length();
            char c = w.charAt(0);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            } else {
                other = true;
            }
        }
        this.lengths = lengthBits;
        this.firstLow = low;
        this.firstHigh = high;
        this.nonAsciiFirst = other;
        for (String w : this.words) {
            char[] chars = w.toCharArray();
            int slot = hash(chars, 0, chars.length) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = chars;
        }
    }

    /** The set of the whitespace-separated words of each argument. */
    static WordSet of(String... groups) {
        Set<String> all = new TreeSet<>();
        for (String group : groups) {
            for (String w : group.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    all.add(w);
                }
            }
        }
        return new WordSet(all);
    }

    /** This set plus the whitespace-separated words of each argument. */
    WordSet plus(String... groups) {
        Set<String> all = new TreeSet<>(words);
        all.addAll(of(groups).words);
        return new WordSet(all);
    }

    /** This set without the whitespace-separated words of each argument. */
    WordSet minus(String... groups) {
        Set<String> all = new TreeSet<>(words);
        all.removeAll(of(groups).words);
        return new WordSet(all);
    }

    boolean contains(char[] s, int start, int end) {
        int length = end - start;
        if (length <= 0 || (lengths & (length >= 63 ? 1L << 63 : 1L << length)) == 0) {
            return false;
        }
        char c = s[start];
        if (c < 64 ? (firstLow & (1L << c)) == 0 : c < 128 ? (firstHigh & (1L << (c - 64))) == 0 : !nonAsciiFirst) {
            return false;
        }
        int slot = hash(s, start, end) & mask;
        char[] w;
        outer:
        while ((w = table[slot]) != null) {
            slot = (slot + 1) & mask;
            if (w.length != length) {
                continue;
            }
            for (int k = 0; k < length; k++) {
                if (w[k] != s[start + k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    Set<String> words() {
        return words;
    }

    /** A hash of the length and the first, second and last characters: enough to spread a keyword list. */
    private static int hash(char[] s, int start, int end) {
        int length = end - start;
        int h = (length << 21) ^ (s[start] << 14) ^ (s[end - 1] << 7) ^ (length > 1 ? s[start + 1] : 0);
        h *= 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
