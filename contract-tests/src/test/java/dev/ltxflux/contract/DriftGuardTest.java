package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leg 6: a change to one side alone makes the suite fail. Each test mutates a copy of the schemas and sees it rejected. */
class DriftGuardTest {

    private static final Path SHIPPED = Path.of(System.getProperty("ltxflux.schemas.dir", "../schemas/src/main/resources/dev/ltxflux/schemas"));

    @TempDir
    Path copy;

    private ModelSchemaChecks mutate(String file, String from, String to) throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path target = copy.resolve(file);
        String text = Files.readString(target);
        assertThat(text).as("the mutation must apply").contains(from);
        Files.writeString(target, text.replace(from, to));
        return new ModelSchemaChecks(copy);
    }

    @Test
    void renamedRequestFieldIsCaught() throws IOException {
        ModelSchemaChecks checks = mutate("flux-edit-request.schema.json", "\"shotType\": {", "\"shotKind\": {");
        assertThat(checks.requestFieldDifferences()).anySatisfy(d -> assertThat(d).contains("shotType"));
    }

    @Test
    void enumValueAddedOnOneSideIsCaught() throws IOException {
        ModelSchemaChecks checks = mutate("flux-edit-request.schema.json", "\"overhead\", ", "\"overhead\", \"dutch-angle\", ");
        assertThat(checks.enumDifferences()).anySatisfy(d -> assertThat(d).contains("dutch-angle"));
    }

    @Test
    void statusTheMockCouldInventIsCaught() throws IOException {
        ModelSchemaChecks checks = mutate("job.schema.json", "\"enum\": [\"active\", \"completed\", \"failed\"]",
                "\"enum\": [\"active\", \"completed\", \"failed\", \"queued\"]");
        assertThat(checks.enumDifferences()).anySatisfy(d -> assertThat(d).contains("queued"));
    }

    @Test
    void loosenedConstraintMakesAnInvalidFixturePass() throws IOException {
        mutate("flux-edit-request.schema.json", "\"maximum\": 20,", "\"maximum\": 50,");
        SchemaCatalog loosened = SchemaCatalog.fromDirectory(copy);
        Path fixture = Fixtures.ROOT.resolve("flux-edit-request/invalid/poll-for-result-21.json");
        assertThatThrownBy(() -> SpecExamplesTest.assertBreaks(loosened, SchemaName.FLUX_EDIT_REQUEST, fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("must be rejected");
    }
}
