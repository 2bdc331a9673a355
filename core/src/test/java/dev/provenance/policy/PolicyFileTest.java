package dev.provenance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFileTest {
    static final Set<String> RULES = Set.of("license-undeclared", "license-unknown", "notice-incomplete",
            "snippet-unattributed", "waiver-expired", "waiver-unused");
    private static final String KNOWN = "license-undeclared, license-unknown, notice-incomplete, snippet-unattributed, "
            + "waiver-expired, waiver-unused";

    static PolicyFile parse(String text) throws PolicyFileException {
        return PolicyFile.parse(text, PolicyFile.FILE_NAME, RULES);
    }

    @Test
    void goodFileGivesEveryValue() throws PolicyFileException {
        PolicyFile policy = parse("""
                # what this repository accepts
                licenses:
                  allowed: [mit, Apache-2.0, "GPL-2.0-only WITH Classpath-exception-2.0"]
                  denied:
                    - GPL-3.0
                    - AGPL-3.0-or-later
                rules:
                  notice-incomplete: warning
                  waiver-unused: OFF
                waivers:
                  - rule: snippet-unattributed
                    path: src/vendor/**
                    origin: acme-rope@1.4.*
                    reason: LICENSE_PERMITS
                    comment: >
                      credited in docs/THIRD_PARTY.md,
                      which the scan does not read
                    expires: 2027-06-30
                  - {rule: license-unknown, origin: qwen-*, reason: other, comment: reviewed by legal}
                """);

        assertThat(policy.source()).isEqualTo("provenance-policy.yaml");
        assertThat(policy.allowedLicenses())
                .containsExactly("MIT", "Apache-2.0", "GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(policy.deniedLicenses()).containsExactly("GPL-3.0-only", "AGPL-3.0-or-later");
        assertThat(policy.licenses().allowedLine()).isEqualTo(3);
        assertThat(policy.licenses().denied()).extracting(LicenseEntry::line).containsExactly(5, 6);
        assertThat(policy.levels()).containsEntry("notice-incomplete", RuleLevel.WARNING)
                .containsEntry("waiver-unused", RuleLevel.OFF).hasSize(2);
        assertThat(policy.waivers()).containsExactly(
                new Waiver("snippet-unattributed", "src/vendor/**", "acme-rope@1.4.*", WaiverReason.LICENSE_PERMITS,
                        "credited in docs/THIRD_PARTY.md, which the scan does not read", LocalDate.of(2027, 6, 30),
                        11),
                new Waiver("license-unknown", "", "qwen-*", WaiverReason.OTHER, "reviewed by legal", null, 19));
        assertThat(policy.warnings()).isEmpty();
        assertThat(policy.isEmpty()).isFalse();
    }

    @Test
    void licenseNamesAndDeprecatedIdsAreNormalised() throws PolicyFileException {
        PolicyFile policy = parse(
                "licenses:\n  allowed: ['The Apache Software License, Version 2.0', GPL-2.0+, bsd-3-clause]\n");

        assertThat(policy.allowedLicenses()).containsExactly("Apache-2.0", "GPL-2.0-or-later", "BSD-3-Clause");
    }

    @Test
    void unknownLicenseIdIsKeptAsWrittenAndWarned() throws PolicyFileException {
        PolicyFile policy = parse("licenses:\n  denied:\n    - Qwen-Research\n    - LicenseRef-acme-eula\n");

        assertThat(policy.deniedLicenses()).containsExactly("Qwen-Research", "LicenseRef-acme-eula");
        assertThat(policy.warnings()).singleElement().asString()
                .startsWith("provenance-policy.yaml:3:7: licenses.denied[0] 'Qwen-Research' is not on the SPDX "
                        + "license list (")
                .endsWith("); it is compared with licenses as written");
    }

    @Test
    void unknownExceptionIsKeptAndWarned() throws PolicyFileException {
        PolicyFile policy = parse("licenses:\n  allowed: [GPL-2.0-only WITH Acme-linking-exception]\n");

        assertThat(policy.allowedLicenses()).containsExactly("GPL-2.0-only WITH Acme-linking-exception");
        assertThat(policy.warnings()).singleElement().asString().startsWith("provenance-policy.yaml:2:13: "
                + "licenses.allowed[0] 'GPL-2.0-only WITH Acme-linking-exception' names an exception that is not on "
                + "the SPDX exception list (");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("emptyPolicies")
    void emptyDocumentsAndSectionsMeanNoPolicy(String text) throws PolicyFileException {
        PolicyFile policy = parse(text);

        assertThat(policy.isEmpty()).isTrue();
        assertThat(policy.waivers()).isEmpty();
    }

    static Stream<String> emptyPolicies() {
        return Stream.of("", "# nothing yet\n", "---\n", "licenses:\nrules:\nwaivers:\n",
                "licenses:\n  allowed: []\n  denied:\nwaivers: []\n", "\uFEFFrules: {}\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFileIsRefusedNamingLineColumnAndProblem(String text, String message) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(PolicyFileException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> malformed() {
        String waiver = "waivers:\n  - rule: snippet-unattributed\n    path: src/**\n";
        return Stream.of(
                Arguments.of("- licenses\n",
                        "provenance-policy.yaml:1:1: the policy must be a mapping with keys licenses, rules, "
                                + "waivers, not a list"),
                Arguments.of("licences:\n  allowed: [MIT]\n",
                        "provenance-policy.yaml:1:1: unknown key 'licences'; expected licenses, rules, waivers"),
                Arguments.of("rules:\n  license-unknown: INFO\nrules:\n  license-unknown: OFF\n",
                        "provenance-policy.yaml:3:1: duplicate key 'rules' (first at line 1)"),
                Arguments.of("licenses: [MIT]\n",
                        "provenance-policy.yaml:1:11: licenses must be a mapping with keys allowed, denied, not a "
                                + "list"),
                Arguments.of("licenses:\n  allowed: MIT\n",
                        "provenance-policy.yaml:2:12: licenses.allowed must be a list of SPDX license ids, not 'MIT'"),
                Arguments.of("licenses:\n  allowed:\n    - MIT\n    - {id: ISC}\n",
                        "provenance-policy.yaml:4:7: licenses.allowed[1] must be an SPDX license id, not a mapping"),
                Arguments.of("licenses:\n  allowed: [MIT, '']\n",
                        "provenance-policy.yaml:2:18: licenses.allowed[1] must not be empty"),
                Arguments.of("licenses:\n  allowed: [MIT OR Apache-2.0]\n",
                        "provenance-policy.yaml:2:13: licenses.allowed[0] must name one license (an SPDX id, "
                                + "optionally WITH an exception), not the expression 'MIT OR Apache-2.0'; list each "
                                + "license on its own"),
                Arguments.of("licenses:\n  allowed: [MIT, ISC, mit]\n",
                        "provenance-policy.yaml:2:23: licenses.allowed[2] MIT is already listed at line 2"),
                Arguments.of("licenses:\n  allowed: [MIT]\n  denied: [ISC, MIT]\n",
                        "provenance-policy.yaml:3:17: licenses.denied: MIT is also allowed (line 2); a license is "
                                + "either allowed or denied"),
                Arguments.of("licenses:\n  allowed: [MIT]\n  permitted: [ISC]\n",
                        "provenance-policy.yaml:3:3: licenses: unknown key 'permitted'; expected allowed, denied"),
                Arguments.of("rules: [license-unknown]\n",
                        "provenance-policy.yaml:1:8: rules must be a mapping of rule id to level (ERROR, WARNING, "
                                + "INFO or OFF), not a list"),
                Arguments.of("rules:\n  licence-unknown: OFF\n",
                        "provenance-policy.yaml:2:3: rules: unknown rule 'licence-unknown'; known rules: " + KNOWN),
                Arguments.of("rules:\n  license-unknown: FATAL\n",
                        "provenance-policy.yaml:2:20: rules.license-unknown must be one of ERROR, WARNING, INFO, OFF, "
                                + "not 'FATAL'"),
                Arguments.of("rules:\n  license-unknown:\n",
                        "provenance-policy.yaml:2:19: rules.license-unknown must not be empty"),
                Arguments.of("waivers:\n  rule: snippet-unattributed\n",
                        "provenance-policy.yaml:2:3: waivers must be a list of waivers, not a mapping"),
                Arguments.of("waivers:\n  - snippet-unattributed\n",
                        "provenance-policy.yaml:2:5: waivers[0] must be a mapping with keys rule, path, origin, "
                                + "reason, comment, expires, not 'snippet-unattributed'"),
                Arguments.of(waiver + "    reason: TEST_DATA\n  - rule: license-unknown\n    path: docs/**\n"
                                + "    reason: BECAUSE\n",
                        "provenance-policy.yaml:7:13: waivers[1].reason must be one of ORIGINAL_WORK, NOT_COPIED, "
                                + "LICENSE_PERMITS, TEST_DATA, OTHER, not 'BECAUSE'"),
                Arguments.of(waiver + "    reason: TEST_DATA\n    paths: test/**\n",
                        "provenance-policy.yaml:5:5: waivers[0]: unknown key 'paths'; expected rule, path, origin, "
                                + "reason, comment, expires"),
                Arguments.of(waiver + "    reason: TEST_DATA\n    path: test/**\n",
                        "provenance-policy.yaml:5:5: waivers[0]: duplicate key 'path' (first at line 3)"),
                Arguments.of("waivers:\n  - path: src/**\n    reason: TEST_DATA\n",
                        "provenance-policy.yaml:2:5: waivers[0] needs a rule (the id of the rule it waives)"),
                Arguments.of(waiver,
                        "provenance-policy.yaml:2:5: waivers[0] needs a reason, one of ORIGINAL_WORK, NOT_COPIED, "
                                + "LICENSE_PERMITS, TEST_DATA, OTHER"),
                Arguments.of("waivers:\n  - rule: snippet-unattributed\n    reason: NOT_COPIED\n",
                        "provenance-policy.yaml:2:5: waivers[0] needs a path or an origin (to turn a rule off "
                                + "everywhere, set it to OFF under rules)"),
                Arguments.of(waiver + "    reason: OTHER\n",
                        "provenance-policy.yaml:2:5: waivers[0] has reason OTHER and so needs a comment saying why"),
                Arguments.of(waiver + "    reason: OTHER\n    comment: '  '\n",
                        "provenance-policy.yaml:5:14: waivers[0].comment must not be empty"),
                Arguments.of("waivers:\n  - rule: snippet-unatributed\n    path: src/**\n    reason: TEST_DATA\n",
                        "provenance-policy.yaml:2:11: waivers[0].rule: unknown rule 'snippet-unatributed'; known "
                                + "rules: " + KNOWN),
                Arguments.of("waivers:\n  - rule: waiver-unused\n    path: src/**\n    reason: TEST_DATA\n",
                        "provenance-policy.yaml:2:11: waivers[0].rule 'waiver-unused' cannot be waived; set its "
                                + "level under rules instead"),
                Arguments.of(waiver + "    reason: TEST_DATA\n    expires: 30.06.2027\n",
                        "provenance-policy.yaml:5:14: waivers[0].expires must be a date like 2027-06-30 "
                                + "(year-month-day), not '30.06.2027'"),
                Arguments.of(waiver + "    reason: TEST_DATA\n    expires: 2027-02-30\n",
                        "provenance-policy.yaml:5:14: waivers[0].expires must be a date like 2027-06-30 "
                                + "(year-month-day), not '2027-02-30'"),
                Arguments.of("waivers:\n  - rule: snippet-unattributed\n    path: ../outside/**\n"
                                + "    reason: TEST_DATA\n",
                        "provenance-policy.yaml:3:11: waivers[0].path '../outside/**' must be relative to the "
                                + "scanned root without '..' segments"),
                Arguments.of("waivers:\n  - rule: snippet-unattributed\n    path: 'src/[a-z.py'\n"
                                + "    reason: TEST_DATA\n",
                        "provenance-policy.yaml:3:11: waivers[0].path 'src/[a-z.py' has an unterminated '['"),
                Arguments.of("waivers:\n  - rule: snippet-unattributed\n    origin: [acme]\n    reason: TEST_DATA\n",
                        "provenance-policy.yaml:3:13: waivers[0].origin must be a component glob, not a list"),
                Arguments.of("waivers:\n  - rule: snippet-unattributed\n    path: !secret src/**\n"
                                + "    reason: TEST_DATA\n",
                        "provenance-policy.yaml:3:11: waivers[0].path has the tag '!secret'; a policy file uses no "
                                + "tags"),
                Arguments.of("rules:\n  license-unknown: [OFF\n",
                        "provenance-policy.yaml:3:1: not valid YAML: while parsing a flow sequence: expected ',' or "
                                + "']', but got <stream end>"),
                Arguments.of("rules:\n  license-unknown: OFF\n   notice-incomplete: OFF\n",
                        "provenance-policy.yaml:3:21: not valid YAML: mapping values are not allowed here"),
                Arguments.of("rules: {}\n---\nwaivers: []\n",
                        "provenance-policy.yaml:2:1: not valid YAML: expected a single document in the stream: but "
                                + "found another document"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheYamlReaderSeesIt() {
        String deep = "rules: " + "[".repeat(40) + "]".repeat(40) + "\n";

        assertThatThrownBy(() -> parse(deep)).isInstanceOf(PolicyFileException.class)
                .hasMessage("provenance-policy.yaml:1: nesting deeper than 16 levels; a policy file needs three");
    }

    @Test
    void aliasExplosionIsRefused() {
        // eleven levels of doubling would be 2048 strings; the alias cap stops it at the twenty-first alias
        StringBuilder text = new StringBuilder("a: &a [x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            text.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        text.append("rules: *k\n");

        assertThatThrownBy(() -> parse(text.toString())).isInstanceOf(PolicyFileException.class)
                .hasMessage("provenance-policy.yaml: not valid YAML: Number of aliases for non-scalar nodes "
                        + "exceeds the specified max=20");
    }

    @Test
    void findReadsThePolicyAtTheRoot(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("provenance-policy.yaml"), "rules:\n  license-unknown: OFF\n",
                StandardCharsets.UTF_8);

        PolicyFile policy = PolicyFile.find(root);

        assertThat(policy.source()).isEqualTo("provenance-policy.yaml");
        assertThat(policy.levels()).containsEntry("license-unknown", RuleLevel.OFF);
        assertThat(Files.readString(root.resolve("provenance-policy.yaml")))
                .isEqualTo("rules:\n  license-unknown: OFF\n");
    }

    @Test
    void findWithoutAPolicyFileGivesTheEmptyPolicy(@TempDir Path root) throws PolicyFileException {
        assertThat(PolicyFile.find(root)).isSameAs(PolicyFile.empty());
    }

    @Test
    void findWarnsAboutAPolicyFileUnderAnotherName(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("provenance-policy.yml"), "rules:\n  license-unknown: OFF\n");

        PolicyFile policy = PolicyFile.find(root);

        assertThat(policy.isEmpty()).isTrue();
        assertThat(policy.warnings()).containsExactly("provenance-policy.yml: not read; the policy file is "
                + "provenance-policy.yaml (rename it to apply it)");
    }

    @Test
    void findRefusesASymbolicLink(@TempDir Path root) throws IOException {
        Path outside = Files.writeString(root.resolve("elsewhere.yaml"), "rules: {}\n");
        Path repo = Files.createDirectory(root.resolve("repo"));
        try {
            Files.createSymbolicLink(repo.resolve("provenance-policy.yaml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }

        assertThatThrownBy(() -> PolicyFile.find(repo)).isInstanceOf(PolicyFileException.class)
                .hasMessage("provenance-policy.yaml: is a symbolic link; the policy file must be a regular file in "
                        + "the repository");
    }

    @Test
    void loadNamesTheFileAsGiven(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("team-policy.yaml"), "rules:\n  no-such-rule: OFF\n");

        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ":2:3: rules: unknown rule 'no-such-rule'; known rules: ")
                .satisfies(e -> {
                    PolicyFileException p = (PolicyFileException) e;
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo(3);
                    assertThat(p.source()).isEqualTo(file.toString());
                });
    }

    @Test
    void loadRefusesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> PolicyFile.load(dir.resolve("absent.yaml"))).isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(dir.resolve("absent.yaml") + ": cannot be read: ");
    }

    @Test
    void loadRefusesAnOversizedFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("big.yaml"), new byte[PolicyFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOf(PolicyFileException.class)
                .hasMessage(file + ": is 1048577 bytes, larger than the limit of 1048576 bytes for a policy file");
    }

    @Test
    void loadRefusesInvalidUtf8(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"),
                "rules: {}\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOf(PolicyFileException.class)
                .hasMessage(file + ": is not valid UTF-8");
    }

    @Test
    void loadAcceptsTheRealRuleIds(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.yaml"),
                "rules:\n  license-not-allowed: WARNING\n  waiver-expired: WARNING\n");

        assertThat(PolicyFile.load(file).levels()).containsOnlyKeys("license-not-allowed", "waiver-expired");
    }
}
