package dev.provenance.quality;

import dev.provenance.inventory.Language;
import dev.provenance.kb.KnowledgeBase;
import dev.provenance.lex.Lexers;
import dev.provenance.match.KnowledgeBaseMatcher;
import dev.provenance.match.MatchParameters;
import dev.provenance.match.SnippetMatch;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real-world sources for the quality tests: the {@code -sources.jar} files core/pom.xml declares as test-scoped
 * dependencies (found on the test class path through a file each holds), read or unpacked at test time, never
 * committed.
 */
final class RealSources {
    private RealSources() {
    }

    /** The sources jar on the test class path that holds {@code resource}. */
    static Path jarHolding(String resource) {
        URL url = RealSources.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            throw new IllegalStateException(resource + " is not in a jar on the test class path: " + url
                    + " (core/pom.xml declares the sources jars as test dependencies)");
        }
        String spec = url.getPath();
        try {
            return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + url, e);
        }
    }

    /** The {@code .java} files of a jar: entry name → text (UTF-8), sorted by name. */
    static Map<String, String> javaFiles(Path jar) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(".java")) {
                    files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** Unpacks the regular entries of {@code jar} under {@code target} (names with {@code ..} refused). */
    static void unpack(Path jar, Path target) throws IOException {
        try (InputStream raw = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("unsafe entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
    }

    /** A matcher with the real lexers and the default parameters. */
    static KnowledgeBaseMatcher matcher(KnowledgeBase kb) throws IOException {
        return new KnowledgeBaseMatcher(kb, Lexers::forLanguage, MatchParameters.DEFAULT);
    }

    /** Matches every file (path → text) on two threads; path → its snippets. */
    static Map<String, List<SnippetMatch>> matchAll(KnowledgeBaseMatcher matcher, Map<String, String> files,
                                                    Language language) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<List<SnippetMatch>>> pending = new TreeMap<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                pending.put(f.getKey(), pool.submit(() -> matcher.match(f.getKey(),
                        new TextFile(f.getKey(), f.getValue()), language)));
            }
            Map<String, List<SnippetMatch>> results = new TreeMap<>();
            for (Map.Entry<String, Future<List<SnippetMatch>>> p : pending.entrySet()) {
                results.put(p.getKey(), p.getValue().get());
            }
            return Collections.unmodifiableMap(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every snippet of {@code results}, in path order. */
    static List<SnippetMatch> all(Map<String, List<SnippetMatch>> results) {
        List<SnippetMatch> all = new ArrayList<>();
        results.values().forEach(all::addAll);
        return all;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
