package dev.provenance.scan;

import dev.provenance.kb.Component;
import dev.provenance.kb.KbFile;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.match.Origin;
import dev.provenance.notice.CopyrightExtractor;
import dev.provenance.notice.CopyrightStatement;
import dev.provenance.text.LineRange;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The upstream side of snippets, read from the knowledge base once per upstream file: the copyright statements of
 * its header (what a faithful copy keeps) and the lines a snippet matched (for side-by-side reports). Not
 * thread-safe; the scanner uses it after the parallel stages.
 */
final class UpstreamTexts {
    private final KnowledgeBase kb;
    private final CopyrightExtractor copyrights = new CopyrightExtractor();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, String> notices = new HashMap<>();
    private final Map<Integer, TextFile> texts = new HashMap<>();
    private final Map<Integer, List<CopyrightStatement>> headers = new HashMap<>();
    private final List<ScanIssue> issues;

    /**
     * @param needed the origins that will be asked for: only their components' files are mapped, so a scan with
     *               few snippets against a large KB reads the file table once and keeps little of it
     * @param issues where a damaged upstream text is reported (once per file)
     */
    UpstreamTexts(KnowledgeBase kb, Collection<Origin> needed, List<ScanIssue> issues) {
        this.kb = kb;
        this.issues = issues;
        Set<String> components = new HashSet<>();
        needed.forEach(o -> components.add(o.component() + '\u0000' + o.version()));
        if (components.isEmpty()) {
            return;
        }
        Set<Integer> componentIds = new HashSet<>();
        for (int id = 0; id < kb.componentCount(); id++) {
            Component component = kb.component(id);
            String key = component.name() + '\u0000' + component.version();
            if (components.contains(key)) {
                componentIds.add(id);
                if (component.notice() != null) {
                    notices.putIfAbsent(key, component.notice());
                }
            }
        }
        for (int id = 0; id < kb.fileCount(); id++) {
            KbFile file = kb.file(id);
            if (componentIds.contains(file.componentId())) {
                Component component = kb.component(file.componentId());
                ids.putIfAbsent(key(component.name(), component.version(), file.path()), id);
            }
        }
    }

    /** The copyright statements of the upstream file's header; empty when it has none or its text is unreadable. */
    List<CopyrightStatement> header(Origin origin) {
        Integer id = ids.get(key(origin));
        if (id == null) {
            return List.of();
        }
        return headers.computeIfAbsent(id, i -> {
            TextFile text = text(i);
            if (text == null) {
                return List.of();
            }
            return copyrights.extract(text, new LineRange(1, Math.min(text.lineCount(), FileAnalyser.HEADER_LINES)));
        });
    }

    /** The text of the origin component's NOTICE file; empty when it has none. */
    String notice(Origin origin) {
        return notices.getOrDefault(origin.component() + '\u0000' + origin.version(), "");
    }

    /** The upstream lines the snippet matched (each capped); empty when the text is unreadable. */
    List<String> lines(Origin origin) {
        Integer id = ids.get(key(origin));
        TextFile text = id == null ? null : text(id);
        if (text == null || origin.lines().first() > text.lineCount()) {
            return List.of();
        }
        return FileAnalyser.lines(text, origin.lines(), Integer.MAX_VALUE);
    }

    private TextFile text(int id) {
        if (texts.containsKey(id)) {
            return texts.get(id);
        }
        TextFile text;
        try {
            KbFile file = kb.file(id);
            text = new TextFile(file.path(), kb.text(id));
        } catch (IOException e) {
            issues.add(new ScanIssue(kb.directory().toString(), IssueCode.UNREADABLE,
                    "upstream text of " + kb.file(id).path() + " unreadable: " + e.getMessage()));
            text = null;
        }
        texts.put(id, text);
        return text;
    }

    private static String key(Origin origin) {
        return key(origin.component(), origin.version(), origin.path());
    }

    private static String key(String component, String version, String path) {
        return component + '\u0000' + version + '\u0000' + path;
    }
}
