// The copied file follows its upstream line by line, but its header names only the copier: REPLACED,
// header-replaced at ERROR.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')
expect('[INFO]   src/main/java/com/example/text/WordTally.java: 1 snippet from tally-kit@1.0.0, lines 18-80 (EXACT), REPLACED')
expect('[INFO] Violations: 2 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] Upstream tally-kit@1.0.0: 2 ERROR')
expect('[ERROR] [header-replaced] src/main/java/com/example/text/WordTally.java:18 lines 18-80 copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors) but the header names only \'Copyright 2026 Example Corp. All rights reserved.\'')
expect('[ERROR] [notice-not-propagated] src/main/java/com/example/text/WordTally.java:18 tally-kit@1.0.0 ships a NOTICE file ("Tally Kit / Copyright 2024 The Tally Kit Authors / This product includes software developed by The Tally Kit Authors.") that copies under Apache-2.0 must carry on, and no notice file of the repository does')

expect('[INFO] BUILD FAILURE')
def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.attribution.status == 'REPLACED' && !s.attribution.satisfied
assert s.attribution.evidence.find { it.kind == 'OTHER_HOLDER' }.text == 'Copyright 2026 Example Corp. All rights reserved.'
assert report.violations.collect { [it.rule, it.severity, it.origin] } ==
        [['header-replaced', 'ERROR', 'tally-kit@1.0.0'], ['notice-not-propagated', 'ERROR', 'tally-kit@1.0.0']]
return true
