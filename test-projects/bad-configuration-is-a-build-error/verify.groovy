// A bad parameter is a configuration error (MojoExecutionException) named in the message, found before any scan.
def log = new File(basedir, 'build.log').readLines()
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.provenance:provenance-maven-plugin:') &&
        it.endsWith(": provenance.failOnSeverity must be ERROR, WARNING, INFO or NONE, was 'LOUD' -> [Help 1]") }
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
assert !log.any { it.startsWith('[INFO] Scanning /') }
assert !new File(basedir, 'target/provenance/provenance-report.json').exists()
return true
