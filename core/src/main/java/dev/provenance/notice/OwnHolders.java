package dev.provenance.notice;

import dev.provenance.text.LineRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The repository's own copyright holders, and why each was chosen.
 *
 * <p>The decision, in order:
 * <ol>
 * <li>{@code provenance.ownHolders} given by the user overrides everything;</li>
 * <li>otherwise the union of the holders of the root LICENSE files' statements (only those covering the license —
 *     see {@link #coveringLicense}), of the root NOTICE's own statements ({@link NoticeFile#ownStatements()}) and
 *     of the root manifests' parties (authors, organisation names as written), in that order, each holder once.
 *     The Free Software Foundation is not taken from a LICENSE file: "Copyright (C) 2007 Free Software Foundation,
 *     Inc." there is the copyright of the GPL / LGPL / AGPL / GFDL text itself, not of the project;</li>
 * <li>only when all of those are empty, the dominant holder of file headers: the holder named in the most files'
 *     headers, provided it is named in at least {@value #HEADER_SHARE_PERCENT}% of the files that have any copyright
 *     header (several holders tied for the most files are all taken). Below that share no holder speaks for the
 *     repository — the headers are a mix of vendored code — and the result stays empty rather than guessing.</li>
 * </ol>
 * Holders are compared by {@link HolderNames#key}, so "Google LLC" in a header is own when the LICENSE says
 * "Google Inc.".
 */
public final class OwnHolders {
    /** Least share of the files with a copyright header that the dominant header holder must be named in. */
    public static final int HEADER_SHARE_PERCENT = 20;
    /** How many lines above the license text a copyright statement may stand and still be the license's. */
    public static final int LINES_BEFORE_LICENSE = 10;

    /** Where an own holder was found. */
    public enum Source { USER, LICENSE, NOTICE, MANIFEST, FILE_HEADERS }

    /**
     * One own holder.
     *
     * @param name   the holder, display form
     * @param source where it was found
     * @param reason what was found, for the report ("LICENSE line 3: Copyright (c) 2020 Foo",
     *               "named in 812 of 1000 file headers")
     */
    public record OwnHolder(String name, Source source, String reason) {
        public OwnHolder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank holder name");
            }
        }
    }

    /**
     * What the scanner knows about the repository's holders.
     *
     * @param licenseStatements      statements of the root LICENSE files covering the license text (filter with
     *                               {@link #coveringLicense} when the license lines are known)
     * @param noticeStatements       the root NOTICE's {@linkplain NoticeFile#ownStatements() own statements}
     * @param manifestParties        authors and organisation names from root manifests, as written
     * @param headerHolderFileCounts for each holder named in file headers, the number of files naming it
     * @param filesWithHeaders       the number of files that have any copyright header
     * @param userOverride           {@code provenance.ownHolders}; empty when not set
     */
    public record Evidence(List<CopyrightStatement> licenseStatements, List<CopyrightStatement> noticeStatements,
                           List<String> manifestParties, Map<String, Integer> headerHolderFileCounts,
                           int filesWithHeaders, List<String> userOverride) {
        public Evidence {
            licenseStatements = List.copyOf(licenseStatements);
            noticeStatements = List.copyOf(noticeStatements);
            manifestParties = List.copyOf(manifestParties);
            headerHolderFileCounts = Map.copyOf(headerHolderFileCounts);
            userOverride = List.copyOf(userOverride);
            if (filesWithHeaders < 0) {
                throw new IllegalArgumentException("negative file count: " + filesWithHeaders);
            }
            for (Map.Entry<String, Integer> e : headerHolderFileCounts.entrySet()) {
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("negative file count for " + e.getKey());
                }
            }
        }

        /** No evidence at all. */
        public static Evidence none() {
            return new Evidence(List.of(), List.of(), List.of(), Map.of(), 0, List.of());
        }
    }

    private final List<OwnHolder> holders;
    private final List<String> keys;

    private OwnHolders(List<OwnHolder> holders) {
        this.holders = List.copyOf(holders);
        this.keys = holders.stream().map(h -> HolderNames.key(h.name())).toList();
    }

    /** Decides the own holders from the evidence (see the class comment for the order). */
    public static OwnHolders decide(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        Collector c = new Collector();
        for (String user : evidence.userOverride()) {
            c.add(user, Source.USER, "set by provenance.ownHolders");
        }
        if (!c.isEmpty()) {
            return new OwnHolders(c.list());
        }
        for (CopyrightStatement s : evidence.licenseStatements()) {
            for (String h : s.holders()) {
                if (!HolderNames.key(h).equals("free software foundation")) {
                    c.add(h, Source.LICENSE, "LICENSE line " + s.lines() + ": " + s.statement());
                }
            }
        }
        for (CopyrightStatement s : evidence.noticeStatements()) {
            for (String h : s.holders()) {
                c.add(h, Source.NOTICE, "NOTICE line " + s.lines() + ": " + s.statement());
            }
        }
        for (String party : evidence.manifestParties()) {
            c.add(party, Source.MANIFEST, "manifest party: " + party);
        }
        if (c.isEmpty()) {
            dominantHeaderHolders(evidence, c);
        }
        return new OwnHolders(c.list());
    }

    private static void dominantHeaderHolders(Evidence evidence, Collector c) {
        int total = evidence.filesWithHeaders();
        if (total == 0) {
            return;
        }
        // merge spellings of one holder; the most frequent spelling names it
        Map<String, Integer> countByKey = new LinkedHashMap<>();
        Map<String, String> nameByKey = new LinkedHashMap<>();
        Map<String, Integer> nameCount = new LinkedHashMap<>();
        evidence.headerHolderFileCounts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String key = HolderNames.key(e.getKey());
                    if (key.isEmpty()) {
                        return;
                    }
                    countByKey.merge(key, e.getValue(), Integer::sum);
                    if (e.getValue() > nameCount.getOrDefault(key, -1)) {
                        nameByKey.put(key, HolderNames.display(e.getKey()));
                        nameCount.put(key, e.getValue());
                    }
                });
        int max = countByKey.values().stream().max(Comparator.naturalOrder()).orElse(0);
        int named = Math.min(max, total);
        if (named == 0 || named * 100L < (long) HEADER_SHARE_PERCENT * total) {
            return;
        }
        countByKey.entrySet().stream()
                .filter(e -> e.getValue() == max)
                .map(e -> nameByKey.get(e.getKey()))
                .sorted()
                .forEach(name -> c.add(name, Source.FILE_HEADERS,
                        "named in " + named + " of " + total + " file headers"));
    }

    /**
     * The statements of a LICENSE file that belong to its license: those inside {@code licenseLines} or at most
     * {@value #LINES_BEFORE_LICENSE} lines above it; statements in third-party sections appended after the license
     * text are left out. With {@code licenseLines == null} (the license text was not located) all are kept.
     */
    public static List<CopyrightStatement> coveringLicense(List<CopyrightStatement> statements,
                                                           LineRange licenseLines) {
        if (licenseLines == null) {
            return List.copyOf(statements);
        }
        int from = licenseLines.first() - LINES_BEFORE_LICENSE;
        return statements.stream()
                .filter(s -> s.lines().first() >= from && s.lines().first() <= licenseLines.last())
                .toList();
    }

    /** The own holders with their reasons; empty when nothing speaks for the repository. */
    public List<OwnHolder> holders() {
        return holders;
    }

    /** The own holders' names. */
    public List<String> names() {
        return holders.stream().map(OwnHolder::name).toList();
    }

    /** Whether {@code holder} is one of the own holders under the {@linkplain HolderNames#key holder key}. */
    public boolean isOwn(String holder) {
        String key = HolderNames.key(holder);
        return !key.isEmpty() && keys.contains(key);
    }

    @Override
    public String toString() {
        return names().toString();
    }

    /** Collects holders once per key, first reason wins. */
    private static final class Collector {
        private final Map<String, OwnHolder> byKey = new LinkedHashMap<>();

        void add(String raw, Source source, String reason) {
            String name = HolderNames.display(raw);
            String key = HolderNames.key(name);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, new OwnHolder(name, source, reason));
            }
        }

        boolean isEmpty() {
            return byKey.isEmpty();
        }

        List<OwnHolder> list() {
            return new ArrayList<>(byKey.values());
        }
    }
}
