package dev.provenance.maven;

import dev.provenance.policy.Violation;
import dev.provenance.report.NoticeContents;
import dev.provenance.report.NoticeFormat;
import dev.provenance.report.NoticeWriter;
import dev.provenance.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans a directory like {@code check} (same knowledge base, policy and exclusions) and writes the third-party notice
 * its findings call for: per upstream component its copyright lines, license name and text, and the files and lines
 * that use it, and the other third-party copyright holders found in file headers. By default
 * {@code THIRD-PARTY-NOTICES.txt} at the scanned root; an existing file is kept unless
 * {@code -Dprovenance.notice.overwrite=true}. It logs which violations the notice is expected to clear — copies
 * whose license is met by a notice in the distribution (MIT) — and which it does not (Apache-2.0 and BSD copies must
 * keep the upstream notice in the copied file).
 */
@Mojo(name = "notice", requiresProject = false, threadSafe = true)
public final class NoticeMojo extends AbstractScanMojo {
    /** The notice file to write; by default {@code THIRD-PARTY-NOTICES.txt} at the root of the scanned directory. */
    @Parameter(property = "provenance.notice.file")
    File noticeFile;

    /** {@code text} or {@code markdown}; by default Markdown for a file ending in {@code .md}, text otherwise. */
    @Parameter(property = "provenance.notice.format")
    String noticeFormat;

    /** Replace an existing notice file. */
    @Parameter(property = "provenance.notice.overwrite", defaultValue = "false")
    boolean overwrite;

    /** Skip writing the notice. */
    @Parameter(property = "provenance.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Provenance notice skipped");
            return;
        }
        Path root = root();
        Path file = noticeFile == null ? root.resolve(NoticeWriter.DEFAULT_FILE_NAME)
                : noticeFile.toPath().toAbsolutePath().normalize();
        NoticeFormat format = format(file);
        if (Files.exists(file) && !overwrite) {
            throw existing(file);
        }
        ScanResult result = scan(request(root, outputDirectory()), policy(root));
        NoticeWriter writer = NoticeWriter.standard();
        NoticeContents contents;
        try {
            contents = writer.write(result, file, format, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw existing(file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the notice file " + file + ": " + e.getMessage(), e);
        }
        if (contents.isEmpty()) {
            getLog().info("No third-party material found: no notice written");
            return;
        }
        summary(result, contents, writer.forecast(result, contents), root, file);
    }

    private NoticeFormat format(Path file) throws MojoExecutionException {
        if (noticeFormat == null || noticeFormat.isBlank()) {
            return NoticeFormat.forFileName(file.getFileName().toString());
        }
        return NoticeFormat.named(noticeFormat).orElseThrow(() -> new MojoExecutionException(
                "provenance.notice.format must be text or markdown, was '" + noticeFormat + "'"));
    }

    private static MojoExecutionException existing(Path file) {
        return new MojoExecutionException("The notice file " + file + " exists and is kept; add what it lacks by"
                + " hand, or run again with -Dprovenance.notice.overwrite=true to replace it");
    }

    private void summary(ScanResult result, NoticeContents contents, NoticeWriter.Forecast forecast, Path root,
                         Path file) {
        String shown = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
        getLog().info("Notice written: " + shown + " (" + count(contents.components().size(), "upstream component")
                + ", " + count(contents.holders().size(), "other copyright holder") + ")");
        for (NoticeContents.Component c : contents.components()) {
            String subject = c.coordinates() + " (" + (c.license().isEmpty() ? "license unknown" : c.license()) + ")";
            long open = c.uses().stream().filter(u -> !u.satisfied()).count();
            if (c.noticeSuffices()) {
                getLog().info("  " + subject + ": " + count(c.uses().size(), "copy", "copies")
                        + (open == 0 ? ", already credited" : ", the notice satisfies its license"));
            } else {
                long cleared = c.uses().stream().filter(u -> !u.satisfied() && u.noticeSuffices()).count();
                getLog().warn("  " + subject + ": a notice file does not satisfy it; keep its header in the copied"
                        + " files" + (cleared == 0 ? "" : " (" + count((int) cleared, "copy", "copies")
                        + " in files without headers are satisfied)"));
            }
        }
        for (NoticeContents.Holder h : contents.holders()) {
            getLog().info("  " + h.holder() + ": " + count(h.files().size(), "file") + ", credited in the notice");
        }
        List<Violation> kept = forecast.kept();
        getLog().info("Expected to clear " + count(forecast.cleared().size(), "violation") + "; "
                + count(kept.size(), "violation") + " about the listed copies remain" + (kept.size() == 1 ? "s" : ""));
        for (Violation v : kept) {
            getLog().warn("  remains: " + CheckMojo.line(v));
        }
        if (result.violations().size() > forecast.cleared().size() + kept.size()) {
            int other = result.violations().size() - forecast.cleared().size() - kept.size();
            getLog().info(count(other, "other violation") + " a notice does not address: run provenance:check");
        }
    }

    private static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
