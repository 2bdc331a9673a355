/*
 * Copyright 2026 Example Corp
 *
 * @@license-header Apache-2.0@@
 */
package com.example.widgets;

/** Makes widgets of a standard size. */
public final class WidgetFactory {
    private final int size;

    public WidgetFactory(int size) {
        this.size = size;
    }

    public Widget make(String name) {
        return new Widget(name, size);
    }
}
