package dev.provenance.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPreferenceTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "third_party/zlib/inflate.c, true",
        "src/third-party/x/y.java, true",
        "pip/_vendor/requests/api.py, true",
        "Vendor/lib.go, true",
        "node_modules/left-pad/index.js, true",
        "deps/jemalloc/src/arena.c, true",
        "src/main/java/org/tidepool/Vendor.java, false",
        "vendor.py, false",
        "src/vendors/x.c, true",
        "src/vendors.txt/x.c, false",
        "lib/external.c, false",
    })
    void vendoringDirectoriesAreRecognised(String path, boolean vendored) {
        assertThat(OriginPreference.inVendorDirectory(path)).isEqualTo(vendored);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "org.ow2.asm:asm, asm",
        "org.springframework:spring-core, spring_core",
        "transformers, transformers",
        "github.com/pkg/errors, errors",
        "Typing-Extensions, typing_extensions",
    })
    void shortNameIsTheLastPartNormalised(String name, String shortName) {
        assertThat(OriginPreference.shortName(name)).isEqualTo(shortName);
    }

    @ParameterizedTest(name = "{0} names {1}: {2}")
    @CsvSource({
        "org/springframework/asm/ClassReader.java, asm, true",
        "org/objectweb/asm/ClassReader.java, spring_core, false",
        "src/spring-core/Foo.java, spring_core, true",
        "asm.java, asm, false",
    })
    void pathNamesAComponentByADirectory(String path, String shortName, boolean names) {
        assertThat(OriginPreference.namesDirectory(path, shortName)).isEqualTo(names);
    }
}
