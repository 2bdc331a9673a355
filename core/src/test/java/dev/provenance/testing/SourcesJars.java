package dev.provenance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real, licensed code for benchmarks and real-world tests: a Maven {@code -sources.jar} from the local repository,
 * fetched through Maven itself when it is not there yet. Nothing fetched is ever committed.
 */
public final class SourcesJars {
    private SourcesJars() {
    }

    /** The local repository's path of {@code group:artifact:version}'s sources jar (which may not exist). */
    public static Path local(String group, String artifact, String version) {
        return Path.of(System.getProperty("user.home"), ".m2", "repository")
                .resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + "-sources.jar");
    }

    /** The sources jar, fetched with {@code mvn dependency:get} when missing. */
    public static Path fetch(String group, String artifact, String version) throws IOException, InterruptedException {
        Path jar = local(group, artifact, version);
        if (!Files.isRegularFile(jar)) {
            Process p = new ProcessBuilder("mvn", "-q", "-B", "dependency:get", "-Dtransitive=false",
                    "-Dartifact=" + group + ":" + artifact + ":" + version + ":jar:sources").inheritIO().start();
            if (p.waitFor() != 0 || !Files.isRegularFile(jar)) {
                throw new IOException("could not fetch " + group + ":" + artifact + ":" + version + " sources");
            }
        }
        return jar;
    }
}
