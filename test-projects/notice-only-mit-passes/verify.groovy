// The MIT copy has no header, but the third-party notice credits mini-ring with its copyright line and the MIT
// text: MIT asks for the notice "in all copies or substantial portions", anywhere in them, so NOTICE_ONLY
// satisfies it and the check passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO] Verdicts: 1 NOTICE_ONLY; 0 not credited as their license requires')
expect('[INFO] Upstream components: 1')
expect('[INFO]   mini-ring@1.0.0 (MIT): 1 file, 57 lines copied')
expect('[INFO]   src/main/java/com/example/text/RingBuffer.java: 1 snippet from mini-ring@1.0.0, lines 3-59 (EXACT), NOTICE_ONLY')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')

expect('[INFO] BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.origin.component == 'mini-ring' && s.origin.license == 'MIT'
assert s.attribution.status == 'NOTICE_ONLY' && s.attribution.satisfied && s.attribution.missing == []
assert s.attribution.evidence.find { it.kind == 'NOTICE_ENTRY' }.path == 'THIRD_PARTY_NOTICES.txt'
assert s.attribution.evidence.find { it.kind == 'LICENSE_TEXT' }.path == 'THIRD_PARTY_NOTICES.txt'
assert report.violations == []
return true
