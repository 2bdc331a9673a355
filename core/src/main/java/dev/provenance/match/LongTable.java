package dev.provenance.match;

import dev.provenance.lex.SeedSequence;
import java.util.Arrays;

/**
 * An open-addressing table from 64-bit keys to dense slot numbers {@code 0..size()-1}, in order of first insertion;
 * callers keep per-slot values in their own arrays. No boxing, no per-entry objects. Not thread-safe.
 */
final class LongTable {
    private long[] keys;
    private int[] slots;
    private long[] byInsertion;
    private int size;

    LongTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        byInsertion = new long[Math.max(8, expected)];
    }

    int size() {
        return size;
    }

    /** The slot of {@code key}, or -1. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int i = (int) SeedSequence.mix(key) & mask; ; i = (i + 1) & mask) {
            if (slots[i] < 0) {
                return -1;
            }
            if (keys[i] == key) {
                return slots[i];
            }
        }
    }

    /** The slot of {@code key}, inserted when new. */
    int add(long key) {
        int mask = keys.length - 1;
        int i = (int) SeedSequence.mix(key) & mask;
        for (; slots[i] >= 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        keys[i] = key;
        slots[i] = size;
        if (size == byInsertion.length) {
            byInsertion = Arrays.copyOf(byInsertion, size * 2);
        }
        byInsertion[size] = key;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The key of slot {@code slot}. */
    long key(int slot) {
        return byInsertion[slot];
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(slots, -1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] >= 0) {
                int i = (int) SeedSequence.mix(oldKeys[j]) & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }
}
