package dev.provenance.policy;

import dev.provenance.inventory.FileKind;
import dev.provenance.notice.LegalRole;
import dev.provenance.scan.FileReport;
import dev.provenance.scan.ScanResult;
import dev.provenance.scan.ThirdPartyHolder;
import dev.provenance.text.LineRange;
import dev.provenance.notice.CopyrightStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The repository keeps a third-party notice file, but a third-party holder named in a file header is missing
 * from every notice file.
 */
final class NoticeIncompleteRule implements Rule {
    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "notice-incomplete", Severity.ERROR,
            "A third-party copyright holder is missing from the repository's notice file",
            "Add an entry for the holder to the notice file: the component's name, its copyright line as written "
                    + "in the file header, and its license; or, if the code is the repository's own, declare the "
                    + "holder with provenance.ownHolders.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Violation> evaluate(ScanResult scan) {
        List<String> notices = scan.files().stream()
                .filter(f -> f.kind() == FileKind.LEGAL && LegalRole.of(f.path()) == LegalRole.NOTICE)
                .map(FileReport::path)
                .toList();
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<String, FileReport> byPath = scan.files().stream()
                .collect(Collectors.toMap(FileReport::path, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        for (ThirdPartyHolder holder : scan.thirdParty()) {
            if (!holder.creditedIn().isEmpty()) {
                continue;
            }
            String first = holder.files().get(0);
            violations.add(Violation.of(DESCRIPTOR, first, lineNaming(byPath.get(first), holder.holder()),
                    message(holder, notices)));
        }
        return violations;
    }

    private static LineRange lineNaming(FileReport file, String holder) {
        if (file == null) {
            return null;
        }
        return file.copyrights().stream()
                .filter(c -> c.holders().contains(holder))
                .map(CopyrightStatement::lines)
                .findFirst()
                .orElse(null);
    }

    private static String message(ThirdPartyHolder holder, List<String> notices) {
        int shown = Math.min(3, holder.files().size());
        String files = String.join(", ", holder.files().subList(0, shown))
                + (holder.files().size() > shown ? " and " + (holder.files().size() - shown) + " more" : "");
        String licenses = holder.licenses().isEmpty() ? "" : " under " + String.join(", ", holder.licenses());
        return "'" + holder.holder() + "' holds copyright in " + files + licenses + " but is not named in "
                + String.join(", ", notices);
    }
}
