// A model repository whose modeling code, chat template and config geometry were copied from an indexed
// component (rope-kit, written for this test): each copy is a snippet with its upstream file and lines.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert log.contains(line): "build.log has no line: " + line }
expect('[INFO] Indexed rope-kit@1.2.0: 3 files (3 fingerprinted), 6.4 KiB, license Apache-2.0 (LICENSE), holders The Rope Kit Authors')
def kb = basedir.toPath().toAbsolutePath().normalize().resolve('target/kb')
expect('[INFO] Knowledge base: ' + kb + ' (1 component, 3 files)')
expect('[INFO] Snippets: 3 in 3 files')
expect('[INFO]   config.json: 1 snippet from rope-kit@1.2.0, lines 4-21 (EXACT), STRIPPED')
expect('[INFO]   modeling_example.py: 1 snippet from rope-kit@1.2.0, lines 4-112 (RENAMED), REPLACED')
expect('[INFO]   tokenizer_config.json: 1 snippet from rope-kit@1.2.0, lines 1-5 (EXACT), STRIPPED')

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
                                        " in the header of modeling_example.py"]
// The copy's own decoder layer (from line 115) is not part of the snippet.
assert new File(basedir, 'modeling_example.py').readLines()[114].startsWith('class ExampleDecoderLayer')

def template = byPath['tokenizer_config.json']
assert template.origin.path == 'tokenizer_config.json' && template.cloneType == 'EXACT' && template.tokens == 135
def config = byPath['config.json']
assert config.origin.path == 'config.json' && config.origin.lines == [4, 21] && config.cloneType == 'EXACT'
// Snippets are sorted by path and line, deterministically.
assert report.snippets*.path == ['config.json', 'modeling_example.py', 'tokenizer_config.json']
return true
