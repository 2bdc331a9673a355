package dev.provenance.policy;

import dev.provenance.scan.ScanResult;
import java.util.List;

/**
 * One check over a scan. A rule reads only the {@link ScanResult} (the stages before it did the I/O), returns its
 * violations, and never throws for a finding.
 */
public interface Rule {
    RuleDescriptor descriptor();

    List<Violation> evaluate(ScanResult scan);
}
