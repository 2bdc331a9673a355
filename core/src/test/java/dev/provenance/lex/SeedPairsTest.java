package dev.provenance.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.provenance.inventory.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pairs of sources: an original, a copy reformatted and renamed (comments, docstrings, constants and layout
 * changed too), and a copy whose behaviour differs. The copy must seed exactly like the original; the edit must
 * not.
 */
class SeedPairsTest {

    static long[] seeds(Language language, String source) {
        return SeedSequence.of(Lexers.forLanguage(language).orElseThrow().lex(source)).symbols();
    }

    static List<String> identifiers(Language language, String source) {
        Tokens tokens = Lexers.forLanguage(language).orElseThrow().lex(source);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.type(i) == TokenType.IDENTIFIER) {
                names.add(tokens.text(i));
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aReformattedRenamedCopySeedsLikeItsOriginal(String name, Language language, String original, String copy,
                                                    String edited) {
        long[] seeds = seeds(language, original);
        assertThat(seeds.length).as("a realistic function").isGreaterThan(100);
        assertThat(identifiers(language, copy)).as("the copy really renames").isNotEqualTo(
                identifiers(language, original));
        assertThat(seeds(language, copy)).isEqualTo(seeds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aSemanticEditChangesTheSeeds(String name, Language language, String original, String copy, String edited) {
        assertThat(seeds(language, edited)).isNotEqualTo(seeds(language, original));
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                arguments("Python rotary embedding", Language.PYTHON, PY_ROPE, PY_ROPE_COPY,
                        PY_ROPE.replace("k_embed = (k * cos) + (rotate_half(k) * sin)",
                                "k_embed = (k * cos) - (rotate_half(k) * sin)")),
                arguments("Python tokenizer loop", Language.PYTHON, PY_BPE, PY_BPE_COPY,
                        PY_BPE.replace("if word[i] == first and i", "if word[i] == first or i")),
                arguments("Java class", Language.JAVA, JAVA_LRU, JAVA_LRU_COPY,
                        JAVA_LRU.replace("return size() > capacity;", "return size() >= capacity;")),
                arguments("Go function", Language.GO, GO_COUNT, GO_COUNT_COPY,
                        GO_COUNT.replace("counts[w]++", "counts[w]--")),
                arguments("Rust impl", Language.RUST, RUST_RING, RUST_RING_COPY,
                        RUST_RING.replace("self.head = (self.head + 1) % self.buf.len();",
                                "self.head = (self.head + 1) & self.buf.len();")),
                arguments("C function", Language.C, C_SPLIT, C_SPLIT_COPY,
                        C_SPLIT.replace("while (*p && *p != sep)", "while (*p || *p != sep)")),
                arguments("TypeScript module", Language.TYPESCRIPT, TS_DEBOUNCE, TS_DEBOUNCE_COPY,
                        TS_DEBOUNCE.replace("if (timer !== undefined)", "if (timer === undefined)")));
    }

    static final String PY_ROPE = """
            import torch


            def rotate_half(x):
                \"""Rotates half the hidden dims of the input.\"""
                x1 = x[..., : x.shape[-1] // 2]
                x2 = x[..., x.shape[-1] // 2 :]
                return torch.cat((-x2, x1), dim=-1)


            class RotaryEmbedding(torch.nn.Module):
                \"""Rotary position embedding.\"""

                def __init__(self, dim, max_position_embeddings=2048, base=10000, device=None):
                    super().__init__()
                    inv_freq = 1.0 / (base ** (torch.arange(0, dim, 2).float().to(device) / dim))
                    self.register_buffer("inv_freq", inv_freq, persistent=False)
                    self.max_seq_len_cached = max_position_embeddings

                def forward(self, x, seq_len=None):
                    # x: [bs, num_attention_heads, seq_len, head_size]
                    t = torch.arange(seq_len, device=x.device, dtype=self.inv_freq.dtype)
                    freqs = torch.einsum("i,j->ij", t, self.inv_freq)
                    emb = torch.cat((freqs, freqs), dim=-1)
                    return (
                        emb.cos().to(dtype=x.dtype),
                        emb.sin().to(dtype=x.dtype),
                    )


            def apply_rotary_pos_emb(q, k, cos, sin, position_ids):
                cos = cos[position_ids].unsqueeze(1)  # [bs, 1, seq_len, dim]
                sin = sin[position_ids].unsqueeze(1)
                q_embed = (q * cos) + (rotate_half(q) * sin)
                k_embed = (k * cos) + (rotate_half(k) * sin)
                return q_embed, k_embed
            """;

    static final String PY_ROPE_COPY = """
            # Copyright someone else
            import torch
            def swap_halves(t):
                '''Swap and negate the two halves of the last dimension.'''
                a = t[...,:t.shape[-1]//2]
                b = t[...,t.shape[-1]//2:]
                return torch.cat((-b, a), dim = -1)
            class RoPE(torch.nn.Module):
                "RoPE."
                def __init__(me, width, max_pos=8192, theta=500000.0, dev=None):
                    super().__init__()
                    inverse = 1. / (theta ** (torch.arange(0, width, 2).float().to(dev) / width))
                    me.register_buffer('inverse', inverse, persistent=False)
                    me.cached = max_pos
                def forward(me, h, n=None):
                    pos = torch.arange(n,
                                       device=h.device,
                                       dtype=me.inverse.dtype)
                    angles = torch.einsum('i,j->ij', pos, me.inverse)
                    both = torch.cat((angles, angles), dim=-1)
                    return (both.cos().to(dtype=h.dtype), both.sin().to(dtype=h.dtype),)
            def apply_rope(query, key, c, s, ids):
                c = c[ids].unsqueeze(1); s = s[ids].unsqueeze(1)
                rotated_q = (query * c) + (swap_halves(query) * s)
                rotated_k = (key * c) \\
                    + (swap_halves(key) * s)
                return rotated_q, rotated_k
            """;

    static final String PY_BPE = """
            def bpe(self, token):
                if token in self.cache:
                    return self.cache[token]
                word = tuple(token)
                pairs = get_pairs(word)
                if not pairs:
                    return token
                while True:
                    bigram = min(pairs, key=lambda pair: self.bpe_ranks.get(pair, float("inf")))
                    if bigram not in self.bpe_ranks:
                        break
                    first, second = bigram
                    new_word = []
                    i = 0
                    while i < len(word):
                        try:
                            j = word.index(first, i)
                        except ValueError:
                            new_word.extend(word[i:])
                            break
                        else:
                            new_word.extend(word[i:j])
                            i = j
                        if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                            new_word.append(first + second)
                            i += 2
                        else:
                            new_word.append(word[i])
                            i += 1
                    word = tuple(new_word)
                    if len(word) == 1:
                        break
                    pairs = get_pairs(word)
                word = " ".join(word)
                self.cache[token] = word
                return word
            """;

    static final String PY_BPE_COPY = """
            def merge(tok, piece):
              \"""Apply merges until none applies.\"""
              if piece in tok.memo: return tok.memo[piece]
              symbols = tuple(piece)
              candidates = adjacent(symbols)
              if not candidates: return piece
              while True:
                best = min(candidates, key=lambda p: tok.ranks.get(p, float('inf')))
                if best not in tok.ranks: break
                left, right = best
                merged = []; k = 0
                while k < len(symbols):
                  try:
                    at = symbols.index(left, k)
                  except ValueError:
                    merged.extend(symbols[k:]); break
                  else:
                    merged.extend(symbols[k:at]); k = at
                  if (symbols[k] == left and k < len(symbols) - 1
                      and symbols[k + 1] == right):
                    merged.append(left + right); k += 2
                  else:
                    merged.append(symbols[k]); k += 1
                symbols = tuple(merged)
                if len(symbols) == 1: break
                candidates = adjacent(symbols)
              symbols = ' '.join(symbols)
              tok.memo[piece] = symbols
              return symbols
            """.replace("if (symbols[k] == left and k < len(symbols) - 1\n          and symbols[k + 1] == right):",
            "if symbols[k] == left and k < len(symbols) - 1 \\\n          and symbols[k + 1] == right:");

    static final String JAVA_LRU = """
            package org.example.cache;

            import java.util.LinkedHashMap;
            import java.util.Map;

            /**
             * A map that evicts its least recently used entry once it holds more than its capacity.
             */
            public final class LruCache<K, V> extends LinkedHashMap<K, V> {
                private static final long serialVersionUID = 1L;
                private final int capacity;
                private long hits;
                private long misses;

                public LruCache(int capacity) {
                    super(16, 0.75f, true);
                    if (capacity < 1) {
                        throw new IllegalArgumentException("capacity must be positive: " + capacity);
                    }
                    this.capacity = capacity;
                }

                public synchronized V lookup(K key) {
                    V value = get(key);
                    if (value == null) {
                        misses++;
                    } else {
                        hits++;
                    }
                    return value;
                }

                public synchronized double hitRate() {
                    long total = hits + misses;
                    return total == 0 ? 0.0 : (double) hits / total;
                }

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            }
            """;

    static final String JAVA_LRU_COPY = """
            package com.acme.util;
            import java.util.LinkedHashMap;
            import java.util.Map;
            // Our own bounded cache.
            public final class BoundedCache<A, B> extends LinkedHashMap<A, B>
            {
                private static final long serialVersionUID = 42L;
                private final int limit;
                private long found; private long notFound;
                public BoundedCache(int limit)
                {
                    super(64, 0.5f, true);
                    if (limit < 2)
                        { throw new IllegalArgumentException("bad limit " + limit); }
                    this.limit = limit;
                }
                public synchronized B fetch(A k)
                {
                    B v = get(k);
                    if (v == null) { notFound++; } else { found++; }
                    return v;
                }
                public synchronized double ratio()
                {
                    long all = found + notFound;
                    return all == 0
                        ? 0d
                        : (double) found / all;
                }
                @Override protected boolean removeEldestEntry(Map.Entry<A, B> oldest) { return size() > limit; }
            }
            """;

    static final String GO_COUNT = """
            package words

            import (
            	"bufio"
            	"io"
            	"sort"
            	"strings"
            )

            // Count returns the n most frequent words of r, most frequent first.
            func Count(r io.Reader, n int) ([]string, error) {
            	counts := make(map[string]int)
            	scanner := bufio.NewScanner(r)
            	scanner.Split(bufio.ScanWords)
            	for scanner.Scan() {
            		w := strings.ToLower(strings.Trim(scanner.Text(), ".,;:!?\\"'"))
            		if w == "" {
            			continue
            		}
            		counts[w]++
            	}
            	if err := scanner.Err(); err != nil {
            		return nil, err
            	}
            	keys := make([]string, 0, len(counts))
            	for k := range counts {
            		keys = append(keys, k)
            	}
            	sort.Slice(keys, func(i, j int) bool {
            		if counts[keys[i]] != counts[keys[j]] {
            			return counts[keys[i]] > counts[keys[j]]
            		}
            		return keys[i] < keys[j]
            	})
            	if len(keys) > n {
            		keys = keys[:n]
            	}
            	return keys, nil
            }
            """;

    static final String GO_COUNT_COPY = """
            package textstats
            import (
                "bufio"
                "io"
                "sort"
                "strings"
            )
            /* Top lists the k commonest tokens. */
            func Top(in io.Reader, k int) ([]string, error) {
                freq := make(map[string]int)
                sc := bufio.NewScanner(in); sc.Split(bufio.ScanWords)
                for sc.Scan() {
                    tok := strings.ToLower(strings.Trim(sc.Text(), `.,;:!?"'`))
                    if tok == "" { continue }
                    freq[tok]++
                }
                if e := sc.Err(); e != nil { return nil, e }
                out := make([]string, 0, len(freq))
                for t := range freq { out = append(out, t) }
                sort.Slice(out, func(a, b int) bool {
                    if freq[out[a]] != freq[out[b]] { return freq[out[a]] > freq[out[b]] }
                    return out[a] < out[b]
                })
                if len(out) > k { out = out[:k] }
                return out, nil
            }
            """;

    static final String RUST_RING = """
            /// A fixed-capacity ring buffer that overwrites its oldest element when full.
            pub struct Ring<T> {
                buf: Vec<Option<T>>,
                head: usize,
                len: usize,
            }

            impl<T: Clone> Ring<T> {
                pub fn with_capacity(capacity: usize) -> Self {
                    assert!(capacity > 0, "capacity must be positive");
                    Ring { buf: vec![None; capacity], head: 0, len: 0 }
                }

                pub fn push(&mut self, value: T) -> Option<T> {
                    let tail = (self.head + self.len) % self.buf.len();
                    let evicted = self.buf[tail].replace(value);
                    if self.len == self.buf.len() {
                        self.head = (self.head + 1) % self.buf.len();
                    } else {
                        self.len += 1;
                    }
                    evicted
                }

                pub fn pop(&mut self) -> Option<T> {
                    if self.len == 0 {
                        return None;
                    }
                    let value = self.buf[self.head].take();
                    self.head = (self.head + 1) % self.buf.len();
                    self.len -= 1;
                    value
                }

                pub fn iter<'a>(&'a self) -> impl Iterator<Item = &'a T> + 'a {
                    (0..self.len).filter_map(move |i| self.buf[(self.head + i) % self.buf.len()].as_ref())
                }
            }
            """;

    static final String RUST_RING_COPY = """
            // Circular queue.
            pub struct Circle<E> { slots: Vec<Option<E>>, start: usize, count: usize }
            impl<E: Clone> Circle<E> {
                pub fn with_capacity(n: usize) -> Self {
                    assert!(n > 0, "empty circle");
                    Circle { slots: vec![None; n], start: 0, count: 0 }
                }
                pub fn push(&mut self, item: E) -> Option<E> {
                    let end = (self.start + self.count) % self.slots.len();
                    let old = self.slots[end].replace(item);
                    if self.count == self.slots.len() { self.start = (self.start + 1) % self.slots.len(); }
                    else { self.count += 1; }
                    old
                }
                pub fn pop(&mut self) -> Option<E> {
                    if self.count == 0 { return None; }
                    let item = self.slots[self.start].take();
                    self.start = (self.start + 1) % self.slots.len();
                    self.count -= 1;
                    item
                }
                pub fn iter<'b>(&'b self) -> impl Iterator<Item = &'b E> + 'b {
                    (0..self.count)
                        .filter_map(move |k| self.slots[(self.start + k) % self.slots.len()].as_ref())
                }
            }
            """;

    static final String C_SPLIT = """
            #include <stdlib.h>
            #include <string.h>

            /* Splits s at each sep into a NULL-terminated array of new strings; *count receives their number. */
            char **split(const char *s, char sep, size_t *count)
            {
                size_t n = 1;
                for (const char *p = s; *p; p++) {
                    if (*p == sep) {
                        n++;
                    }
                }
                char **parts = malloc((n + 1) * sizeof(char *));
                if (parts == NULL) {
                    return NULL;
                }
                size_t i = 0;
                const char *p = s;
                while (i < n) {
                    const char *start = p;
                    while (*p && *p != sep) {
                        p++;
                    }
                    size_t len = (size_t)(p - start);
                    parts[i] = malloc(len + 1);
                    memcpy(parts[i], start, len);
                    parts[i][len] = '\\0';
                    i++;
                    p++;
                }
                parts[n] = NULL;
                *count = n;
                return parts;
            }
            """;

    static final String C_SPLIT_COPY = """
            #include <stdlib.h>
            #include <string.h>
            // tokenise
            char** tokens_of(const char* text, char delim, size_t* out_n) {
              size_t k = 1;
              for (const char* q = text; *q; q++) if (*q == delim) { k++; }
              char** v = malloc((k + 1) * sizeof(char*));
              if (v == NULL) { return NULL; }
              size_t j = 0; const char* q = text;
              while (j < k) {
                const char* from = q;
                while (*q && *q != delim) { q++; }
                size_t m = (size_t)(q - from);
                v[j] = malloc(m + 1); memcpy(v[j], from, m); v[j][m] = '\\0';
                j++; q++;
              }
              v[k] = NULL; *out_n = k; return v;
            }
            """.replace("for (const char* q = text; *q; q++) if (*q == delim) { k++; }",
            "for (const char* q = text; *q; q++) { if (*q == delim) { k++; } }");

    static final String TS_DEBOUNCE = """
            export interface Debounced<A extends unknown[]> {
              (...args: A): void;
              cancel(): void;
              flush(): void;
            }

            /** Delays calls to fn until wait ms have passed without another call. */
            export function debounce<A extends unknown[]>(fn: (...args: A) => void, wait = 100): Debounced<A> {
              let timer: ReturnType<typeof setTimeout> | undefined;
              let pending: A | undefined;

              const run = (): void => {
                timer = undefined;
                if (pending) {
                  const args = pending;
                  pending = undefined;
                  fn(...args);
                }
              };

              const debounced = ((...args: A): void => {
                pending = args;
                if (timer !== undefined) {
                  clearTimeout(timer);
                }
                timer = setTimeout(run, wait);
              }) as Debounced<A>;

              debounced.cancel = () => {
                if (timer !== undefined) clearTimeout(timer);
                timer = undefined;
                pending = undefined;
              };
              debounced.flush = () => {
                if (timer !== undefined) {
                  clearTimeout(timer);
                  run();
                }
              };
              return debounced;
            }
            """;

    static final String TS_DEBOUNCE_COPY = """
            export interface Quiet<P extends unknown[]> { (...a: P): void; cancel(): void; flush(): void; }
            // quiet down a callback
            export function quiet<P extends unknown[]>(cb: (...a: P) => void, ms = 250): Quiet<P> {
                let handle: ReturnType<typeof setTimeout> | undefined
                let queued: P | undefined
                const fire = (): void => {
                    handle = undefined
                    if (queued) { const a = queued; queued = undefined; cb(...a) }
                }
                const q = ((...a: P): void => {
                    queued = a
                    if (handle !== undefined) { clearTimeout(handle) }
                    handle = setTimeout(fire, ms)
                }) as Quiet<P>
                q.cancel = () => {
                    if (handle !== undefined) clearTimeout(handle)
                    handle = undefined
                    queued = undefined
                }
                q.flush = () => { if (handle !== undefined) { clearTimeout(handle); fire() } }
                return q
            }
            """;
}
