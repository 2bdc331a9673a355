// The twin of notice-incomplete-fails: NOTICE names both third-party holders, so the build passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Third-party holders: 2')
expect('[INFO]   Acme Widgets Ltd.: 1 file [Apache-2.0]')
expect('[INFO]   Bob Gadget: 1 file [Apache-2.0]')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.thirdParty.collect { [it.holder, it.creditedIn] } ==
        [['Acme Widgets Ltd.', ['NOTICE']], ['Bob Gadget', ['NOTICE']]]
assert report.violations == []
return true
