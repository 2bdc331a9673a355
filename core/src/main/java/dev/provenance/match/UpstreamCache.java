package dev.provenance.match;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Lexed upstream files, least recently used first out, bounded by the characters of source they hold (tokens cost
 * about five times their source again). Thread-safe: look-ups and insertions take a short lock; lexing happens
 * outside it, so two threads missing the same file at once both lex it and one result is kept (harmless: the results
 * are equal).
 */
final class UpstreamCache {
    private final long capacityChars;
    private final LinkedHashMap<Integer, LexedFile> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    UpstreamCache(long capacityChars) {
        this.capacityChars = capacityChars;
    }

    /** The cached seeds of {@code fileId}, else {@code load}'s (null is returned, not cached). */
    LexedFile get(int fileId, IntFunction<LexedFile> load) {
        synchronized (this) {
            LexedFile cached = entries.get(fileId);
            if (cached != null) {
                return cached;
            }
        }
        LexedFile loaded = load.apply(fileId);
        if (loaded == null) {
            return null;
        }
        long weight = loaded.tokens().source().length();
        if (weight > capacityChars) {
            return loaded;
        }
        synchronized (this) {
            LexedFile raced = entries.get(fileId);
            if (raced != null) {
                return raced;
            }
            entries.put(fileId, loaded);
            chars += weight;
            Iterator<Map.Entry<Integer, LexedFile>> eldest = entries.entrySet().iterator();
            while (chars > capacityChars && eldest.hasNext()) {
                Map.Entry<Integer, LexedFile> e = eldest.next();
                if (e.getKey() == fileId) {
                    continue;
                }
                chars -= e.getValue().tokens().source().length();
                eldest.remove();
            }
            return loaded;
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long chars() {
        return chars;
    }
}
