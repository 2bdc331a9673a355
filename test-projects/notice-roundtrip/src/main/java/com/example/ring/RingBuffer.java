package com.example.ring;

import java.util.NoSuchElementException;

/** A fixed-capacity first-in first-out queue of doubles that overwrites its oldest element when full. */
public final class RingBuffer {
    private final double[] slots;
    private int head;
    private int size;

    public RingBuffer(int capacity) {
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
