package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SequenceDiffTest {
    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("", "", ""),
                Arguments.of("abc", "abc", "==="),
                Arguments.of("abc", "", "---"),
                Arguments.of("", "ab", "++"),
                Arguments.of("abc", "abxc", "==+="),
                Arguments.of("abxc", "abc", "==-="),
                Arguments.of("abc", "axc", "=-+="),
                Arguments.of("xabc", "abcy", "-===+"),
                Arguments.of("abcabba", "cbabac", "--=-==+=+"));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("scripts")
    void editScriptKeepsTheLongestCommonSubsequence(String first, String second, String expected) {
        byte[] ops = SequenceDiff.diff(symbols(first), symbols(second), 100);

        assertThat(render(ops)).hasSize(expected.length());
        assertThat(count(ops, SequenceDiff.SAME)).isEqualTo(count(expected, '='));
        assertThat(apply(ops, first, second)).isTrue();
    }

    @Test
    void randomSequencesGetAShortestEditScript() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            String a = randomText(random, random.nextInt(30));
            String b = randomText(random, random.nextInt(30));

            byte[] ops = SequenceDiff.diff(symbols(a), symbols(b), 1000);

            assertThat(count(ops, SequenceDiff.SAME)).as(a + " / " + b).isEqualTo(lcs(a, b));
            assertThat(apply(ops, a, b)).as(a + " / " + b).isTrue();
        }
    }

    @Test
    void givesUpPastTheEditBoundAndNotBefore() {
        int[] a = new int[500];
        int[] b = new int[500];
        for (int i = 0; i < 500; i++) {
            a[i] = i;
            b[i] = 1000 + i;
        }

        assertThat(SequenceDiff.diff(a, b, 999)).isNull();
        assertThat(SequenceDiff.diff(a, b, 1000)).hasSize(1000);
        assertThat(SequenceDiff.diff(symbols("xaby"), symbols("xy"), 1)).as("a pure deletion costs nothing")
                .hasSize(4);
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(4)));
        }
        return s.toString();
    }

    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

    /** Whether the script consumes both texts exactly, pairing only equal symbols. */
    private static boolean apply(byte[] ops, String a, String b) {
        int i = 0;
        int j = 0;
        for (byte op : ops) {
            if (op == SequenceDiff.SAME) {
                if (i >= a.length() || j >= b.length() || a.charAt(i) != b.charAt(j)) {
                    return false;
                }
                i++;
                j++;
            } else if (op == SequenceDiff.FIRST_ONLY) {
                i++;
            } else {
                j++;
            }
        }
        return i == a.length() && j == b.length();
    }

    private static int[] symbols(String s) {
        return s.chars().toArray();
    }

    private static String render(byte[] ops) {
        StringBuilder s = new StringBuilder();
        for (byte op : ops) {
            s.append(op == SequenceDiff.SAME ? '=' : op == SequenceDiff.FIRST_ONLY ? '-' : '+');
        }
        return s.toString();
    }

    private static long count(byte[] ops, byte op) {
        long n = 0;
        for (byte o : ops) {
            if (o == op) {
                n++;
            }
        }
        return n;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
