// One file credits mini-ring (Jane Roe's MIT header) but also holds tally-kit's code, uncredited: that code is
// PARTIAL, attribution-partial at ERROR; the mini-ring part is ATTRIBUTED.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 3 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 3 snippets from mini-ring@1.0.0, tally-kit@1.0.0, lines 5-10, 13-68, 71-124 (EXACT/EDITED), PARTIAL/ATTRIBUTED')
expect('[INFO] Violations: 3 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] Upstream tally-kit@1.0.0: 3 ERROR')
expect('[ERROR] [attribution-partial] src/main/java/com/example/text/WordTally.java:5 lines 5-10 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-23 (Apache-2.0; The Tally Kit Authors) uncredited, while the file credits mini-ring@1.0.0')
expect('[ERROR] [notice-not-propagated] src/main/java/com/example/text/WordTally.java:5 tally-kit@1.0.0 ships a NOTICE file ("Tally Kit / Copyright 2024 The Tally Kit Authors / This product includes software developed by The Tally Kit Authors.") that copies under Apache-2.0 must carry on, and no notice file of the repository does')
expect('[ERROR] [attribution-partial] src/main/java/com/example/text/WordTally.java:13 lines 13-68 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:25-80 (Apache-2.0; The Tally Kit Authors) uncredited, while the file credits mini-ring@1.0.0')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def byComponent = report.snippets.groupBy { it.origin.component }
assert byComponent['mini-ring']*.attribution*.status == ['ATTRIBUTED']
assert byComponent['tally-kit'].every { it.attribution.status == 'PARTIAL' && !it.attribution.satisfied }
def partial = report.violations.findAll { it.rule == 'attribution-partial' }
assert partial.every { it.origin == 'tally-kit@1.0.0' } && partial.size() == byComponent['tally-kit'].size()
// tally-kit ships a NOTICE that an Apache-2.0 copy must carry on; this repository has no notice file.
assert report.violations.findAll { it.rule == 'notice-not-propagated' }*.origin == ['tally-kit@1.0.0']
assert report.violations.size() == partial.size() + 1
return true
