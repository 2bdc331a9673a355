/*
 * Copyright 2026 Example Corp
 *
 * @@license-header Apache-2.0@@
 */
package com.example.ring;

/** Smooths a stream of readings with a moving average over the last few values. */
public final class Smoothing {
    private final RingBuffer window;

    public Smoothing(int width) {
        window = new RingBuffer(width);
    }

    /** Adds a reading and returns the average of the window. */
    public double next(double reading) {
        window.push(reading);
        return window.mean();
    }
}
