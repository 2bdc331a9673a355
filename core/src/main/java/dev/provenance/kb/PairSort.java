package dev.provenance.kb;

/** Sorts two parallel {@code long} columns by (first, second), both signed: a bottom-up merge sort, stable. */
final class PairSort {
    private static final int RUN = 32;

    private PairSort() {
    }

    static void sort(long[] a, long[] b, int n) {
        for (int from = 0; from < n; from += RUN) {
            insertion(a, b, from, Math.min(n, from + RUN));
        }
        if (n <= RUN) {
            return;
        }
        long[] ta = new long[n];
        long[] tb = new long[n];
        long[] srcA = a;
        long[] srcB = b;
        long[] dstA = ta;
        long[] dstB = tb;
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (srcA[j] < srcA[i] || (srcA[j] == srcA[i] && srcB[j] < srcB[i])) {
                        dstA[k] = srcA[j];
                        dstB[k++] = srcB[j++];
                    } else {
                        dstA[k] = srcA[i];
                        dstB[k++] = srcB[i++];
                    }
                }
                while (i < mid) {
                    dstA[k] = srcA[i];
                    dstB[k++] = srcB[i++];
                }
                while (j < hi) {
                    dstA[k] = srcA[j];
                    dstB[k++] = srcB[j++];
                }
            }
            long[] swapA = srcA;
            srcA = dstA;
            dstA = swapA;
            long[] swapB = srcB;
            srcB = dstB;
            dstB = swapB;
        }
        if (srcA != a) {
            System.arraycopy(srcA, 0, a, 0, n);
            System.arraycopy(srcB, 0, b, 0, n);
        }
    }

    private static void insertion(long[] a, long[] b, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long ka = a[i];
            long kb = b[i];
            int j = i - 1;
            while (j >= from && (a[j] > ka || (a[j] == ka && b[j] > kb))) {
                a[j + 1] = a[j];
                b[j + 1] = b[j];
                j--;
            }
            a[j + 1] = ka;
            b[j + 1] = kb;
        }
    }
}
