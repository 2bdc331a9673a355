// Every bad input is one issue with a stable code, the scan goes on, and the tree is left byte-identical.
import groovy.json.JsonSlurper

def repo = basedir.toPath().toAbsolutePath().normalize().resolve('repo')
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[WARNING] Input issues: 11')
expect('[WARNING] [symlink-broken] dangling: symbolic link to does-not-exist.txt is broken: its target does not exist')
expect('[WARNING] [symlink-outside-root] escape: symbolic link to /etc points outside the scanned root; not followed')
expect("[WARNING] [invalid-json] generation_config.json: line 7, column 1: trailing comma before '}'")
expect('[WARNING] [invalid-encoding] latin1_comment.py: invalid UTF-8 at byte 35 (line 2); decoded as windows-1252')
expect('[WARNING] [symlink-loop] loop: symbolic link to loop leads back to itself; not followed')
expect('[WARNING] [binary-content] not_really_text.py: named as source (python) but holds binary content; not analysed')
expect('[WARNING] [special-file] pipe: named pipe (FIFO); not a regular file, never opened')
expect('[WARNING] [invalid-xml] pom.xml: line 9, column 7: The element type "license" must be terminated by the matching end-tag "</license>".')
expect('[WARNING] [too-large] weights/model-00001-of-00002.safetensors: 3.0 GiB exceeds the 16 MiB analysis budget; inventoried, not analysed')
expect('[WARNING] [xml-doctype-refused] xxe/pom.xml: line 2, column 1: DOCTYPE is not allowed (external entities are refused)')
expect('[WARNING] [symlink-loop] xxe/up: symbolic link to .. leads back to its own ancestor (the scanned root); not followed')
expect('[INFO] Repository licenses: MIT (LICENSE)')
expect('[INFO] BUILD SUCCESS')
// No exception escaped the scan: no stack frame of ours anywhere in the log.
assert !log.any { it.contains('at dev.provenance.') || it.contains('dev.provenance.scan.InputProblem') }

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.issues.collect { [it.path, it.code] } == [
        ['dangling', 'symlink-broken'],
        ['escape', 'symlink-outside-root'],
        ['generation_config.json', 'invalid-json'],
        ['latin1_comment.py', 'invalid-encoding'],
        ['loop', 'symlink-loop'],
        ['not_really_text.py', 'binary-content'],
        ['pipe', 'special-file'],
        ['pom.xml', 'invalid-xml'],
        ['weights/model-00001-of-00002.safetensors', 'too-large'],
        ['xxe/pom.xml', 'xml-doctype-refused'],
        ['xxe/up', 'symlink-loop']]
assert report.summary.issues == 11
// The files that could be read are still inventoried and analysed.
assert report.files.find { it.path == 'weights/model-00001-of-00002.safetensors' }.kind == 'WEIGHTS'
assert report.files.find { it.path == 'not_really_text.py' }.kind == 'BINARY'
assert report.files.find { it.path == 'latin1_comment.py' }.copyrights[0].holders == ['Example Corp']
assert report.declared.collect { [it.expression, it.source] } == [['MIT', 'LICENSE']]
// Nothing from outside the root, nothing through a link.
assert !report.files*.path.any { it.startsWith('escape') || it.startsWith('xxe/up') || it == 'pipe' }
// No external entity was resolved: the report never carries the content of /etc/passwd.
assert !new File(basedir, 'target/provenance/provenance-report.json').text.contains('root:x:0:0')

// The scanned tree is byte-identical, nothing was written into it.
assert dev.provenance.it.Fixtures.treeFingerprint(repo) == new File(basedir, 'tree-before.txt').text
return true
