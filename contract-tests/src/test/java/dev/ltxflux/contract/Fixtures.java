package dev.ltxflux.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture files: {@code fixtures/<family>/valid/*.json} (documents) and {@code invalid/*.json} ({@code breaks} + {@code document}). */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("ltxflux.fixtures", "src/test/resources/fixtures"));

    private Fixtures() {
    }

    /** The fixture folder of a schema: its file name without {@code .schema.json}. */
    static String family(SchemaName schema) {
        return schema.file().replace(".schema.json", "");
    }

    static List<Path> files(SchemaName schema, String kind) {
        Path dir = ROOT.resolve(family(schema)).resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
