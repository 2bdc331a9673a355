// NOTICE credits the upstream, but the copied file itself keeps nothing: Apache-2.0 asks the copy to retain its
// notices (section 4(c)), so NOTICE_ONLY does not satisfy it: snippet-unattributed at ERROR.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 3-65 (EXACT), NOTICE_ONLY')
expect('[INFO] Violations: 1 ERROR, 0 WARNING, 0 INFO')
expect('[ERROR] [snippet-unattributed] src/main/java/com/example/text/WordTally.java:3 lines 3-65 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors) credited only in NOTICE:4, not in the file')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.attribution.status == 'NOTICE_ONLY' && !s.attribution.satisfied
assert s.attribution.evidence.find { it.kind == 'NOTICE_ENTRY' }.path == 'NOTICE'
assert report.violations*.rule == ['snippet-unattributed']
return true
