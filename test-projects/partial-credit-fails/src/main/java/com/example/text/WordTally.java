// Copyright (c) 2023 Jane Roe
// SPDX-License-Identifier: MIT
package com.example.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

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

/** A fixed-capacity first-in first-out queue of doubles that overwrites its oldest element when full. */
final class RingBuffer {
    private final double[] slots;
    private int head;
    private int size;

    RingBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        slots = new double[capacity];
    }

    /** Appends {@code value}, dropping the oldest value when the buffer is full. */
    public void push(double value) {
        int tail = (head + size) % slots.length;
        slots[tail] = value;
        if (size == slots.length) {
            head = (head + 1) % slots.length;
        } else {
            size++;
        }
    }

    /** Removes and returns the oldest value. */
    public double pop() {
        if (size == 0) {
            throw new NoSuchElementException("ring buffer is empty");
        }
        double value = slots[head];
        head = (head + 1) % slots.length;
        size--;
        return value;
    }

    /** The mean of the values held, or NaN when there are none. */
    public double mean() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += slots[(head + i) % slots.length];
        }
        return sum / size;
    }

    public int size() {
        return size;
    }

    public boolean isFull() {
        return size == slots.length;
    }
}
