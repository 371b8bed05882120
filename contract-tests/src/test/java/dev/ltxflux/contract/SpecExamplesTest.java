package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import dev.ltxflux.schemas.SchemaCatalog.Violation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Leg 1, spec → schemas: every documented example validates; every invalid fixture fails naming its rule. */
class SpecExamplesTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    @TestFactory
    @DisplayName("documented examples conform to their schema")
    Stream<DynamicTest> examplesConform() {
        return Arrays.stream(SchemaName.values()).flatMap(schema -> Fixtures.files(schema, "valid").stream()
                .map(file -> DynamicTest.dynamicTest(Fixtures.family(schema) + "/" + file.getFileName(),
                        () -> assertThat(SCHEMAS.problems(schema, Fixtures.read(file))).as(file.toString()).isEmpty())));
    }

    @TestFactory
    @DisplayName("each invalid fixture fails with the rule it breaks")
    Stream<DynamicTest> invalidFixturesFail() {
        return Arrays.stream(SchemaName.values()).flatMap(schema -> Fixtures.files(schema, "invalid").stream()
                .map(file -> DynamicTest.dynamicTest(Fixtures.family(schema) + "/" + file.getFileName(),
                        () -> assertBreaks(SCHEMAS, schema, file))));
    }

    /** The fixture's document fails, and one violation has the expected keyword and names the expected field. */
    static void assertBreaks(SchemaCatalog catalog, SchemaName schema, Path file) {
        JsonNode fixture = Fixtures.read(file);
        String field = fixture.at("/breaks/field").asText();
        String keyword = fixture.at("/breaks/keyword").asText();
        List<Violation> violations = catalog.violations(schema, fixture.get("document"));
        assertThat(violations).as(file + " must be rejected").isNotEmpty();
        assertThat(violations).as(file + ": expected a '" + keyword + "' violation naming '" + field + "'")
                .anySatisfy(v -> {
                    assertThat(v.keyword()).isEqualTo(keyword);
                    assertThat(v.field().equals(field) || v.toString().contains(field)).isTrue();
                });
    }

    @Test
    void everySchemaHasValidAndInvalidFixtures() {
        for (SchemaName schema : SchemaName.values()) {
            assertThat(Fixtures.files(schema, "valid")).as(schema + " valid fixtures").isNotEmpty();
            assertThat(Fixtures.files(schema, "invalid")).as(schema + " invalid fixtures").isNotEmpty();
        }
    }

    @Test
    void requestFixturesAreJudgedTheSameByCore() {
        for (Path file : Fixtures.files(SchemaName.FLUX_EDIT_REQUEST, "valid")) {
            assertThat(CoreView.violations(Fixtures.read(file))).as(file.toString()).isEmpty();
        }
        for (Path file : Fixtures.files(SchemaName.FLUX_EDIT_REQUEST, "invalid")) {
            assertThat(CoreView.violations(Fixtures.read(file).get("document"))).as(file.toString()).isNotEmpty();
        }
    }
}
