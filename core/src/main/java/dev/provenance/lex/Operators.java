package dev.provenance.lex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language's multi-character operators, matched longest first. Any other character is an operator of one
 * character. No operator starts with {@code >>}: a shift {@code >>} lexes as two {@code >} tokens, so that
 * {@code List<List<T>>} and {@code List<List<T> >} (and a shift written either way) lex alike.
 */
final class Operators {
    private final char[][][] byFirst = new char[128][][];

    private Operators(Set<String> operators) {
        List<List<char[]>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String op : operators) {
            if (op.length() < 2 || op.charAt(0) >= 128 || op.startsWith(">>")) {
                throw new IllegalArgumentException("not a multi-character operator: " + op);
            }
            lists.get(op.charAt(0)).add(op.toCharArray());
        }
        for (int c = 0; c < 128; c++) {
            List<char[]> list = lists.get(c);
            if (!list.isEmpty()) {
                list.sort(Comparator.comparingInt((char[] a) -> -a.length));
                byFirst[c] = list.toArray(new char[0][]);
            }
        }
    }

    /** The operators among the whitespace-separated words of {@code groups}. */
    static Operators of(String... groups) {
        Set<String> all = new TreeSet<>();
        for (String group : groups) {
            for (String op : group.trim().split("\\s+")) {
                if (!op.isEmpty()) {
                    all.add(op);
                }
            }
        }
        return new Operators(all);
    }

    /** Length of the operator at {@code i}: the longest listed one that matches, else 1. */
    int length(char[] s, int i, int n) {
        char c = s[i];
        if (c >= 128) {
            return 1;
        }
        char[][] candidates = byFirst[c];
        if (candidates == null) {
            return 1;
        }
        outer:
        for (char[] op : candidates) {
            int len = op.length;
            if (i + len > n) {
                continue;
            }
            for (int k = 1; k < len; k++) {
                if (s[i + k] != op[k]) {
                    continue outer;
                }
            }
            return len;
        }
        return 1;
    }
}
