// A notice file clears only what a notice can satisfy: tally-kit is Apache-2.0, whose copies must keep the upstream
// notices in the source file (4(c)), so after notice writes THIRD-PARTY-NOTICES.txt the copy is NOTICE_ONLY but
// not satisfied and check still fails. A second notice keeps the existing file.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def starts = log.findIndexValues { it.startsWith('[INFO] --- provenance-maven-plugin:') }.collect { it as int }
assert starts.size() == 4: "four invocations in build.log, found " + starts.size()
def step = { int n -> log.subList(starts[n - 1], n < starts.size() ? starts[n] : log.size()) }
def expect = { int n, String line -> assert step(n).contains(line): "step " + n + " of build.log has no line: " + line }

def copy = 'src/main/java/com/example/text/WordTally.java'
def upstream = 'copy tally-kit@1.0.0 src/main/java/org/tallykit/WordTally.java:18-80 (Apache-2.0; The Tally Kit Authors)'
// 2: notice writes the file, and says it does not satisfy Apache-2.0
expect(2, '[INFO] Notice written: THIRD-PARTY-NOTICES.txt (1 upstream component, 0 other copyright holders)')
expect(2, '[WARNING]   tally-kit@1.0.0 (Apache-2.0): a notice file does not satisfy it; keep its header in the copied files')
expect(2, '[INFO] Expected to clear 0 violations; 1 violation about the listed copies remains')
expect(2, '[WARNING]   remains: [snippet-unattributed] ' + copy + ':3 lines 3-65 ' + upstream + ' credited nowhere')
expect(2, '[INFO] BUILD SUCCESS')
// 3: an existing notice file is kept
def file = new File(basedir, 'THIRD-PARTY-NOTICES.txt').canonicalFile.toPath().toAbsolutePath().normalize()
assert step(3).any { it.startsWith('[ERROR] Failed to execute goal') && it.contains('The notice file ' + file
        + ' exists and is kept; add what it lacks by hand, or run again with -Dprovenance.notice.overwrite=true to replace it') }
expect(3, '[INFO] BUILD FAILURE')
// 4: check still fails, now naming the notice entry that is not enough
expect(4, '[INFO]   ' + copy + ': 1 snippet from tally-kit@1.0.0, lines 3-65 (EXACT), NOTICE_ONLY')
expect(4, '[INFO] Violations: 1 ERROR, 0 WARNING, 0 INFO')
expect(4, '[ERROR] [snippet-unattributed] ' + copy + ':3 lines 3-65 ' + upstream + ' credited only in THIRD-PARTY-NOTICES.txt:13, not in the file')
expect(4, '[INFO] BUILD FAILURE')

def notice = new File(basedir, 'THIRD-PARTY-NOTICES.txt').readLines('UTF-8')
assert notice.containsAll(['Software: tally-kit 1.0.0', 'Copyright 2024 The Tally Kit Authors', 'License: Apache-2.0 (Apache License 2.0)'])

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
def s = report.snippets[0]
assert s.attribution.status == 'NOTICE_ONLY' && !s.attribution.satisfied
assert s.attribution.evidence.find { it.kind == 'NOTICE_ENTRY' }.path == 'THIRD-PARTY-NOTICES.txt'
assert report.violations.collect { [it.rule, it.severity, it.path] } == [['snippet-unattributed', 'ERROR', copy]]
return true
