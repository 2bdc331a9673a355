// Copyright 2026 Example Corp
// SPDX-License-Identifier: Apache-2.0
package com.example.text;

/** A line of the word report. */
public record Report(String word, int count) {
}
