// License texts and headers are third-party text: they are expanded here from spdx-java-library, never committed.
dev.provenance.it.Fixtures.expand(basedir.toPath())
