// The copied file lost its whole header and nothing else credits the upstream: STRIPPED, snippet-unattributed at
// ERROR, and `mvn verify` fails.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 3-65 (EXACT), STRIPPED')
expect('[INFO] Violations: 2 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] Upstream tally-kit@1.0.0: 2 ERROR')
expect('[ERROR] [notice-not-propagated] src/main/java/com/example/text/WordTally.java:3 tally-kit@1.0.0 ships a NOTICE file ("Tally Kit / Copyright 2024 The Tally Kit Authors / This product includes software developed by The Tally Kit Authors.") that copies under Apache-2.0 must carry on, and no notice file of the repository does')
expect('[ERROR] [snippet-unattributed] src/main/java/com/example/text/WordTally.java:3 lines 3-65 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors) credited nowhere')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.attribution.status == 'STRIPPED' && !s.attribution.satisfied && s.attribution.evidence.every { it.kind == 'LICENSE_TEXT' }
assert report.violations.collect { [it.rule, it.severity, it.path, it.lines, it.origin] } ==
        [['notice-not-propagated', 'ERROR', 'src/main/java/com/example/text/WordTally.java', s.lines, 'tally-kit@1.0.0'],
         ['snippet-unattributed', 'ERROR', 'src/main/java/com/example/text/WordTally.java', s.lines, 'tally-kit@1.0.0']]
assert report.violations[1].howToFix == "Keep 'Copyright 2024 The Tally Kit Authors' from src/main/java/org/tallykit/WordTally.java in the header of src/main/java/com/example/text/WordTally.java (Apache-2.0: keep the copyright notice and license in the source file; carry the upstream NOTICE on; mark modified files as changed)."
return true
