// A model repository whose model card says apache-2.0 while its LICENSE holds the MIT text: BUILD FAILURE.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Files: 7 (SOURCE 1, CONFIG 1, TOKENIZER 1, LEGAL 1, MODEL_CARD 1, MANIFEST 1, OTHER 1)')
expect('[INFO] Repository licenses: MIT (LICENSE), Apache-2.0 (README.md)')
expect('[INFO] Own holders: Example AI Lab')
expect('[INFO] Violations: 1 ERROR, 0 WARNING, 0 INFO')
expect('[ERROR] [license-declaration-conflict] README.md:2 declares Apache-2.0 (model card front matter) but LICENSE:1 holds MIT')
expect('[INFO] BUILD FAILURE')
def reportPath = basedir.toPath().toAbsolutePath().normalize().resolve('target/provenance/provenance-report.json')
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.provenance:provenance-maven-plugin:') &&
        it.contains('Provenance found 1 violation at or above ERROR (1 ERROR, 0 WARNING, 0 INFO); see ' + reportPath) }

def report = new JsonSlurper().parse(reportPath.toFile())
assert report.summary.violations == [ERROR: 1, WARNING: 0, INFO: 0]
assert report.declared.collect { [it.expression, it.source, it.kind, it.lines] } ==
        [['MIT', 'LICENSE', 'license-text', [1, 18]], ['Apache-2.0', 'README.md', 'model-card', [2, 2]]]
def card = report.files.find { it.path == 'README.md' }
assert card.kind == 'MODEL_CARD'
assert card.licenses.collect { [it.expression, it.source, it.declaredAs] } == [['Apache-2.0', 'model-card', 'apache-2.0']]
assert report.files.find { it.path == 'tokenizer_config.json' }.kind == 'TOKENIZER'
assert report.files.find { it.path == 'config.json' }.kind == 'CONFIG'
def modeling = report.files.find { it.path == 'modeling_example.py' }
assert modeling.language == 'python'
assert modeling.licenses.collect { [it.expression, it.source, it.lines] } == [['MIT', 'spdx-tag', [2, 2]]]
assert report.violations.size() == 1
def v = report.violations[0]
assert v.rule == 'license-declaration-conflict' && v.severity == 'ERROR' && v.path == 'README.md' && v.lines == [2, 2]
assert v.message == 'declares Apache-2.0 (model card front matter) but LICENSE:1 holds MIT'
assert v.howToFix.startsWith('Decide which license the repository is under')
assert report.issues == []
return true
