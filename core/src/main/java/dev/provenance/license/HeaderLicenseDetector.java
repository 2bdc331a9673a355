package dev.provenance.license;

import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the license statements of a file header: {@code SPDX-License-Identifier:} tags and {@code @license} tags in
 * any comment syntax, and the standard notices that apply a license to a file.
 *
 * <p>Tags: the value is parsed as an SPDX expression and normalised ({@code GPL-2.0+} → {@code GPL-2.0-or-later});
 * an invalid expression gives a finding with {@code known == false} and the value as written. {@code @license}
 * values (JSDoc) may also be license names.
 *
 * <p>Notices, read over the header's prose ({@link HeaderText}: comment markers stripped, lines joined, so a notice
 * wrapped over lines is found): Apache ("Licensed under the Apache License, Version 2.0"); GNU GPL, LGPL (Lesser and
 * Library) and AGPL with the version that follows the name, {@code -or-later} when "or (at your option) any later
 * version" follows and {@code -only} otherwise (a GNU license named without a version is not reported); the MIT permission notice and "licensed
 * (released) under the MIT license"; BSD clause lists, named by their conditions (an advertising clause makes
 * BSD-4-Clause, an endorsement clause BSD-3-Clause, a binary-form clause BSD-2-Clause, a source clause alone
 * BSD-1-Clause); MPL 1.1/2.0; EPL 1.0/2.0; ISC (0BSD when the "appear in all copies" condition is absent); Boost;
 * the Unlicense.
 *
 * <p>Pointers such as "Use of this source code is governed by a BSD-style license that can be found in the LICENSE
 * file" (Go, Chromium) do not name a license: they are reported unresolved, as expression {@code BSD-style} (the
 * style as written), {@code known == false}, {@code declaredAs} the sentence — the referenced LICENSE file's own
 * finding says what it is, and resolving the pointer is the scanner's business.
 *
 * <p>Only the given header region is read, each line capped at {@value HeaderText#MAX_LINE} characters; the search
 * is a fixed number of {@code indexOf} passes and linear regular expressions over it.
 */
public final class HeaderLicenseDetector {
    private static final String SPDX_TAG = "spdx-license-identifier:";
    private static final String LICENSE_TAG = "@license";
    private static final int MAX_HEADER_LINES = 400;
    private static final int GNU_WINDOW = 400;
    private static final int BSD_WINDOW = 1_500;
    /**
     * Lines read past the last trigger word: every notice's phrases end within a few lines of one (a BSD clause
     * list ends at its disclaimer, an MIT grant at "shall be included in all copies").
     */
    private static final int TRIGGER_MARGIN = 10;
    /** Trigger words: the lower-case first letter, then the rest in the spellings searched for. */
    private static final String[][] TRIGGER_WORDS = {
        {"l", "icen", "ICEN"}, {"p", "ermission", "ERMISSION"}, {"r", "edistribution", "EDISTRIBUTION"},
        {"u", "nencumbered", "NENCUMBERED"}};

    /** Notices recognised by one phrase of the normalised prose. */
    private static final List<PhraseRule> PHRASES = List.of(
            new PhraseRule("Apache-2.0", "under the apache license version 2.0"),
            new PhraseRule("Apache-2.0", "under the apache license 2.0"),
            new PhraseRule("Apache-2.0", "under the apache license v2.0"),
            new PhraseRule("Apache-2.0", "under apache license version 2.0"),
            new PhraseRule("Apache-2.0", "under apache license 2.0"),
            new PhraseRule("Apache-2.0", "under the apache 2.0 license"),
            new PhraseRule("Apache-2.0", "under apache 2.0"),
            new PhraseRule("Apache-2.0", "under the apache license version 2 0"),
            new PhraseRule("Apache-1.1", "the apache software license version 1.1"),
            new PhraseRule("MIT", "under the mit license"),
            new PhraseRule("MIT", "under mit license"),
            new PhraseRule("MIT", "under the terms of the mit license"),
            new PhraseRule("MIT", "under the mit expat license"),
            new PhraseRule("MPL-2.0", "subject to the terms of the mozilla public license v 2.0"),
            new PhraseRule("MPL-2.0", "mozilla public license version 2.0"),
            new PhraseRule("MPL-2.0", "mozilla public license v2.0"),
            new PhraseRule("MPL-1.1", "mozilla public license version 1.1"),
            new PhraseRule("BSL-1.0", "boost software license version 1.0"),
            new PhraseRule("Unlicense", "this is free and unencumbered software released into the public domain"));

    private static final Pattern EPL = Pattern.compile(
            "eclipse public license (?:v |version |v)?([12])\\.0");
    private static final Pattern GNU = Pattern.compile(
            "gnu (general|lesser general|library general|affero general) public license");
    private static final Pattern GNU_VERSION = Pattern.compile("\\b(?:version|v) ?([123](?:\\.[01])?)\\b");
    private static final Pattern STYLE_POINTER = Pattern.compile(
            "governed by an? ([a-z0-9]{1,20}) (style )?license that can be found in the license file");
    private static final Pattern FOUND_POINTER = Pattern.compile(
            "under the ([a-z0-9]{1,20}) (style )?license found in the license file");

    private final LicenseCatalog catalog;

    public HeaderLicenseDetector(LicenseCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** A detector over {@link LicenseCatalog#bundled()}. */
    public static HeaderLicenseDetector standard() {
        return new HeaderLicenseDetector(LicenseCatalog.bundled());
    }

    /**
     * The license statements in lines {@code header} of {@code file} (clipped to the file), in line order: tags as
     * {@link LicenseSource#SPDX_TAG} (or {@link LicenseSource#HEADER_NOTICE} for {@code @license}), notices as
     * {@link LicenseSource#HEADER_NOTICE}, each with the lines it spans.
     */
    public List<LicenseFinding> detect(TextFile file, LineRange header) {
        if (header.first() > file.lineCount()) {
            return List.of();
        }
        LineRange region = new LineRange(header.first(),
                Math.min(Math.min(header.last(), file.lineCount()), header.first() + MAX_HEADER_LINES - 1));
        Triggers triggers = triggers(file, region);
        if (triggers.last < 0) {
            return List.of(); // no tag or notice without one of the trigger words: most files end here cheaply
        }
        List<LicenseFinding> findings = new ArrayList<>();
        tags(file, triggers.licenseLines, findings);
        LineRange prose = new LineRange(region.first(), Math.min(region.last(), triggers.last + TRIGGER_MARGIN));
        notices(HeaderText.of(file, prose), findings);
        findings.sort(Comparator.comparingInt((LicenseFinding f) -> f.lines().first())
                .thenComparing(LicenseFinding::expression));
        return List.copyOf(findings);
    }

    /**
     * The lines of {@code region} holding a word every tag and notice contains — "licen" (license, licence,
     * licensed, SPDX-License-Identifier, {@code @license}), "permission", "redistribution" or "unencumbered" in lower,
     * title or upper case — found with {@code indexOf} over the raw region (hits past a line's first
     * {@value HeaderText#MAX_LINE} characters do not count).
     */
    private static Triggers triggers(TextFile file, LineRange region) {
        String text = file.text();
        int from = file.lineStart(region.first());
        int to = region.last() < file.lineCount() ? file.lineStart(region.last() + 1) : text.length();
        Triggers found = new Triggers();
        boolean[] license = new boolean[region.length()];
        for (String[] word : TRIGGER_WORDS) {
            for (int variant = 1; variant < word.length; variant++) {
                String tail = word[variant];
                int at = text.indexOf(tail, from);
                while (at >= 0 && at < to) {
                    int line = file.lineOf(at);
                    int lineStart = file.lineStart(line);
                    if (at > lineStart && (text.charAt(at - 1) | 0x20) == word[0].charAt(0)
                            && at - lineStart < HeaderText.MAX_LINE) {
                        found.last = Math.max(found.last, line);
                        if (word == TRIGGER_WORDS[0]) {
                            license[line - region.first()] = true;
                        }
                    }
                    int next = line < file.lineCount() ? file.lineStart(line + 1) : text.length();
                    at = next >= to ? -1 : text.indexOf(tail, next);
                }
            }
        }
        for (int i = 0; i < license.length; i++) {
            if (license[i]) {
                found.licenseLines.add(region.first() + i);
            }
        }
        return found;
    }

    /** Lines with trigger words: those naming a license (where tags can be), and the last one of any kind. */
    private static final class Triggers {
        final List<Integer> licenseLines = new ArrayList<>();
        int last = -1;
    }

    private void tags(TextFile file, List<Integer> lines, List<LicenseFinding> findings) {
        for (int line : lines) {
            String raw = file.line(line);
            String text = raw.length() > HeaderText.MAX_LINE ? raw.substring(0, HeaderText.MAX_LINE) : raw;
            String lower = text.toLowerCase(Locale.ROOT);
            int spdx = lower.indexOf(SPDX_TAG);
            if (spdx >= 0) {
                String value = HeaderText.stripMarkers(text.substring(spdx + SPDX_TAG.length()));
                if (!value.isEmpty()) {
                    String expression = catalog.parseExpression(value).orElse(null);
                    findings.add(new LicenseFinding(expression == null ? value : expression, LicenseSource.SPDX_TAG,
                            LineRange.of(line), expression != null, value));
                }
                continue;
            }
            int tag = lower.indexOf(LICENSE_TAG);
            if (tag >= 0 && (tag + LICENSE_TAG.length() == lower.length()
                    || Character.isWhitespace(lower.charAt(tag + LICENSE_TAG.length())))) {
                String value = HeaderText.stripMarkers(text.substring(tag + LICENSE_TAG.length()));
                if (!value.isEmpty()) {
                    findings.add(catalog.normalize(value).toFinding(LicenseSource.HEADER_NOTICE, LineRange.of(line)));
                }
            }
        }
    }

    private void notices(HeaderText header, List<LicenseFinding> findings) {
        String text = header.text();
        if (!text.contains("license") && !text.contains("permission") && !text.contains("redistribution")
                && !text.contains("unencumbered")) {
            return; // every notice below names one of these words: most headers are copyright lines alone
        }
        for (PhraseRule rule : PHRASES) {
            int at = text.indexOf(rule.phrase);
            if (at >= 0) {
                add(findings, rule.expression, header, at, at + rule.phrase.length(), rule.phrase);
            }
        }
        Matcher epl = EPL.matcher(text);
        if (text.contains("eclipse public license") && epl.find()) {
            add(findings, "EPL-" + epl.group(1) + ".0", header, epl.start(), epl.end(), epl.group());
        }
        gnu(header, findings);
        mit(header, findings);
        bsd(header, findings);
        isc(header, findings);
        if (text.contains("found in the license file")) {
            pointer(header, STYLE_POINTER, findings);
            pointer(header, FOUND_POINTER, findings);
        }
    }

    /**
     * A pointer to the LICENSE file: "governed by a BSD-style license that can be found in the LICENSE file" (Go,
     * Chromium), "licensed under the BSD-style license found in the LICENSE file in the root directory of this
     * source tree" (Meta). A name that is an SPDX id on its own, without "style" ("the MIT license found in …"),
     * is that license; any other ("BSD", "BSD-style") is reported unresolved as {@code NAME-style}.
     */
    private void pointer(HeaderText header, Pattern pattern, List<LicenseFinding> findings) {
        Matcher pointer = pattern.matcher(header.text());
        if (!pointer.find()) {
            return;
        }
        String name = pointer.group(1).toUpperCase(Locale.ROOT);
        if (pointer.group(2) == null && catalog.isListed(name)) {
            add(findings, name, header, pointer.start(), pointer.end(), pointer.group());
            return;
        }
        String style = name + "-style";
        for (LicenseFinding f : findings) {
            if (f.expression().equals(style) && !f.known()) {
                return;
            }
        }
        findings.add(new LicenseFinding(style, LicenseSource.HEADER_NOTICE,
                header.lines(pointer.start(), pointer.end()), false, pointer.group()));
    }

    private void gnu(HeaderText header, List<LicenseFinding> findings) {
        String text = header.text();
        Matcher name = GNU.matcher(text);
        int from = 0;
        while (from < text.length() && name.find(from)) {
            int windowEnd = Math.min(text.length(), name.end() + GNU_WINDOW);
            String after = text.substring(name.end(), windowEnd);
            Matcher version = GNU_VERSION.matcher(after);
            String v = null;
            int end = name.end();
            if (version.find()) {
                v = version.group(1);
                end = name.end() + version.end();
            }
            if (v != null) {
                String family = switch (name.group(1)) {
                    case "general" -> "GPL";
                    case "affero general" -> "AGPL";
                    default -> "LGPL";
                };
                String number = v.indexOf('.') < 0 ? v + ".0" : v;
                int laterAt = later(after);
                boolean orLater = laterAt >= 0;
                if (orLater) {
                    end = Math.max(end, name.end() + laterAt);
                }
                String id = family + "-" + number + (orLater ? "-or-later" : "-only");
                if (catalog.isListed(id)) {
                    add(findings, id, header, name.start(), end, text.substring(name.start(), end));
                }
            }
            from = name.end();
        }
    }

    /** End offset in {@code after} of an "or (at your option) any later version" clause, or -1. */
    private static int later(String after) {
        for (String phrase : List.of("any later version", "or later version", "or any later", " or later")) {
            int at = after.indexOf(phrase);
            if (at >= 0) {
                return at + phrase.length();
            }
        }
        int plus = after.indexOf('+');
        return plus >= 0 && plus < 12 ? plus + 1 : -1;
    }

    private void mit(HeaderText header, List<LicenseFinding> findings) {
        String text = header.text();
        String grant = "permission is hereby granted free of charge to any person obtaining a copy";
        int at = text.indexOf(grant);
        if (at < 0) {
            return;
        }
        int end = at + grant.length();
        String tail = "shall be included in all copies or substantial portions";
        int included = text.indexOf(tail, end);
        if (included >= 0 && included - end < 1_000) {
            end = included + tail.length();
        }
        add(findings, "MIT", header, at, end, "Permission is hereby granted, free of charge, to any person "
                + "obtaining a copy");
    }

    private void bsd(HeaderText header, List<LicenseFinding> findings) {
        String text = header.text();
        String intro = "redistribution and use in source and binary forms with or without modification are "
                + "permitted provided that the following conditions are met";
        int at = text.indexOf(intro);
        if (at < 0) {
            return;
        }
        int windowEnd = Math.min(text.length(), at + intro.length() + BSD_WINDOW);
        int disclaimer = firstOf(text, at + intro.length(), windowEnd,
                "this software is provided by", "the software is provided", "in no event shall");
        int conditionsEnd = disclaimer >= 0 ? disclaimer : windowEnd;
        String conditions = text.substring(at + intro.length(), conditionsEnd);
        boolean source = conditions.contains("redistributions of source code must retain");
        boolean binary = conditions.contains("redistributions in binary form must reproduce");
        boolean endorse = conditions.contains("to endorse or promote");
        boolean advertising = conditions.contains("all advertising materials mentioning");
        String id;
        if (advertising) {
            id = "BSD-4-Clause";
        } else if (endorse) {
            id = "BSD-3-Clause";
        } else if (binary) {
            id = "BSD-2-Clause";
        } else if (source) {
            id = "BSD-1-Clause";
        } else {
            return;
        }
        int end = disclaimer >= 0 ? disclaimer : conditionsEnd;
        add(findings, id, header, at, end, "Redistribution and use in source and binary forms, with or without "
                + "modification, are permitted provided that the following conditions are met");
    }

    private void isc(HeaderText header, List<LicenseFinding> findings) {
        String text = header.text();
        String grant = "permission to use copy modify and or distribute this software for any purpose with or "
                + "without fee is hereby granted";
        int at = text.indexOf(grant);
        if (at < 0) {
            return;
        }
        int end = at + grant.length();
        String condition = "provided that the above copyright notice and this permission notice appear in all copies";
        int provided = text.indexOf(condition, end);
        boolean isc = provided >= 0 && provided - end < 20;
        add(findings, isc ? "ISC" : "0BSD", header, at, isc ? provided + condition.length() : end,
                "Permission to use, copy, modify, and/or distribute this software for any purpose with or without "
                        + "fee is hereby granted");
    }

    private static int firstOf(String text, int from, int to, String... phrases) {
        int best = -1;
        for (String phrase : phrases) {
            int at = text.indexOf(phrase, from);
            if (at >= 0 && at < to && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** Adds a notice finding; a license already found in the header gets its lines extended instead. */
    private static void add(List<LicenseFinding> findings, String expression, HeaderText header, int start, int end,
                            String declaredAs) {
        LineRange lines = header.lines(start, end);
        for (int i = 0; i < findings.size(); i++) {
            LicenseFinding f = findings.get(i);
            if (f.source() == LicenseSource.HEADER_NOTICE && f.expression().equals(expression)) {
                findings.set(i, new LicenseFinding(expression, f.source(), f.lines().span(lines), f.known(),
                        f.declaredAs()));
                return;
            }
        }
        findings.add(new LicenseFinding(expression, LicenseSource.HEADER_NOTICE, lines, true, declaredAs));
    }

    private record PhraseRule(String expression, String phrase) {
    }
}
