package dev.provenance.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.provenance.license.PrecomputedLicenseIndex.Guard;
import dev.provenance.license.PrecomputedLicenseIndex.Stamp;
import dev.provenance.text.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build's precomputed license list and template index: equal to what the library gives live, taken only when made
 * from the same inputs, and written with the same bytes every time.
 */
class PrecomputedLicenseIndexTest {
    /** Set by core's build (surefire), which generates the index before the tests: then it must be there and taken. */
    static final boolean EXPECTED = "expected".equals(System.getProperty("provenance.precomputedLicenseIndex"));
    private static final Path DEBIAN = Path.of("/usr/share/common-licenses");

    private static LicenseList liveList;
    private static LicenseTemplateIndex liveIndex;
    private static LicenseCatalog liveCatalog;

    @BeforeAll
    static void buildLive() {
        liveList = LicenseList.fromLibrary().withLibraryVerdicts();
        liveCatalog = LicenseCatalog.of(liveList, IndexOrigin.BUILT_LIVE);
        liveIndex = LicenseTemplateIndex.build(liveCatalog);
    }

    /** The bytes of a bundled resource; when absent, the test is skipped (an IDE run) or fails (core's build). */
    static byte[] resource(String name) {
        try (InputStream in = PrecomputedLicenseIndex.class.getResourceAsStream(name)) {
            if (in == null) {
                if (EXPECTED) {
                    fail("the build did not generate " + name);
                }
                assumeTrue(false, "no precomputed " + name + " on the class path (run through Maven)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static LicenseList precomputedList() {
        return PrecomputedLicenseIndex.readList(resource(PrecomputedLicenseIndex.LIST_RESOURCE), Guard.forThisRun())
                .orElseThrow(() -> new AssertionError("the precomputed list was refused"));
    }

    private static LicenseTemplateIndex precomputedIndex() {
        return PrecomputedLicenseIndex.readTemplates(resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE),
                Guard.forThisRun()).orElseThrow(() -> new AssertionError("the precomputed template index was refused"));
    }

    private static Stamp storedStamp() {
        return PrecomputedLicenseIndex.storedStamp(resource(PrecomputedLicenseIndex.LIST_RESOURCE)).orElseThrow();
    }

    @Test
    void thePrecomputedListEqualsTheOneReadThroughTheLibrary() {
        LicenseList precomputed = precomputedList();
        assertThat(precomputed).isEqualTo(liveList);
        assertThat(List.copyOf(precomputed.names().keySet())).isEqualTo(List.copyOf(liveList.names().keySet()));
        assertThat(precomputed.acceptedIds()).isNotEmpty();
    }

    @Test
    void thePrecomputedTemplateIndexEqualsTheLiveBuiltOne() {
        LicenseTemplateIndex precomputed = precomputedIndex();
        assertThat(precomputed.size()).isEqualTo(liveIndex.size()).isGreaterThan(600);
        assertThat(precomputed.distinctShingles()).isEqualTo(liveIndex.distinctShingles());
        assertThat(precomputed).isEqualTo(liveIndex);
    }

    @Test
    void bothIndexesRankTheSameCandidatesOnEveryBundledLicenseText() {
        LicenseTextMatcher live = LicenseTextMatcher.over(liveCatalog, liveIndex, IndexOrigin.BUILT_LIVE);
        LicenseTextMatcher precomputed = LicenseTextMatcher.over(LicenseCatalog.of(precomputedList(),
                IndexOrigin.PRECOMPUTED), precomputedIndex(), IndexOrigin.PRECOMPUTED);
        int compared = 0;
        for (String id : liveCatalog.currentIds()) {
            String text = liveCatalog.text(id).orElse("");
            if (text.isBlank()) {
                continue;
            }
            TextFile file = new TextFile(id, text);
            assertThat(precomputed.rank(file)).as(id).isEqualTo(live.rank(file)).isNotEmpty();
            compared++;
        }
        assertThat(compared).isGreaterThan(600);
    }

    /**
     * Full results (with the library's confirmation, 10–50 ms a text) on Debian's texts and on every seventh bundled
     * text; the candidates of every bundled text are compared above, and they are all the index decides.
     */
    @Test
    void bothIndexesFindTheSameLicensesInDebianTextsAndBundledTexts() throws IOException {
        LicenseTextMatcher live = LicenseTextMatcher.over(liveCatalog, liveIndex, IndexOrigin.BUILT_LIVE);
        LicenseTextMatcher precomputed = LicenseTextMatcher.over(LicenseCatalog.of(precomputedList(),
                IndexOrigin.PRECOMPUTED), precomputedIndex(), IndexOrigin.PRECOMPUTED);
        List<TextFile> files = new ArrayList<>();
        if (Files.isDirectory(DEBIAN)) {
            try (Stream<Path> paths = Files.list(DEBIAN)) {
                for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                    files.add(new TextFile(path.getFileName().toString(),
                            new String(Files.readAllBytes(path), StandardCharsets.UTF_8)));
                }
            }
        }
        List<String> ids = liveCatalog.currentIds();
        for (int i = 0; i < ids.size(); i += 7) {
            liveCatalog.text(ids.get(i)).filter(t -> !t.isBlank()).ifPresent(t -> files.add(new TextFile("x", t)));
        }
        int found = 0;
        for (TextFile file : files) {
            List<LicenseFinding> expected = live.find(file);
            assertThat(precomputed.find(file)).as(file.text().substring(0, Math.min(80, file.text().length())))
                    .isEqualTo(expected);
            found += expected.isEmpty() ? 0 : 1;
        }
        assertThat(found).isGreaterThan(files.size() / 2);
    }

    @Test
    void thePrecomputedCatalogNormalisesEveryIdAndNameAsTheLiveOne() {
        LicenseCatalog precomputed = LicenseCatalog.of(precomputedList(), IndexOrigin.PRECOMPUTED);
        for (String id : liveCatalog.currentIds()) {
            String name = liveCatalog.name(id).orElseThrow();
            assertThat(precomputed.normalize(id)).as(id).isEqualTo(liveCatalog.normalize(id));
            assertThat(precomputed.normalize(name)).as(name).isEqualTo(liveCatalog.normalize(name));
        }
        for (String[] row : LicenseCatalog.readTable("license-aliases.tsv")) {
            assertThat(precomputed.normalize(row[1])).as(row[1]).isEqualTo(liveCatalog.normalize(row[1]));
        }
        assertThat(precomputed.listVersion()).isEqualTo(liveCatalog.listVersion());
    }

    @Test
    void theBuildShipsAnIndexThatThisRunTakes() {
        assumeTrue(EXPECTED, "only core's build generates the index before the tests");
        assertThat(LicenseCatalog.bundled().origin()).isEqualTo(IndexOrigin.PRECOMPUTED);
        assertThat(LicenseTextMatcher.shared().indexOrigin()).isEqualTo(IndexOrigin.PRECOMPUTED);
    }

    @Test
    void theResourcesAreWrittenWithTheSameBytesFromALiveBuild() {
        byte[] list = resource(PrecomputedLicenseIndex.LIST_RESOURCE);
        byte[] templates = resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE);
        Stamp stamp = PrecomputedLicenseIndex.stampFor(liveList.listVersion());
        assertThat(PrecomputedLicenseIndex.writeList(liveList, stamp)).isEqualTo(list);
        assertThat(PrecomputedLicenseIndex.writeTemplates(liveIndex, stamp)).isEqualTo(templates);
        assertThat(PrecomputedLicenseIndex.writeList(precomputedList(), stamp)).isEqualTo(list);
        assertThat(PrecomputedLicenseIndex.writeTemplates(precomputedIndex(), stamp)).isEqualTo(templates);
    }

