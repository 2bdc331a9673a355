/*
 * Copyright 2026 Example Corp
 *
 * @@license-header Apache-2.0@@
 */
package com.example.widgets;

/** A widget with a name and a size. */
public record Widget(String name, int size) {
    public Widget {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
