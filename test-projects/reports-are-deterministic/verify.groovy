// Three builds of the same two modules — serial, serial again, four threads — wrote the same bytes in every report.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Snippets: 1 in 1 file')

def formats = ['provenance-report.json', 'provenance-report.html', 'provenance.sarif', 'provenance.spdx.json']
for (module in ['text-core', 'text-ring']) {
    for (name in formats) {
        def serial = new File(basedir, module + '/target/provenance-serial/' + name)
        assert serial.isFile(): 'missing ' + serial
        for (run in ['again', 'parallel']) {
            def other = new File(basedir, module + '/target/provenance-' + run + '/' + name)
            assert other.isFile(): 'missing ' + other
            assert serial.bytes == other.bytes: module + '/' + name + ' differs between the serial and the ' + run + ' build'
        }
    }
}
def core = new JsonSlurper().parse(new File(basedir, 'text-core/target/provenance-serial/provenance-report.json'))
assert core.snippets*.origin*.component == ['tally-kit'] && core.snippets[0].attribution.status == 'ATTRIBUTED'
def ring = new JsonSlurper().parse(new File(basedir, 'text-ring/target/provenance-serial/provenance-report.json'))
assert ring.snippets*.origin*.component == ['mini-ring'] && ring.snippets[0].attribution.status == 'STRIPPED'
def spdx = new JsonSlurper().parse(new File(basedir, 'text-ring/target/provenance-serial/provenance.spdx.json'))
assert spdx.spdxVersion == 'SPDX-2.3' && spdx.creationInfo.created == '2026-11-29T00:00:00Z'
assert spdx.snippets.size() == 1
return true
