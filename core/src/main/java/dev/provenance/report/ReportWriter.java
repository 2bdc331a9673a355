package dev.provenance.report;

import dev.provenance.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format from a finished scan. */
public interface ReportWriter {
    /** The format's name as users select it ({@code json}). */
    String format();

    /**
     * Writes the report into {@code outputDirectory} (created if missing) and returns the file written. The file
     * is written to a temporary sibling and moved into place, so a reader never sees half a report.
     */
    Path write(ScanResult result, Path outputDirectory) throws IOException;
}
