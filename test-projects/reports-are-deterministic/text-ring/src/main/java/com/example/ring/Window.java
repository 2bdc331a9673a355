// Copyright 2026 Example Corp
// SPDX-License-Identifier: Apache-2.0
package com.example.ring;

/** The size of a moving window. */
public record Window(int size) {
}
