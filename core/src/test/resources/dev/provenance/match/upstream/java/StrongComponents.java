/*
 * Copyright 2020 The Tidepool Authors
 *
 * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
 */
package org.tidepool.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Strongly connected components of a directed graph given as adjacency lists, without recursion. */
public final class StrongComponents {
    private final int[][] successors;
    private final int[] order;
    private final int[] low;
    private final boolean[] onStack;
    private final int[] stack;
    private int stackSize;
    private int counter;
    private final List<int[]> components = new ArrayList<>();

    private StrongComponents(int[][] successors) {
        this.successors = successors;
        int n = successors.length;
        order = new int[n];
        low = new int[n];
        onStack = new boolean[n];
        stack = new int[n];
        Arrays.fill(order, -1);
    }

    /** The components, each sorted, in reverse topological order of the condensed graph. */
    public static List<int[]> of(int[][] successors) {
        StrongComponents search = new StrongComponents(successors);
        for (int v = 0; v < successors.length; v++) {
            if (search.order[v] < 0) {
                search.visit(v);
            }
        }
        return search.components;
    }

    private void visit(int root) {
        int[] callStack = new int[successors.length];
        int[] edgeIndex = new int[successors.length];
        int depth = 0;
        callStack[depth++] = root;
        enter(root);
        while (depth > 0) {
            int v = callStack[depth - 1];
            if (edgeIndex[v] < successors[v].length) {
                int w = successors[v][edgeIndex[v]++];
                if (order[w] < 0) {
                    enter(w);
                    callStack[depth++] = w;
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], order[w]);
                }
                continue;
            }
            depth--;
            if (depth > 0) {
                int parent = callStack[depth - 1];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == order[v]) {
                int size = 0;
                int[] members = new int[stackSize];
                int w;
                do {
                    w = stack[--stackSize];
                    onStack[w] = false;
                    members[size++] = w;
                } while (w != v);
                int[] component = Arrays.copyOf(members, size);
                Arrays.sort(component);
                components.add(component);
            }
        }
    }

    private void enter(int v) {
        order[v] = counter;
        low[v] = counter;
        counter++;
        stack[stackSize++] = v;
        onStack[v] = true;
    }

    /** Whether the graph has a cycle: a component of two or more, or a vertex with an edge to itself. */
    public static boolean hasCycle(int[][] successors) {
        for (int[] component : of(successors)) {
            if (component.length > 1) {
                return true;
            }
        }
        for (int v = 0; v < successors.length; v++) {
            for (int w : successors[v]) {
                if (w == v) {
                    return true;
                }
            }
        }
        return false;
    }
}
