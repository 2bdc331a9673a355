package dev.provenance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test-project carries what the invoker needs to run and judge it. The projects' own {@code .gitignore} files
 * hide these harness files from the scan — and so from git too, unless they are added with {@code git add -f}; a
 * clean clone then runs a project without its goals or its checks. This test fails in such a clone.
 */
class TestProjectsTest {
    private static final Path PROJECTS = Path.of("..", "test-projects");

    @Test
    void everyTestProjectHasItsGoalsAndItsVerifyScript() throws IOException {
        List<Path> projects;
        try (Stream<Path> list = Files.list(PROJECTS)) {
            projects = list.filter(Files::isDirectory).sorted().toList();
        }

        assertThat(projects).hasSizeGreaterThanOrEqualTo(9);
        for (Path project : projects) {
            assertThat(project.resolve("invoker.properties")).as(project + "/invoker.properties").isRegularFile();
            assertThat(project.resolve("verify.groovy")).as(project + "/verify.groovy").isRegularFile();
            assertThat(Files.readString(project.resolve("invoker.properties"))).as(project + " goals")
                    .contains("invoker.goals");
        }
    }
}
