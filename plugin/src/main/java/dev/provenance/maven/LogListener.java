package dev.provenance.maven;

import dev.provenance.scan.ScanListener;
import dev.provenance.scan.ScanProgress;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** Core's scan events on Maven's log. */
final class LogListener implements ScanListener {
    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void inventoried(int files, int excluded) {
        log.info("Inventory: " + files + " files to analyse, " + excluded + " paths excluded");
    }

    @Override
    public void matching(String knowledgeBase, int components, int files) {
        log.info("Knowledge base: " + knowledgeBase + " (" + components + " component" + (components == 1 ? "" : "s")
                + ", " + files + " file" + (files == 1 ? "" : "s") + ")");
    }

    @Override
    public void progress(ScanProgress p) {
        log.info(String.format(Locale.ROOT, "Progress: %d/%d files, %.1f MiB/s, %d s elapsed",
                p.filesDone(), p.filesTotal(), p.mebibytesPerSecond(), p.elapsed().toSeconds()));
    }
}
