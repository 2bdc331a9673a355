// The same waiver with an expiry date in the past: it no longer applies, the finding is reported again and the
// expired waiver is itself an ERROR naming its line.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Policy: provenance-policy.yaml (1 waiver)')
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO] Verdicts: 1 STRIPPED; 1 not credited as their license requires')
expect('[INFO] Upstream components: 1')
expect('[INFO]   tally-kit@1.0.0 (Apache-2.0): 1 file, 63 lines copied')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 3-65 (EXACT), STRIPPED')
expect('[INFO] Violations: 3 ERROR, 0 WARNING, 0 INFO')
expect('[ERROR] [waiver-expired] provenance-policy.yaml:3 the waiver at provenance-policy.yaml:3 for snippet-unattributed on src/main/java/com/example/text/WordTally.java (origin tally-kit) expired on 2024-06-30 and no longer applies; the finding it covered is reported again')
expect('[INFO] Upstream tally-kit@1.0.0: 2 ERROR')
expect('[ERROR] [notice-not-propagated] src/main/java/com/example/text/WordTally.java:3 tally-kit@1.0.0 ships a NOTICE file ("Tally Kit / Copyright 2024 The Tally Kit Authors / This product includes software developed by The Tally Kit Authors.") that copies under Apache-2.0 must carry on, and no notice file of the repository does')
expect('[ERROR] [snippet-unattributed] src/main/java/com/example/text/WordTally.java:3 lines 3-65 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors) credited nowhere')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.waivers == []
assert report.violations.collect { [it.rule, it.severity, it.path] } ==
        [['waiver-expired', 'ERROR', 'provenance-policy.yaml'],
         ['notice-not-propagated', 'ERROR', 'src/main/java/com/example/text/WordTally.java'],
         ['snippet-unattributed', 'ERROR', 'src/main/java/com/example/text/WordTally.java']]
return true
