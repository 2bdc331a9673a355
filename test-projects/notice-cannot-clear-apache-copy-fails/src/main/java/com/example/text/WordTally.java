package com.example.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts the words of a text and ranks them by how often they appear. */
public final class WordTally {
    private final Map<String, Integer> counts = new HashMap<>();
    private int total;

    /** Adds every word of {@code line}; words are split on anything that is not a letter or a digit. */
    public void feed(String line) {
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean inWord = i < line.length() && Character.isLetterOrDigit(line.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(line.substring(start, i));
                start = -1;
            }
        }
    }

    private void add(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        counts.merge(key, 1, Integer::sum);
        total++;
    }

    /** How often {@code word} was seen, ignoring case. */
    public int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The share of all words that were {@code word}, between 0 and 1. */
    public double share(String word) {
        return total == 0 ? 0.0 : (double) count(word) / total;
    }

    /** The {@code n} most frequent words, most frequent first; ties in alphabetical order. */
    public List<String> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            words.add(entries.get(i).getKey());
        }
        return words;
    }

    /** Forgets every word seen so far. */
    public void clear() {
        counts.clear();
        total = 0;
    }
}
