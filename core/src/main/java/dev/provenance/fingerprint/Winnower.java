package dev.provenance.fingerprint;

import dev.provenance.lex.SeedSequence;
import java.util.Arrays;
import java.util.Objects;

/**
 * Selects fingerprints from a seed sequence by robust winnowing (Schleimer, Wilkerson and Aiken, 2003).
 *
 * <ol>
 *   <li>Every k-gram of seed symbols gets a 64-bit hash: a polynomial rolling hash over the k symbols (each symbol
 *       is already a mixed 64-bit value, see {@link SeedSequence}), finalised with {@link SeedSequence#mix} so that
 *       every bit of the result depends on every symbol.</li>
 *   <li>A <em>periodic</em> k-gram, whose seed symbols repeat with a period of at most {@code k / 2} (rows of a
 *       table, a ladder of {@code case "9": return JAVA_9;}), is hashed over the value channel instead
 *       ({@link SeedSequence#valueSymbol}: its numbers and strings by their text). Its seed hash recurs every period,
 *       in every table of the same shape, so it can tell no row and no table from another; the values can. Whether a
 *       k-gram is periodic depends on its seed symbols only, so renaming and reformatting never change the choice,
 *       and a copy of part of a table is fingerprinted like the table.</li>
 *   <li>A k-gram with fewer than {@link WinnowingParameters#minDistinct()} distinct symbols (values, for a periodic
 *       one) is low-entropy and is never selected (it still occupies its place, so windows stay local: a data
 *       table does not glue together the code on its two sides).</li>
 *   <li>In every window of {@code w} consecutive k-grams the minimal hash is selected; on a tie the k-gram selected
 *       for the previous window is kept if it is still in the window, else the rightmost minimum is taken. A
 *       fingerprint is recorded each time the selected k-gram changes. So every window holding at least one
 *       k-gram that is not low-entropy contains a recorded fingerprint, and a run of equal hashes (repeated code)
 *       yields one fingerprint per {@code w} k-grams rather than one per k-gram.</li>
 *   <li>A sequence with fewer than {@code w} k-grams is one short window: its minimum is still recorded, so short
 *       files are not invisible. A sequence shorter than {@code k} symbols has no fingerprint.</li>
 * </ol>
 * Configuration and templates, whose seeds are verbatim (every key, value and template word by its text), are
 * winnowed with {@link WinnowingParameters#forVerbatimSeeds()}: half the k-gram and half the window, so that a
 * configuration copied with a few values changed keeps fingerprints between the changes.
 *
 * <p>Expected density: about {@code 2 / (w + 1)} fingerprints per seed symbol. Linear time; thread-safe (no state).
 */
public final class Winnower {
    /** Odd multiplier of the rolling hash (the 64-bit golden ratio). */
    private static final long BASE = 0x9e3779b97f4a7c15L;

    private final WinnowingParameters parameters;
    /** {@code BASE^(k-1)}, to take the leaving symbol out of the rolling hash. */
    private final long outgoingFactor;
    /** The winnower of verbatim seed sequences (configuration, templates): {@code this} when it is this one. */
    private final Winnower verbatim;

    /**
     * A winnower with {@code parameters} for code and {@link WinnowingParameters#forVerbatimSeeds()} for
     * configuration and templates.
     */
    public Winnower(WinnowingParameters parameters) {
        this(parameters, Objects.requireNonNull(parameters, "parameters").forVerbatimSeeds());
    }

    private Winnower(WinnowingParameters parameters, WinnowingParameters verbatimParameters) {
        this.parameters = parameters;
        long f = 1;
        for (int i = 1; i < parameters.k(); i++) {
            f *= BASE;
        }
        this.outgoingFactor = f;
        this.verbatim = verbatimParameters.equals(parameters) ? this
                : new Winnower(verbatimParameters, verbatimParameters);
    }

    /** The parameters of code; verbatim seed sequences use {@link WinnowingParameters#forVerbatimSeeds()}. */
    public WinnowingParameters parameters() {
        return parameters;
    }

