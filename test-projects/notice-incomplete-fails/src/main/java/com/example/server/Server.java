/*
 * Copyright 2026 Example Corp
 *
 * @@license-header Apache-2.0@@
 */
package com.example.server;

/** Serves widgets. */
public final class Server {
    private final int port;

    public Server(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }
}
