// The copied file keeps its upstream's copyright line and license notice (and says what changed); NOTICE
// carries the upstream's attribution: ATTRIBUTED, satisfied, and the build passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 21-83 (EXACT), ATTRIBUTED')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')

expect('[INFO] Verdicts: 1 ATTRIBUTED; 0 not credited as their license requires')
expect('[INFO] Upstream components: 1')
expect('[INFO] BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert report.snippets.size() == 1
assert s.origin.component == 'tally-kit' && s.origin.path == 'src/main/java/org/tallykit/WordTally.java'
assert s.attribution.status == 'ATTRIBUTED' && s.attribution.satisfied && s.attribution.missing == []
assert s.attribution.evidence.findAll { it.kind == 'HEADER_COPYRIGHT' }*.text == ['Copyright 2024 The Tally Kit Authors']
assert s.attribution.evidence.findAll { it.kind == 'HEADER_LICENSE' }*.path == ['src/main/java/com/example/text/WordTally.java']
assert s.attribution.evidence.findAll { it.kind == 'NOTICE_ENTRY' }*.path == ['NOTICE']
assert report.violations == []
return true
