// An auditor's run: no pom, the goal given by its coordinates, the directory by -Dprovenance.directory.
import groovy.json.JsonSlurper

def repo = basedir.toPath().toAbsolutePath().normalize().resolve('repo')
def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Scanning ' + repo)
expect('[INFO] Inventory: 4 files to analyse, 0 paths excluded')
expect('[INFO] Files: 4 (SOURCE 1, LEGAL 1, MANIFEST 2)')
expect('[INFO] Repository licenses: MIT (LICENSE), MIT (package.json)')
expect('[INFO] Own holders: Gopher Tools contributors')
expect('[INFO] Violations: 0 ERROR, 0 WARNING, 0 INFO')
def reportFile = basedir.toPath().toAbsolutePath().normalize().resolve('target/provenance/provenance-report.json')
expect('[INFO] Report: ' + reportFile)
expect('[INFO] BUILD SUCCESS')

// The report goes under the current directory, never into the scanned tree.
assert !repo.resolve('target').toFile().exists()
def report = new JsonSlurper().parse(reportFile.toFile())
assert report.root == repo.toString()
assert report.files*.path == ['LICENSE', 'cmd/greet/main.go', 'go.mod', 'package.json']
def main = report.files.find { it.path == 'cmd/greet/main.go' }
assert main.language == 'go'
assert main.licenses.collect { [it.expression, it.source] } == [['MIT', 'spdx-tag']]
assert main.copyrights*.holders == [['Gopher Tools contributors']]
assert report.declared.collect { [it.expression, it.source] } == [['MIT', 'LICENSE'], ['MIT', 'package.json']]
assert report.ownHolderEvidence == [[holder: 'Gopher Tools contributors',
                                     source: 'LICENSE line 3: Copyright (c) 2026 Gopher Tools contributors']]
assert report.violations == [] && report.issues == []
return true
