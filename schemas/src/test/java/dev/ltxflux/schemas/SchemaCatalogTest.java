package dev.ltxflux.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaCatalogTest {

    private final SchemaCatalog catalog = new SchemaCatalog();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(SchemaName.class)
    void everySchemaCompilesAndIsShipped(SchemaName name) throws Exception {
        assertThat(SchemaCatalog.resource(name.file())).isNotEmpty();
        catalog.problems(name, json.readTree("{}"));
    }

    @Test
    void crossFileReferencesResolveFromTheJar() throws Exception {
        assertThat(catalog.problems(SchemaName.JOB_CREATED, json.readTree("{\"jobId\": \"\"}")))
                .as("problems").hasSize(1).first().asString().startsWith("/jobId:").contains("[minLength]");
    }

    @Test
    void unknownRequestFieldIsNamed() throws Exception {
        assertThat(catalog.problems(SchemaName.FLUX_EDIT_REQUEST,
                json.readTree("{\"prompt\":\"p\",\"referenceAssetId\":\"a\",\"promt\":\"x\"}")))
                .anySatisfy(p -> assertThat(p).contains("promt"));
    }
}
