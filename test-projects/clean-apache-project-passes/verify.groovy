// A clean Apache-2.0 project: LICENSE, pom.xml and the file headers agree; only the repository's own holder.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Files: 7 (SOURCE 2, LEGAL 2, DOC 1, MANIFEST 1, OTHER 1)')
expect('[INFO] Repository licenses: Apache-2.0 (LICENSE), Apache-2.0 (pom.xml)')
expect('[INFO] Own holders: Example Corp')
expect('[INFO] Third-party holders: 0')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')
expect('[INFO] BUILD SUCCESS')
assert !log.any { it.startsWith('[WARNING] Input issues') }

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.schemaVersion == 1
assert report.tool.name == 'provenance'
assert report.root == basedir.toPath().toAbsolutePath().normalize().toString()
assert report.summary.files == 7
assert report.summary.byKind.SOURCE == 2 && report.summary.byKind.LEGAL == 2 && report.summary.byKind.MANIFEST == 1
assert report.summary.violations == [ERROR: 0, WARNING: 0, INFO: 0]
assert report.files*.path == ['.gitignore', 'LICENSE', 'NOTICE', 'README.md', 'pom.xml',
                              'src/main/java/com/example/widgets/Widget.java',
                              'src/main/java/com/example/widgets/WidgetFactory.java']
assert report.declared.collect { [it.expression, it.source, it.kind] } ==
        [['Apache-2.0', 'LICENSE', 'license-text'], ['Apache-2.0', 'pom.xml', 'manifest']]
def widget = report.files.find { it.path == 'src/main/java/com/example/widgets/Widget.java' }
assert widget.kind == 'SOURCE' && widget.language == 'java'
assert widget.licenses.collect { [it.expression, it.source] } == [['Apache-2.0', 'header-notice']]
assert widget.copyrights.collect { [it.statement, it.holders, it.lines] } ==
        [['Copyright 2026 Example Corp', ['Example Corp'], [2, 2]]]
def pomLicense = report.files.find { it.path == 'pom.xml' }.licenses[0]
assert pomLicense.declaredAs == 'The Apache Software License, Version 2.0' && pomLicense.known
assert report.ownHolders == ['Example Corp']
assert report.thirdParty == []
assert report.violations == []
assert report.issues == []
// The harness files are left out by the project's .gitignore, each with the line that excludes it.
assert report.excluded == [
        [path: 'build.log', reason: '.gitignore:2: /build.log'],
        [path: 'invoker.properties', reason: '.gitignore:3: /invoker.properties'],
        [path: 'setup.groovy', reason: '.gitignore:4: /*.groovy'],
        [path: 'verify.groovy', reason: '.gitignore:4: /*.groovy']]
return true