    /**
     * The fingerprints of {@code seeds}, made with {@link #parameters()} for code and with
     * {@link WinnowingParameters#forVerbatimSeeds()} when the seeds are verbatim
     * ({@link dev.provenance.lex.Tokens#seedsVerbatim()}); {@link Fingerprints#parameters()} tells which.
     */
    public Fingerprints winnow(SeedSequence seeds) {
        Objects.requireNonNull(seeds, "seeds");
        boolean verbatimSeeds = seeds.tokens().seedsVerbatim();
        if (verbatimSeeds && verbatim != this) {
            return verbatim.winnow(seeds);
        }
        int n = seeds.size();
        long[] symbols = new long[n];
        for (int i = 0; i < n; i++) {
            symbols[i] = seeds.symbol(i);
        }
        long[] hashes = gramHashes(symbols, n);
        boolean[] ok = informative(symbols, n);
        // Verbatim seeds are their own values: no second channel.
        boolean[] periodic = verbatimSeeds ? null : periodic(symbols, n);
        if (periodic != null) {
            hashValues(seeds, symbols, periodic, hashes, ok);
        }
        long[] selected = select(hashes, ok);
        int count = selected.length / 2;
        long[] out = new long[count];
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = selected[2 * i];
            starts[i] = (int) selected[2 * i + 1];
        }
        return new Fingerprints(seeds, parameters, out, starts);
    }

    /** The hash of every k-gram of {@code symbols[0, n)}, low-entropy ones included; for tests and tools. */
    long[] gramHashes(long[] symbols, int n) {
        int k = parameters.k();
        int grams = n - k + 1;
        if (grams <= 0) {
            return new long[0];
        }
        long[] result = new long[grams];
        rollingHashes(symbols, 0, n, result);
        return result;
    }

    /** {@code out[g] = } the hash of {@code symbols[g, g + k)}, for every k-gram inside {@code [from, to)}. */
    private void rollingHashes(long[] symbols, int from, int to, long[] out) {
        int k = parameters.k();
        long h = 0;
        for (int i = from; i < to; i++) {
            if (i - from >= k) {
                h -= symbols[i - k] * outgoingFactor;
            }
            h = h * BASE + symbols[i];
            if (i - from >= k - 1) {
                out[i - k + 1] = SeedSequence.mix(h);
            }
        }
    }

    /**
     * Which k-grams are <em>periodic</em>: their seed symbols repeat with a period {@code p <= k / 2}
     * ({@code s[j] == s[j + p]} throughout the k-gram, so it holds at least two whole periods). Null when none is.
     * Only the k-gram's own symbols decide, so a copy and its original agree on every k-gram they share, wherever
     * the copy starts or ends.
     *
     * <p>A p-periodic k-gram needs a run of at least {@code k - p >= k - k / 2} consecutive seeds equal to the seed
     * {@code p} before them, and every such run holds a seed at a multiple of that length: only those seeds are
     * compared with their {@code k / 2} predecessors, and a run is followed out from one only where it starts, so
     * ordinary code costs about one comparison per seed.
     */
    boolean[] periodic(long[] symbols, int n) {
        int k = parameters.k();
        int grams = n - k + 1;
        int maxPeriod = k / 2;
        if (grams <= 0 || maxPeriod < 1) {
            return null;
        }
        int step = k - maxPeriod;
        // runEnd[p]: one past the last seed of the last run of period p followed out, so it is followed once.
        int[] runEnd = new int[maxPeriod + 1];
        boolean[] periodic = null;
        for (int x = step - 1; x < n; x += step) {
            long s = symbols[x];
            for (int p = 1; p <= maxPeriod && p <= x; p++) {
                if (x < runEnd[p] || symbols[x - p] != s) {
                    continue;
                }
                int a = x;
                while (a - 1 - p >= 0 && symbols[a - 1] == symbols[a - 1 - p]) {
                    a--;
                }
                int b = x;
                while (b + 1 < n && symbols[b + 1] == symbols[b + 1 - p]) {
                    b++;
                }
                runEnd[p] = b + 1;
                // Seeds a..b each equal the seed p before: k-gram g is p-periodic when g + p >= a, g + k - 1 <= b.
                int first = Math.max(0, a - p);
                int last = Math.min(grams - 1, b - k + 1);
                if (first <= last) {
                    if (periodic == null) {
                        periodic = new boolean[grams];
                    }
                    Arrays.fill(periodic, first, last + 1, true);
                }
            }
        }
        return periodic;
    }

    /**
     * Re-hashes the periodic k-grams over the value channel ({@link SeedSequence#valueSymbol}) and judges their
     * entropy on it; a run of periodic k-grams without any literal keeps its seed hashes (its values are its
     * symbols).
     */
    private void hashValues(SeedSequence seeds, long[] symbols, boolean[] periodic, long[] hashes, boolean[] ok) {
        int k = parameters.k();
        int min = parameters.minDistinct();
        long[] seen = new long[Math.max(1, min)];
        long[] values = null;
        for (int g = 0; g < periodic.length; ) {
            if (!periodic[g]) {
                g++;
                continue;
            }
            int last = g;
            while (last + 1 < periodic.length && periodic[last + 1]) {
                last++;
            }
            int to = last + k;
            boolean literal = false;
            for (int i = g; i < to; i++) {
                long v = seeds.valueSymbol(i);
                if (v != symbols[i]) {
                    if (values == null) {
                        values = symbols.clone();
                    }
                    values[i] = v;
                    literal = true;
                }
            }
            if (literal) {
                rollingHashes(values, g, to, hashes);
                for (int x = g; x <= last; x++) {
                    ok[x] = distinctAtLeast(values, x, x + k, min, seen);
                }
            }
            g = last + 1;
        }
    }

    /**
     * Which k-grams have at least {@code minDistinct} distinct symbols. Two pointers: for k-gram {@code g} the window
     * {@code [g, e]} is grown until it holds {@code minDistinct} distinct symbols (or reaches the k-gram's end), and
     * that end never moves back as {@code g} advances; the window's distinct symbols and their counts are a few slots
     * compared in place, so each seed is added and removed once.
     */
    boolean[] informative(long[] symbols, int n) {
        int k = parameters.k();
        int grams = n - k + 1;
        if (grams <= 0) {
            return new boolean[0];
        }
        boolean[] ok = new boolean[grams];
        int min = parameters.minDistinct();
        if (min <= 1) {
            Arrays.fill(ok, true);
            return ok;
        }
        long[] distinct = new long[min];
        int[] counts = new int[min];
        int size = 0;
        int e = -1;
        for (int g = 0; g < grams; g++) {
            int end = g + k - 1;
            while (size < min && e < end) {
                long v = symbols[++e];
                int i = 0;
                while (i < size && distinct[i] != v) {
                    i++;
                }
                if (i == size) {
                    distinct[size] = v;
                    counts[size++] = 1;
                } else {
                    counts[i]++;
                }
            }
            ok[g] = size >= min;
            long leaving = symbols[g];
            int i = 0;
            while (distinct[i] != leaving) {
                i++;
            }
            if (--counts[i] == 0) {
                size--;
                distinct[i] = distinct[size];
                counts[i] = counts[size];
            }
        }
        return ok;
    }

    /**
     * Whether {@code symbols[from, to)} holds at least {@code min} distinct symbols: scanned from the start until
     * {@code min} are seen, which in code is within a few symbols ({@code seen} is scratch room for {@code min}).
     */
    private static boolean distinctAtLeast(long[] symbols, int from, int to, int min, long[] seen) {
        if (min <= 1) {
            return true;
        }
        int found = 0;
        for (int x = from; x < to; x++) {
            long v = symbols[x];
            int i = 0;
            while (i < found && seen[i] != v) {
                i++;
            }
            if (i == found) {
                seen[found++] = v;
                if (found >= min) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Selected (hash, k-gram start) pairs, flattened, from every k-gram's hash and whether it may be selected. */
    private long[] select(long[] hashes, boolean[] ok) {
        int grams = hashes.length;
        if (grams == 0) {
            return new long[0];
        }
        int w = Math.min(parameters.w(), grams);
        long[] out = new long[Math.max(8, 2 * (grams * 2 / (w + 1) + 4))];
        int outSize = 0;
        // min: the rightmost minimum of the window among the selectable k-grams (-1: none). A new k-gram at or
        // below it takes its place; when it leaves the window, the window (w k-grams) is scanned again.
        int min = -1;
        int last = -1;
        for (int j = 0; j < grams; j++) {
            if (ok[j] && (min < 0 || hashes[j] <= hashes[min])) {
                min = j;
            }
            int windowStart = j - w + 1;
            if (min >= 0 && min < windowStart) {
                min = -1;
                for (int x = j; x >= windowStart; x--) {
                    if (ok[x] && (min < 0 || hashes[x] < hashes[min])) {
                        min = x;
                    }
                }
            }
            if (j < w - 1 || min < 0) {
                continue;
            }
            int pick = min;
            if (last >= windowStart && hashes[last] == hashes[pick]) {
                pick = last;
            }
            if (pick != last) {
                if (outSize + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[outSize++] = hashes[pick];
                out[outSize++] = pick;
                last = pick;
            }
        }
        return Arrays.copyOf(out, outSize);
    }
}
