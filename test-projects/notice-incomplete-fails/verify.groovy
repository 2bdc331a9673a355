// A third-party holder (Bob Gadget) named in a file header but missing from NOTICE: BUILD FAILURE.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Repository licenses: Apache-2.0 (LICENSE), Apache-2.0 (pom.xml)')
expect('[INFO] Own holders: Example Corp')
expect('[INFO] Third-party holders: 2')
expect('[INFO]   Acme Widgets Ltd.: 1 file [Apache-2.0]')
expect('[INFO]   Bob Gadget: 1 file [Apache-2.0]')
expect('[INFO] Violations: 1 ERROR, 0 WARNING, 0 INFO')
expect("[ERROR] [notice-incomplete] src/main/java/com/example/server/codec/Hex.java:2 'Bob Gadget' holds copyright in src/main/java/com/example/server/codec/Hex.java under Apache-2.0 but is not named in NOTICE")
expect('[INFO] BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.thirdParty == [
        [holder: 'Acme Widgets Ltd.', files: ['src/main/java/com/example/server/json/JsonQuote.java'],
         licenses: ['Apache-2.0'], creditedIn: ['NOTICE']],
        [holder: 'Bob Gadget', files: ['src/main/java/com/example/server/codec/Hex.java'],
         licenses: ['Apache-2.0'], creditedIn: []]]
assert report.violations.collect { [it.rule, it.severity, it.path, it.lines] } ==
        [['notice-incomplete', 'ERROR', 'src/main/java/com/example/server/codec/Hex.java', [2, 2]]]
assert report.violations[0].howToFix.startsWith('Add an entry for the holder to the notice file')
return true
