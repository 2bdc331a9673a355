package dev.provenance.inventory;

import dev.provenance.scan.ScanIssue;
import java.util.List;

/**
 * Everything the walker found: the files to analyse (sorted by path), the paths it left out with their reasons,
 * and the problems it met on the way (symlink loops, links out of the root, unreadable directories).
 */
public record Inventory(List<InventoryEntry> files, List<Exclusion> excluded, List<ScanIssue> issues) {
    public Inventory {
        files = List.copyOf(files);
        excluded = List.copyOf(excluded);
        issues = List.copyOf(issues);
    }
}
