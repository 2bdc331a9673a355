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
            long[] values = values(seeds, symbols, periodic);
            long[] valueHashes = gramHashes(values, n);
            boolean[] valueOk = informative(values, n);
            for (int g = 0; g < periodic.length; g++) {
                if (periodic[g]) {
                    hashes[g] = valueHashes[g];
                    ok[g] = valueOk[g];
                }
            }
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
        long h = 0;
        for (int i = 0; i < n; i++) {
            if (i >= k) {
                h -= symbols[i - k] * outgoingFactor;
            }
            h = h * BASE + symbols[i];
            if (i >= k - 1) {
                result[i - k + 1] = SeedSequence.mix(h);
            }
        }
        return result;
    }

    /**
     * Which k-grams are <em>periodic</em>: their seed symbols repeat with a period {@code p <= k / 2}
     * ({@code s[j] == s[j + p]} throughout the k-gram, so it holds at least two whole periods). Null when none is.
     * Only the k-gram's own symbols decide, so a copy and its original agree on every k-gram they share, wherever
     * the copy starts or ends.
     */
    boolean[] periodic(long[] symbols, int n) {
        int k = parameters.k();
        int grams = n - k + 1;
        int maxPeriod = k / 2;
        if (grams <= 0 || maxPeriod < 1) {
            return null;
        }
        // run[p]: how many consecutive seeds up to the current one equal the seed p before them.
        int[] run = new int[maxPeriod + 1];
        boolean[] periodic = null;
        for (int j = 1; j < n; j++) {
            long s = symbols[j];
            boolean any = false;
            for (int p = 1; p <= maxPeriod; p++) {
                int r = j >= p && symbols[j - p] == s ? run[p] + 1 : 0;
                run[p] = r;
                any |= r >= k - p;
            }
            if (any && j >= k - 1) {
                if (periodic == null) {
                    periodic = new boolean[grams];
                }
                periodic[j - k + 1] = true;
            }
        }
        return periodic;
    }

    /**
     * The value channel ({@link SeedSequence#valueSymbol}) of the seeds under a periodic k-gram, the seed symbol
     * elsewhere (those k-grams keep their seed hash).
     */
    private long[] values(SeedSequence seeds, long[] symbols, boolean[] periodic) {
        int k = parameters.k();
        long[] values = symbols.clone();
        int coveredTo = 0;
        for (int g = 0; g < periodic.length; g++) {
            if (periodic[g]) {
                for (int i = Math.max(g, coveredTo); i < g + k; i++) {
                    values[i] = seeds.valueSymbol(i);
                }
                coveredTo = g + k;
            }
        }
        return values;
    }

    /** Which k-grams have at least {@code minDistinct} distinct symbols. */
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
        SymbolIds ids = new SymbolIds();
        int[] dense = new int[n];
        for (int i = 0; i < n; i++) {
            dense[i] = ids.idOf(symbols[i]);
        }
        int[] counts = new int[ids.size()];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (counts[dense[i]]++ == 0) {
                distinct++;
            }
            if (i >= k && --counts[dense[i - k]] == 0) {
                distinct--;
            }
            if (i >= k - 1) {
                ok[i - k + 1] = distinct >= min;
            }
        }
        return ok;
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
        // A monotone deque of k-gram indexes whose hashes increase strictly from head to tail: its head is the
        // rightmost minimum of the window. Each index enters and leaves once, so a plain array suffices.
        int[] deque = new int[grams];
        int head = 0;
        int tail = 0;
        int last = -1;
        for (int j = 0; j < grams; j++) {
            if (ok[j]) {
                long h = hashes[j];
                while (tail > head && hashes[deque[tail - 1]] >= h) {
                    tail--;
                }
                deque[tail++] = j;
            }
            int windowStart = j - w + 1;
            while (tail > head && deque[head] < windowStart) {
                head++;
            }
            if (j < w - 1 || tail == head) {
                continue;
            }
            int pick = deque[head];
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

    /** Dense ids for the few distinct symbols of one sequence: open addressing over a power-of-two table. */
    private static final class SymbolIds {
        private long[] keys = new long[256];
        private int[] values = new int[256];
        private boolean[] used = new boolean[256];
        private int size;

        int idOf(long symbol) {
            int mask = keys.length - 1;
            int slot = (int) SeedSequence.mix(symbol) & mask;
            while (used[slot]) {
                if (keys[slot] == symbol) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = symbol;
            values[slot] = size;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = (int) SeedSequence.mix(oldKeys[i]) & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
