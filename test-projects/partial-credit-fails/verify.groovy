// One file credits mini-ring (Jane Roe's MIT header) but also holds tally-kit's code, uncredited: that code is
// PARTIAL, attribution-partial at ERROR; the mini-ring part is ATTRIBUTED.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 3 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 3 snippets from mini-ring@1.0.0, tally-kit@1.0.0, lines 5-10, 13-68, 71-124 (EXACT/EDITED), PARTIAL/ATTRIBUTED')
expect('[INFO] Violations: 2 ERROR, 0 WARNING, 0 INFO')
expect('[ERROR] [attribution-partial] src/main/java/com/example/text/WordTally.java:5 lines 5-10 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-23 (Apache-2.0; The Tally Kit Authors) uncredited, while the file credits mini-ring@1.0.0')
expect('[ERROR] [attribution-partial] src/main/java/com/example/text/WordTally.java:13 lines 13-68 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:25-80 (Apache-2.0; The Tally Kit Authors) uncredited, while the file credits mini-ring@1.0.0')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def byComponent = report.snippets.groupBy { it.origin.component }
assert byComponent['mini-ring']*.attribution*.status == ['ATTRIBUTED']
assert byComponent['tally-kit'].every { it.attribution.status == 'PARTIAL' && !it.attribution.satisfied }
assert report.violations.every { it.rule == 'attribution-partial' && it.origin == 'tally-kit@1.0.0' }
assert report.violations.size() == byComponent['tally-kit'].size()
return true
