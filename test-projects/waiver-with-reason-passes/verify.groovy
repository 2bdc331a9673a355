// A stripped copy, waived in provenance-policy.yaml with the reason ORIGINAL_WORK and a comment: the finding
// moves to the report's waivers and the check passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Policy: provenance-policy.yaml (2 waivers)')
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO] Verdicts: 1 STRIPPED; 1 not credited as their license requires')
expect('[INFO] Upstream components: 1')
expect('[INFO]   tally-kit@1.0.0 (Apache-2.0): 1 file, 63 lines copied')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 3-65 (EXACT), STRIPPED')
expect('[INFO] Waived: 2')
expect('[INFO]   [notice-not-propagated] src/main/java/com/example/text/WordTally.java:3 waived by line 8 (ORIGINAL_WORK: Tally Kit\'s NOTICE names Example Corp\'s own work)')
expect('[INFO]   [snippet-unattributed] src/main/java/com/example/text/WordTally.java:3 waived by line 3 (ORIGINAL_WORK: Example Corp wrote WordTally and contributed it to Tally Kit)')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')

expect('[INFO] BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.violations == []
assert report.summary.waived == 2
assert report.waivers*.rule == ['notice-not-propagated', 'snippet-unattributed']
def w = report.waivers.find { it.rule == 'snippet-unattributed' }
assert w.rule == 'snippet-unattributed' && w.reason == 'ORIGINAL_WORK' && w.policyLine == 3
assert w.path == 'src/main/java/com/example/text/WordTally.java' && w.origin == 'tally-kit@1.0.0'
assert w.comment == 'Example Corp wrote WordTally and contributed it to Tally Kit' && w.expires == null
return true