    @Test
    void theStampNamesTheLibraryAndListVersionsAndTheCode() {
        Stamp stored = storedStamp();
        assertThat(stored.libraryVersion()).isEqualTo(PrecomputedLicenseIndex.libraryVersion()).matches("\\d+\\..+");
        assertThat(stored.listVersion()).isEqualTo(liveList.listVersion());
        assertThat(stored.code()).isEqualTo(PrecomputedLicenseIndex.codeFingerprint()).isNotNegative();
    }

    @Test
    void everyCodeInputIsOnTheClassPath() {
        for (String name : PrecomputedLicenseIndex.CODE_INPUTS) {
            assertThat(PrecomputedLicenseIndex.class.getResource(name)).as(name).isNotNull();
        }
        assertThat(PrecomputedLicenseIndex.codeFingerprint()).isNotNegative();
    }

    @Test
    void anIndexMadeForAnotherLibraryVersionIsRefused() {
        Stamp stored = storedStamp();
        Guard other = new Guard(new Stamp("1.1.9", "", stored.code()), () -> fail("the list version is not asked"));
        assertThat(PrecomputedLicenseIndex.readList(resource(PrecomputedLicenseIndex.LIST_RESOURCE), other)).isEmpty();
        assertThat(PrecomputedLicenseIndex.readTemplates(resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE), other))
                .isEmpty();
        Guard same = new Guard(new Stamp(stored.libraryVersion(), "", stored.code()), () -> fail("not asked"));
        assertThat(PrecomputedLicenseIndex.readList(resource(PrecomputedLicenseIndex.LIST_RESOURCE), same)).isPresent();
    }

    @Test
    void withoutTheLibraryVersionTheListVersionDecides() {
        Stamp stored = storedStamp();
        byte[] list = resource(PrecomputedLicenseIndex.LIST_RESOURCE);
        Guard sameList = new Guard(new Stamp("", "", stored.code()), stored::listVersion);
        Guard otherList = new Guard(new Stamp("", "", stored.code()), () -> "3.1");
        assertThat(PrecomputedLicenseIndex.readList(list, sameList)).isPresent();
        assertThat(PrecomputedLicenseIndex.readList(list, otherList)).isEmpty();
    }

    @Test
    void anIndexMadeByOtherCodeIsRefused() {
        Stamp stored = storedStamp();
        Guard otherCode = new Guard(new Stamp(stored.libraryVersion(), "", stored.code() ^ 1), () -> "");
        Guard unknownCode = new Guard(new Stamp(stored.libraryVersion(), "", -1), () -> "");
        byte[] templates = resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE);
        assertThat(PrecomputedLicenseIndex.readTemplates(templates, otherCode)).isEmpty();
        assertThat(PrecomputedLicenseIndex.readTemplates(templates, unknownCode)).isEmpty();
    }

    @Test
    void aResourceOfTheOtherKindIsRefused() {
        assertThat(PrecomputedLicenseIndex.readTemplates(resource(PrecomputedLicenseIndex.LIST_RESOURCE),
                Guard.forThisRun())).isEmpty();
        assertThat(PrecomputedLicenseIndex.readList(resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE),
                Guard.forThisRun())).isEmpty();
    }

    @ParameterizedTest(name = "damaged at {0}")
    @ValueSource(ints = {0, 5, 20, 200, 5_000, -5, -1})
    void aDamagedResourceIsRefused(int position) {
        byte[] bytes = resource(PrecomputedLicenseIndex.LIST_RESOURCE).clone();
        int at = position < 0 ? bytes.length + position : position;
        bytes[at] ^= 0x10;
        assertThat(PrecomputedLicenseIndex.readList(bytes, Guard.forThisRun())).isEmpty();
        assertThat(PrecomputedLicenseIndex.storedStamp(bytes)).isEmpty();
    }

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {0, 3, 8, 100, 10_000})
    void aTruncatedResourceIsRefused(int length) {
        byte[] bytes = Arrays.copyOf(resource(PrecomputedLicenseIndex.TEMPLATES_RESOURCE), length);
        assertThat(PrecomputedLicenseIndex.readTemplates(bytes, Guard.forThisRun())).isEmpty();
    }

    @Test
    void theIndexTakesOnlyConsistentParts() {
        List<String> ids = List.of("A", "B");
        int[] required = {1, 1};
        assertThat(LicenseTemplateIndex.of(ids, required, new long[] {3, 9}, new int[] {0, 1, 3},
                new short[] {0, 1, (short) (1 | 1 << 11)}).size()).isEqualTo(2);
        List<Runnable> broken = List.of(
                () -> LicenseTemplateIndex.of(ids, required, new long[] {9, 3}, new int[] {0, 1, 2},
                        new short[] {0, 1}),
                () -> LicenseTemplateIndex.of(ids, required, new long[] {3, 9}, new int[] {0, 1, 1},
                        new short[] {0, 1}),
                () -> LicenseTemplateIndex.of(ids, required, new long[] {3, 9}, new int[] {0, 1, 2},
                        new short[] {0, 2}),
                () -> LicenseTemplateIndex.of(ids, new int[] {1}, new long[] {3, 9}, new int[] {0, 1, 2},
                        new short[] {0, 1}),
                () -> LicenseTemplateIndex.of(ids, required, new long[] {-3, 9}, new int[] {0, 1, 2},
                        new short[] {0, 1}));
        for (Runnable build : broken) {
            assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
