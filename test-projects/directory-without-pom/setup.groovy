// License texts are third-party text: expanded here from spdx-java-library, never committed.
dev.provenance.it.Fixtures.expand(basedir.toPath().resolve("repo"))
