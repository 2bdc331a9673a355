// Builds the parts of the hostile repository that git cannot carry or that must not be committed:
// links (a loop, one out of the root, a broken one), a FIFO, and a sparse 3 GiB weights file.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

dev.provenance.it.Fixtures.expand(basedir.toPath().resolve("repo"))
Path repo = basedir.toPath().resolve("repo")
Files.createSymbolicLink(repo.resolve("loop"), Paths.get("loop"))
Files.createSymbolicLink(repo.resolve("escape"), Paths.get("/etc"))
Files.createSymbolicLink(repo.resolve("dangling"), Paths.get("does-not-exist.txt"))
Files.createSymbolicLink(repo.resolve("xxe/up"), Paths.get(".."))
def fifo = new ProcessBuilder("mkfifo", repo.resolve("pipe").toString()).inheritIO().start()
if (fifo.waitFor() != 0) {
    throw new IllegalStateException("mkfifo failed")
}
Files.createDirectories(repo.resolve("weights"))
new RandomAccessFile(repo.resolve("weights/model-00001-of-00002.safetensors").toFile(), "rw").withCloseable {
    it.setLength(3L * 1024 * 1024 * 1024)
}
// The fingerprint of the tree before the scan; verify.groovy checks the scan left it byte-identical.
new File(basedir, "tree-before.txt").text = dev.provenance.it.Fixtures.treeFingerprint(repo)
return true
