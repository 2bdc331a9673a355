package dev.provenance.policy;

import static dev.provenance.policy.Scans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.provenance.inventory.FileKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeIncompleteRuleTest {
    private final Rule rule = new NoticeIncompleteRule();

    @Test
    void holderMissingFromTheNoticeIsReportedAtItsCopyrightLine() {
        var scan = scan().file("NOTICE", FileKind.LEGAL).fileWithCopyright("src/rope.py", "Acme Labs", 2)
                .thirdParty("Acme Labs", List.of("src/rope.py"), List.of());

        assertThat(rule.evaluate(scan.build())).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("notice-incomplete");
            assertThat(v.location()).isEqualTo("src/rope.py:2");
            assertThat(v.message()).isEqualTo(
                    "'Acme Labs' holds copyright in src/rope.py under Apache-2.0 but is not named in NOTICE");
        });
    }

    @Test
    void creditedHolderPasses() {
        var scan = scan().file("NOTICE", FileKind.LEGAL).fileWithCopyright("src/rope.py", "Acme Labs", 2)
                .thirdParty("Acme Labs", List.of("src/rope.py"), List.of("NOTICE"));

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void withoutANoticeFileTheRuleHasNothingToCheck() {
        var scan = scan().file("LICENSE", FileKind.LEGAL).fileWithCopyright("src/rope.py", "Acme Labs", 2)
                .thirdParty("Acme Labs", List.of("src/rope.py"), List.of());

        assertThat(rule.evaluate(scan.build())).isEmpty();
    }

    @Test
    void longFileListsAreShortened() {
        var scan = scan().file("THIRD_PARTY_NOTICES.txt", FileKind.LEGAL)
                .thirdParty("Acme Labs", List.of("a.py", "b.py", "c.py", "d.py", "e.py"), List.of());

        assertThat(rule.evaluate(scan.build())).singleElement().extracting(Violation::message).isEqualTo(
                "'Acme Labs' holds copyright in a.py, b.py, c.py and 2 more under Apache-2.0 but is not named in "
                        + "THIRD_PARTY_NOTICES.txt");
    }
}
