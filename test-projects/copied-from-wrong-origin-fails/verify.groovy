// A "Copied from" marker names mini-ring, but the code is tally-kit's: copied-from-mismatch (WARNING) beside
// snippet-unattributed (ERROR) for the real, uncredited upstream.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 3-66 (EXACT), STRIPPED')
expect('[INFO] Violations: 2 ERROR, 1 WARNING, 0 INFO')
expect('[INFO] Upstream tally-kit@1.0.0: 2 ERROR, 1 WARNING')
expect('[ERROR] [notice-not-propagated] src/main/java/com/example/text/WordTally.java:3 tally-kit@1.0.0 ships a NOTICE file ("Tally Kit / Copyright 2024 The Tally Kit Authors / This product includes software developed by The Tally Kit Authors.") that copies under Apache-2.0 must carry on, and no notice file of the repository does')
expect('[ERROR] [snippet-unattributed] src/main/java/com/example/text/WordTally.java:3 lines 3-66 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors) credited nowhere')
expect('[WARNING] [copied-from-mismatch] src/main/java/com/example/text/WordTally.java:10 \'Copied from mini-ring (org.miniring.RingBuffer)\' but lines 3-66 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors)')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.origin.component == 'tally-kit' && s.attribution.status == 'STRIPPED'
assert s.attribution.evidence.find { it.kind == 'MARKER_MISMATCH' }.lines == [10, 10]
assert report.violations.collect { [it.rule, it.severity, it.lines] } ==
        [['notice-not-propagated', 'ERROR', s.lines], ['snippet-unattributed', 'ERROR', s.lines],
         ['copied-from-mismatch', 'WARNING', [10, 10]]]
return true
