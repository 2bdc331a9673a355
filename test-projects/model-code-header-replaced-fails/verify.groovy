// A model repository whose modeling code, chat template and config geometry were copied from an indexed
// component (rope-kit, written for this test): each copy is a snippet with its upstream file and lines. The
// modeling file follows its upstream line by line with renamed classes, but its header names only the copier's
// company: REPLACED, header-replaced. The JSON copies cannot carry a header and nothing credits them.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Indexed rope-kit@1.2.0: 3 files (3 fingerprinted), 6.4 KiB, license Apache-2.0 (LICENSE), holders The Rope Kit Authors')
def kb = basedir.toPath().toAbsolutePath().normalize().resolve('target/kb')
expect('[INFO] Knowledge base: ' + kb + ' (1 component, 3 files)')
expect('[INFO] Snippets: 3 in 3 files')
expect('[INFO]   config.json: 1 snippet from rope-kit@1.2.0, lines 4-27 (EDITED), STRIPPED')
expect('[INFO]   modeling_example.py: 1 snippet from rope-kit@1.2.0, lines 4-112 (RENAMED), REPLACED')
expect('[INFO]   tokenizer_config.json: 1 snippet from rope-kit@1.2.0, lines 1-5 (EXACT), STRIPPED')
expect('[INFO] Violations: 3 ERROR, 0 WARNING, 0 INFO')
expect("[ERROR] [header-replaced] modeling_example.py:4 lines 4-112 copy rope-kit@1.2.0 rope_kit/modeling_rope.py:16-124 (Apache-2.0; The Rope Kit Authors) but the header names only 'Copyright 2026 Example AI Lab. All rights reserved.'")
expect('[ERROR] [snippet-unattributed] config.json:4 lines 4-27 copy rope-kit@1.2.0 config.json:4-26 (Apache-2.0; The Rope Kit Authors) credited nowhere')
expect('[ERROR] [snippet-unattributed] tokenizer_config.json:1 lines 1-5 copy rope-kit@1.2.0 tokenizer_config.json:1-5 (Apache-2.0; The Rope Kit Authors) credited nowhere')
expect('[INFO] BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/provenance/provenance-report.json'))
assert report.summary.snippets == 3
def byPath = report.snippets.collectEntries { [(it.path): it] }
assert byPath.keySet() == ['config.json', 'modeling_example.py', 'tokenizer_config.json'] as Set

def modeling = byPath['modeling_example.py']
assert modeling.lines == [4, 112]
assert modeling.origin == [component: 'rope-kit', version: '1.2.0', purl: '', path: 'rope_kit/modeling_rope.py',
                           lines: [16, 124], license: 'Apache-2.0', holders: ['The Rope Kit Authors']]
assert modeling.cloneType == 'RENAMED' && modeling.similarity == 1.0 && !modeling.wholeFile
assert modeling.renames == [KitAttention: 'ExampleAttention', KitNorm: 'ExampleRMSNorm',
                            KitRotaryTable: 'ExampleRotaryEmbedding', rotate_pair: 'apply_rotary',
                            swap_and_negate: 'rotate_half', widen_groups: 'repeat_kv']
// Its header names only the copier: the upstream's copyright line is gone and another holder's stands in its place.
assert modeling.attribution.status == 'REPLACED' && !modeling.attribution.satisfied
// The repository's own LICENSE is the Apache-2.0 text, so the upstream license's text is shipped.
assert modeling.attribution.evidence == [[kind: 'LICENSE_TEXT', path: 'LICENSE', lines: [1, 73], text: 'Apache-2.0'],
                                         [kind: 'OTHER_HOLDER', path: 'modeling_example.py', lines: [1, 1],
                                          text: 'Copyright 2026 Example AI Lab. All rights reserved.']]
assert modeling.attribution.missing == ["keep 'Copyright 2024 The Rope Kit Authors' from rope_kit/modeling_rope.py" +
                                        " in the header of modeling_example.py (Apache-2.0: keep the copyright" +
                                        " notice and license in the source file; carry the upstream NOTICE on;" +
                                        " mark modified files as changed)"]
// The copy's own decoder layer (from line 115) is not part of the snippet.
assert new File(basedir, 'modeling_example.py').readLines()[114].startsWith('class ExampleDecoderLayer')

def template = byPath['tokenizer_config.json']
assert template.origin.path == 'tokenizer_config.json' && template.cloneType == 'EXACT' && template.tokens == 135
def config = byPath['config.json']
assert config.origin.path == 'config.json' && config.origin.lines == [4, 26] && config.cloneType == 'EDITED'
// Snippets are sorted by path and line, deterministically.
assert report.snippets*.path == ['config.json', 'modeling_example.py', 'tokenizer_config.json']
assert report.violations.collect { [it.rule, it.path, it.origin] } == [
        ['snippet-unattributed', 'config.json', 'rope-kit@1.2.0'],
        ['header-replaced', 'modeling_example.py', 'rope-kit@1.2.0'],
        ['snippet-unattributed', 'tokenizer_config.json', 'rope-kit@1.2.0']]
assert config.attribution.missing == ['credit rope-kit@1.2.0 (config.json) with the copyright of The Rope Kit Authors' +
                                      ' and its license (Apache-2.0) in a third-party notice file: config.json cannot carry a header']
return true
