/*
 * Copyright 2015 Acme Widgets Ltd.
 *
 * @@license-header Apache-2.0@@
 */
package com.example.server.json;

/** Quotes strings for JSON output. */
public final class JsonQuote {
    private JsonQuote() {
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
