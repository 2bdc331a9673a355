package dev.provenance.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pre-filter of full license texts: for every current (not deprecated) license on the bundled SPDX list, the set
 * of word shingles ({@value #SHINGLE} consecutive {@link LicenseWords}) of its standard template, built once and
 * immutable afterwards. Core's build stores it ({@link PrecomputedLicenseIndex}); a run reads it back.
 *
 * <p>Template markup is read as follows: text inside {@code <<beginOptional>>…<<endOptional>>} gives
 * <em>optional</em> shingles (they explain a text, but a text need not have them); a {@code <<var>>} whose match is
 * open-ended ({@code .+}, {@code .{0,5000}}: the copyright line, list bullets, a holder's name) is a gap no shingle
 * crosses; any other {@code <<var>>} (a closed list of alternatives such as "Software|Materials") stands for its
 * original text. Every other shingle is <em>required</em>; the share of a license's required shingles found in a
 * text is its containment.
 *
 * <p>The index is one sorted {@code long[]} of postings {@code hash(51 bits) | required(1) | license(11)}, non-negative so that signed order is hash order, with a
 * directory of distinct hashes, so a look-up is a binary search and the whole index is a few megabytes.
 */
final class LicenseTemplateIndex {
    static final int SHINGLE = 4;
    private static final int LICENSE_BITS = 11;
    private static final int LICENSE_MASK = (1 << LICENSE_BITS) - 1;
    private static final int REQUIRED_BIT = 1 << LICENSE_BITS;

    private final List<String> ids;
    private final int[] requiredCounts;
    private final long[] keys;
    private final int[] offsets;
    private final short[] postings;

    private LicenseTemplateIndex(List<String> ids, int[] requiredCounts, long[] keys, int[] offsets,
                                 short[] postings) {
        this.ids = List.copyOf(ids);
        this.requiredCounts = requiredCounts;
        this.keys = keys;
        this.offsets = offsets;
        this.postings = postings;
    }

    /**
     * An index read back from its parts (see {@link PrecomputedLicenseIndex}), which it takes over (the caller must
     * not keep them), checked for consistency: keys strictly ascending and non-negative, offsets ascending from 0 to
     * the number of postings, postings naming a license.
     *
     * @throws IllegalArgumentException when the parts do not make an index
     */
    static LicenseTemplateIndex of(List<String> ids, int[] requiredCounts, long[] keys, int[] offsets,
                                   short[] postings) {
        int licenses = ids.size();
        if (licenses > LICENSE_MASK || requiredCounts.length != licenses || offsets.length != keys.length + 1
                || offsets[0] != 0 || offsets[keys.length] != postings.length) {
            throw new IllegalArgumentException("inconsistent license template index");
        }
        long previous = -1;
        int previousOffset = 0;
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            int offset = offsets[i + 1];
            if (key <= previous || offset <= previousOffset) {
                throw new IllegalArgumentException("inconsistent license template index at entry " + i);
            }
            previous = key;
            previousOffset = offset;
        }
        int unknownBits = 0;
        int maxLicense = 0;
        for (short posting : postings) {
            unknownBits |= posting & ~(LICENSE_MASK | REQUIRED_BIT);
            maxLicense = Math.max(maxLicense, posting & LICENSE_MASK);
        }
        if (unknownBits != 0 || (postings.length > 0 && maxLicense >= licenses)) {
            throw new IllegalArgumentException("license template index postings out of range");
        }
        return new LicenseTemplateIndex(ids, requiredCounts, keys, offsets, postings);
    }

    /** One license to index: its id and standard template. */
    record Template(String id, String template) {
    }

    /** The index of every current license of {@code catalog}, read through spdx-java-library (about a second). */
    static LicenseTemplateIndex build(LicenseCatalog catalog) {
        List<Template> templates = new ArrayList<>();
        for (String id : catalog.currentIds()) {
            templates.add(new Template(id, catalog.template(id)));
        }
        return build(templates);
    }

    static LicenseTemplateIndex build(List<Template> templates) {
        if (templates.size() > LICENSE_MASK) {
            throw new IllegalArgumentException("too many licenses to index: " + templates.size());
        }
        List<String> ids = new ArrayList<>(templates.size());
        int[] requiredCounts = new int[templates.size()];
        long[] packed = new long[1 << 16];
        int count = 0;
        for (int license = 0; license < templates.size(); license++) {
            Template t = templates.get(license);
            ids.add(t.id());
            long[] shingles = shingles(t.template());
            // shingles: (hash << 1) | required; keep one per hash, required wins
            Arrays.sort(shingles);
            int required = 0;
            for (int i = 0; i < shingles.length; i++) {
                long hash = shingles[i] >>> 1;
                boolean isRequired = (shingles[i] & 1) == 1;
                if (i + 1 < shingles.length && shingles[i + 1] >>> 1 == hash) {
                    continue; // the later (required, if any) entry of the same hash is kept
                }
                if (count == packed.length) {
                    packed = Arrays.copyOf(packed, count * 2);
                }
                packed[count++] = (hash << 12) | (isRequired ? REQUIRED_BIT : 0) | license;
                if (isRequired) {
                    required++;
                }
            }
            requiredCounts[license] = required;
        }
        Arrays.sort(packed, 0, count);
        long[] keys = new long[count];
        int[] offsets = new int[count + 1];
        short[] postings = new short[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long hash = packed[i] >>> 12;
            if (distinct == 0 || keys[distinct - 1] != hash) {
                keys[distinct] = hash;
                offsets[distinct] = i;
                distinct++;
            }
            postings[i] = (short) (packed[i] & 0xFFF);
        }
        offsets[distinct] = count;
        return new LicenseTemplateIndex(ids, requiredCounts, Arrays.copyOf(keys, distinct),
                Arrays.copyOf(offsets, distinct + 1), postings);
    }

    int size() {
        return ids.size();
    }

    String id(int license) {
        return ids.get(license);
    }

    int requiredCount(int license) {
        return requiredCounts[license];
    }

    int distinctShingles() {
        return keys.length;
    }

    /** The shingle hash of directory entry {@code entry}; entries are in ascending hash order. */
    long key(int entry) {
        return keys[entry];
    }

    int postingCount() {
        return postings.length;
    }

    /** Position in the directory of {@code hash}, or -1. */
    int find(long hash) {
        int i = Arrays.binarySearch(keys, hash);
        return i < 0 ? -1 : i;
    }

    int postingsStart(int entry) {
        return offsets[entry];
    }

    int postingsEnd(int entry) {
        return offsets[entry + 1];
    }

    static int license(int posting) {
        return posting & LICENSE_MASK;
    }

    static boolean required(int posting) {
        return (posting & REQUIRED_BIT) != 0;
    }

    short posting(int i) {
        return postings[i];
    }

    /** Same licenses in the same order, same shingles, same postings. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LicenseTemplateIndex o && ids.equals(o.ids)
                && Arrays.equals(requiredCounts, o.requiredCounts) && Arrays.equals(keys, o.keys)
                && Arrays.equals(offsets, o.offsets) && Arrays.equals(postings, o.postings);
    }

    @Override
    public int hashCode() {
        return 31 * ids.hashCode() + Arrays.hashCode(keys);
    }

    /** The shingles of a template as {@code (hash << 1) | required}. */
    static long[] shingles(String template) {
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        StringBuilder segment = new StringBuilder();
        StringBuilder optionalMask = new StringBuilder();
        int optional = 0;
        int i = 0;
        int n = template.length();
        while (i < n) {
            int tag = template.indexOf("<<", i);
            int textEnd = tag < 0 ? n : tag;
            for (int k = i; k < textEnd; k++) {
                segment.append(template.charAt(k));
                optionalMask.append(optional > 0 ? '1' : '0');
            }
            if (tag < 0) {
                break;
            }
            if (template.startsWith("<<beginOptional", tag)) {
                int end = template.indexOf(">>", tag);
                i = end < 0 ? n : end + 2;
                optional++;
            } else if (template.startsWith("<<endOptional", tag)) {
                int end = template.indexOf(">>", tag);
                i = end < 0 ? n : end + 2;
                optional = Math.max(0, optional - 1);
            } else if (template.startsWith("<<var", tag)) {
                int end = template.indexOf("\">>", tag);
                end = end < 0 ? n : end + 3;
                String var = template.substring(tag, end);
                String original = attribute(var, "original");
                String match = attribute(var, "match");
                if (original == null || match == null || openEnded(match)) {
                    long[] part = segmentShingles(segment, optionalMask);
                    parts.add(part);
                    total += part.length;
                    segment.setLength(0);
                    optionalMask.setLength(0);
                } else {
                    for (int k = 0; k < original.length(); k++) {
                        segment.append(original.charAt(k));
                        optionalMask.append(optional > 0 ? '1' : '0');
                    }
                }
                i = end;
            } else {
                segment.append("<<");
                optionalMask.append("00");
                i = tag + 2;
            }
        }
        long[] last = segmentShingles(segment, optionalMask);
        parts.add(last);
        total += last.length;
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static boolean openEnded(String match) {
        return match.contains(".+") || match.contains(".*") || match.contains(".{") || match.contains("\\S+")
                || match.contains("\\s+.+");
    }

    private static String attribute(String var, String name) {
        String key = name + "=\"";
        int start = var.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        int end = var.indexOf("\";", start);
        if (end < 0) {
            end = var.indexOf("\">>", start);
        }
        return end < 0 ? null : var.substring(start, end);
    }

    private static long[] segmentShingles(CharSequence segment, CharSequence optionalMask) {
        LicenseWords words = LicenseWords.of(segment, 0, segment.length());
        int count = words.count() - SHINGLE + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] out = new long[count];
        for (int w = 0; w < count; w++) {
            boolean optional = false;
            for (int j = 0; j < SHINGLE && !optional; j++) {
                optional = optionalMask.charAt(words.start(w + j)) == '1';
            }
            out[w] = (words.shingle(w, SHINGLE) << 1) | (optional ? 0 : 1);
        }
        return out;
    }
}
