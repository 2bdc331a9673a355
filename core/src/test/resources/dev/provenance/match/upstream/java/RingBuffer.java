/*
 * Copyright 2021 The Tidepool Authors
 *
 * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
 */
package org.tidepool.collect;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A growable first-in first-out queue over a circular array. */
public final class RingBuffer<E> implements Iterable<E> {
    private static final int MINIMUM_CAPACITY = 8;

    private Object[] slots;
    private int head;
    private int count;
    private int modifications;

    public RingBuffer() {
        this(MINIMUM_CAPACITY);
    }

    public RingBuffer(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity: " + capacity);
        }
        slots = new Object[Math.max(MINIMUM_CAPACITY, Integer.highestOneBit(capacity - 1) << 1)];
    }

    /** Appends {@code element} at the tail, growing the array when it is full. */
    public void offer(E element) {
        if (element == null) {
            throw new NullPointerException("element");
        }
        if (count == slots.length) {
            grow();
        }
        slots[(head + count) & (slots.length - 1)] = element;
        count++;
        modifications++;
    }

    /** Removes and returns the head, or null when empty. */
    @SuppressWarnings("unchecked")
    public E poll() {
        if (count == 0) {
            return null;
        }
        E element = (E) slots[head];
        slots[head] = null;
        head = (head + 1) & (slots.length - 1);
        count--;
        modifications++;
        return element;
    }

    /** The head without removing it, or null when empty. */
    @SuppressWarnings("unchecked")
    public E peek() {
        return count == 0 ? null : (E) slots[head];
    }

    /** The element {@code index} places behind the head. */
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index + " of " + count);
        }
        return (E) slots[(head + index) & (slots.length - 1)];
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Drops every element, keeping the array. */
    public void clear() {
        for (int i = 0; i < count; i++) {
            slots[(head + i) & (slots.length - 1)] = null;
        }
        head = 0;
        count = 0;
        modifications++;
    }

    private void grow() {
        int capacity = slots.length << 1;
        if (capacity < 0) {
            throw new IllegalStateException("ring buffer too large");
        }
        Object[] larger = new Object[capacity];
        int firstPart = slots.length - head;
        System.arraycopy(slots, head, larger, 0, firstPart);
        System.arraycopy(slots, 0, larger, firstPart, head);
        slots = larger;
        head = 0;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private final int expected = modifications;
            private int position;

            @Override
            public boolean hasNext() {
                return position < count;
            }

            @Override
            public E next() {
                if (expected != modifications) {
                    throw new ConcurrentModificationException();
                }
                if (position >= count) {
                    throw new NoSuchElementException();
                }
                return get(position++);
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(get(i));
        }
        return text.append(']').toString();
    }
}
