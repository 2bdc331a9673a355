// The upstream component and license texts are expanded here (from the plugin's test resources and
// spdx-java-library), never committed.
dev.provenance.it.Fixtures.expand(basedir.toPath())
dev.provenance.it.Fixtures.upstream(basedir.toPath(), 'tally-kit')
return true
