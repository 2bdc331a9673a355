package dev.provenance.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which upstream file a region is credited to when several indexed files propose it, in this order:
 * <ol>
 *   <li><b>The upstream over a vendored copy.</b> An indexed file is taken for a vendored copy when a directory of
 *       its path is a vendoring directory ({@link #VENDOR_DIRECTORIES}: {@code third_party/}, {@code vendor/},
 *       {@code _vendor/}, {@code external/}, {@code node_modules/} …), or when it names another proposing
 *       component: a directory of its path equals the short name of that other component (the part of the name after
 *       the last {@code :} or {@code /}, compared case-insensitively with {@code -} and {@code _} alike) while the
 *       other's path does not name it back. spring-core's {@code org/springframework/asm/ClassReader.java} names
 *       {@code org.ow2.asm:asm}, whose own {@code org/objectweb/asm/ClassReader.java} does not name spring-core: the
 *       ASM file is the upstream. A short name that is a common directory name (a component called {@code core})
 *       can misfire; it only ever decides between files that both match.</li>
 *   <li><b>The better match.</b> The higher {@link #agreement}: matched tokens less the tokens left unmatched on
 *       either side. When releases differ inside the copied region, the one the copy agrees with most is the one it
 *       came from; of two overlapping snippets, the larger is kept whole. On a tie, more tokens kept verbatim
 *       (an exact copy of one file beats a renamed look-alike of another), then more equal comments inside the
 *       snippet (releases whose code is the same but whose comments were edited: the copy carries the comments of
 *       the release it was taken from).</li>
 *   <li><b>The earliest release</b> ({@link VersionOrder}): the same code, comments included, in several releases
 *       was first published in the earliest.</li>
 *   <li>Then component name, version text, path, upstream position and file id, so that the choice never depends on
 *       the order of work.</li>
 * </ol>
 */
final class OriginPreference {
    /** Directory names under which projects keep other projects' code. */
    static final Set<String> VENDOR_DIRECTORIES = Set.of("third_party", "thirdparty", "3rdparty", "3rd_party",
            "vendor", "vendors", "vendored", "_vendor", "external", "externals", "extern", "deps", "node_modules",
            "bundled");

    private OriginPreference() {
    }

    /** Whether a directory of {@code path} (not its file name) is a vendoring directory. */
    static boolean inVendorDirectory(String path) {
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                return false;
            }
            if (VENDOR_DIRECTORIES.contains(normalize(path.substring(start, slash)))) {
                return true;
            }
            start = slash + 1;
        }
    }

    /** The part of a component name after its last {@code :} or {@code /}, normalised. */
    static String shortName(String componentName) {
        int cut = Math.max(componentName.lastIndexOf(':'), componentName.lastIndexOf('/'));
        return normalize(componentName.substring(cut + 1));
    }

    /** Whether a directory of {@code path} is {@code shortName}. */
    static boolean namesDirectory(String path, String shortName) {
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                return false;
            }
            if (normalize(path.substring(start, slash)).equals(shortName)) {
                return true;
            }
            start = slash + 1;
        }
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Per proposal: whether it is a vendored copy among the proposals overlapping it. */
    static boolean[] vendored(List<Proposal> proposals) {
        int n = proposals.size();
        boolean[] result = new boolean[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = shortName(proposals.get(i).component().name());
            result[i] = inVendorDirectory(proposals.get(i).file().path());
        }
        for (int i = 0; i < n; i++) {
            if (result[i]) {
                continue;
            }
            Proposal s = proposals.get(i);
            for (int j = 0; j < n && !result[i]; j++) {
                Proposal t = proposals.get(j);
                if (names[i].equals(names[j]) || s.component().name().equals(t.component().name())
                        || !s.overlaps(t)) {
                    continue;
                }
                result[i] = namesDirectory(s.file().path(), names[j])
                        && !namesDirectory(t.file().path(), names[i]);
            }
        }
        return result;
    }

    /** Matched tokens less unmatched tokens of both sides: {@code 3 * matched - scanned seeds - upstream seeds}. */
    static long agreement(Verifier.Verdict v) {
        return 3L * v.matched() - (v.queryLast() - v.queryFirst() + 1) - (v.upstreamLast() - v.upstreamFirst() + 1);
    }

    /** The proposals in order of preference (see the class documentation). */
    static List<Proposal> rank(List<Proposal> proposals) {
        boolean[] vendored = vendored(proposals);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byVendored = Comparator.comparing(i -> vendored[i]);
        Comparator<Proposal> rest = Comparator.comparingLong((Proposal p) -> -agreement(p.verdict()))
                .thenComparingInt(p -> -p.verdict().verbatim())
                .thenComparingInt(p -> -p.verdict().comments())
                .thenComparing(p -> p.component().version(), VersionOrder.INSTANCE)
                .thenComparing(p -> p.component().name())
                .thenComparing(p -> p.component().version())
                .thenComparing(p -> p.file().path())
                .thenComparingInt(p -> p.verdict().upstreamFirst())
                .thenComparingInt(p -> p.verdict().queryFirst())
                .thenComparingInt(p -> p.file().id());
        order.sort(byVendored.thenComparing((a, b) -> rest.compare(proposals.get(a), proposals.get(b))));
        List<Proposal> ranked = new ArrayList<>(proposals.size());
        for (int i : order) {
            ranked.add(proposals.get(i));
        }
        return ranked;
    }
}
