// The copy keeps its GPL-2.0-only header (ATTRIBUTED), but GPL-2.0-only code cannot be distributed under the
// repository's Apache-2.0: license-incompatible at ERROR, and the GPL text the copy needs ships nowhere.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO] Verdicts: 1 ATTRIBUTED; 0 not credited as their license requires')
expect('[INFO] Upstream components: 1')
expect('[INFO]   gpl-matrix@1.0.0 (GPL-2.0-only): 1 file, 64 lines copied')
expect('[INFO]   src/main/java/com/example/text/Matrix.java: 1 snippet from gpl-matrix@1.0.0, lines 13-76 (EXACT), ATTRIBUTED')
expect('[INFO] Violations: 2 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] Upstream gpl-matrix@1.0.0: 2 ERROR')
expect('[ERROR] [license-incompatible] src/main/java/com/example/text/Matrix.java:13 lines 13-76 copy gpl-matrix@1.0.0 src/main/java/org/gplmatrix/Matrix.java:13-76 (GPL-2.0-only; Free Hacker), incompatible with the repository\'s Apache-2.0: GPL-2.0-only code cannot be distributed under Apache-2.0: GPL-2.0-only requires the whole work that contains the copy to be licensed under GPL-2.0-only (GPL-2.0-only §2(b): "to be licensed as a whole at no charge to all third parties")')
expect('[ERROR] [license-text-missing] src/main/java/com/example/text/Matrix.java:13 gpl-matrix@1.0.0 is under GPL-2.0-only, whose text must ship with copies (GPL-2.0-only: keep the copyright notice and license in the source file; mark modified files as changed; license the whole work the same way and offer its source), but no file of the repository holds that text; copied into 1 file')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.snippets[0].attribution.status == 'ATTRIBUTED'
assert report.violations.collect { [it.rule, it.severity, it.origin] } ==
        [['license-incompatible', 'ERROR', 'gpl-matrix@1.0.0'], ['license-text-missing', 'ERROR', 'gpl-matrix@1.0.0']]
return true
