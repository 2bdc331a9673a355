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

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int capacity = 16;
        while (capacity < words.size() * 4) {
            capacity <<= 1;
        }
        this.table = new char[capacity][];
        this.mask = capacity - 1;
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
        int slot = hash(s, start, end) & mask;
        int length = end - start;
        char[] w;
        while ((w = table[slot]) != null) {
            if (w.length == length && Arrays.equals(w, 0, length, s, start, end)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    Set<String> words() {
        return words;
    }

    private static int hash(char[] s, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = h * 31 + s[i];
        }
        return h ^ (h >>> 16);
    }
}
