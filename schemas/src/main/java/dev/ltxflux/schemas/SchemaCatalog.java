package dev.ltxflux.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shipped JSON Schemas, compiled once and validated with networknt (draft 2020-12). Thread-safe; share one.
 * Schema ids under {@value #BASE_ID} resolve to this jar's resources, never to the network.
 */
public final class SchemaCatalog {

    /** The {@code $id} prefix of every shipped schema. */
    public static final String BASE_ID = "https://schemas.ltxflux.dev/v1/";
    /** Where the schemas and {@code openapi.yaml} sit on the class path. */
    public static final String RESOURCE_DIR = "dev/ltxflux/schemas/";

    /** Built on first use: the registry costs ~0.1 s, which a server's start-up need not wait for. */
    private final java.util.function.Supplier<SchemaRegistry> registryFactory;
    private volatile SchemaRegistry registry;
    private final Map<SchemaName, Schema> compiled = new ConcurrentHashMap<>();

    /** The schemas shipped in this jar. */
    public SchemaCatalog() {
        this("classpath:" + RESOURCE_DIR);
    }

    private SchemaCatalog(String location) {
        this.registryFactory = () -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE_ID, location)));
    }

    private SchemaCatalog(java.util.function.Function<String, String> contentById) {
        this.registryFactory = () -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(contentById));
    }

    /** Compiles every schema now (e.g. on a background thread after start-up) so the first validation is fast. */
    public SchemaCatalog warm() {
        for (SchemaName name : SchemaName.values()) {
            compiled.computeIfAbsent(name, this::compile);
        }
        return this;
    }

    /** Schemas read from a folder instead (same file names), e.g. a modified copy in a drift test. Never fetched remotely. */
    public static SchemaCatalog fromDirectory(java.nio.file.Path dir) {
        return new SchemaCatalog(id -> {
            if (!id.startsWith(BASE_ID)) {
                return null;
            }
            try {
                return java.nio.file.Files.readString(dir.resolve(id.substring(BASE_ID.length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The body schemas. */
    public enum SchemaName {
        FLUX_EDIT_REQUEST("flux-edit-request.schema.json"),
        CREATE_REQUEST("create-request.schema.json"),
        UPSCALE_REQUEST("upscale-request.schema.json"),
        JOB_CREATED("job-created.schema.json"),
        JOB("job.schema.json"),
        ASSET_UPLOAD("asset-upload.schema.json"),
        ERROR("error.schema.json"),
        ASSET_LIST("asset-list.schema.json"),
        SCHEDULER("scheduler.schema.json"),
        SCHEDULER_AVAILABLE("scheduler-available.schema.json"),
        ACCOUNT("account.schema.json"),
        ACCOUNTS("accounts.schema.json"),
        ACCOUNT_CREATE_REQUEST("account-create-request.schema.json");

        private final String file;

        SchemaName(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    /** The problems of {@code document} against {@code schema}, one line each (instance location, message); empty if valid. */
    public List<String> problems(SchemaName schema, JsonNode document) {
        return violations(schema, document).stream().map(Violation::toString).collect(Collectors.toList());
    }

    /** The problems of {@code document} as structured violations, each naming the top-level field it concerns. */
    public List<Violation> violations(SchemaName schema, JsonNode document) {
        List<Error> errors = compiled.computeIfAbsent(schema, this::compile).validate(document);
        return errors.stream().map(SchemaCatalog::toViolation).collect(Collectors.toList());
    }

    private static Violation toViolation(Error e) {
        String location = e.getInstanceLocation().toString();
        String field = location.startsWith("/") ? location.substring(1).split("/", 2)[0] : "";
        if (field.isEmpty() && e.getProperty() != null) {
            field = e.getProperty();
        }
        String rule;
        switch (e.getKeyword()) {
            case "required":
                rule = "is required";
                break;
            case "additionalProperties":
                rule = "is not a documented parameter";
                break;
            case "enum":
                rule = "must be one of " + e.getSchemaNode();
                break;
            default:
                rule = e.getMessage();
        }
        return new Violation(location, field, e.getKeyword(), rule);
    }

    /**
     * One schema violation.
     *
     * @param location the JSON pointer of the offending value ("" for the root)
     * @param field    the top-level property concerned ("" when the document itself is wrong)
     * @param keyword  the JSON Schema keyword that failed
     * @param rule     what the value must satisfy, in words
     */
    public record Violation(String location, String field, String keyword, String rule) {
        @Override
        public String toString() {
            String where = location.isEmpty() && !field.isEmpty() ? "/" + field : location;
            return where + ": " + rule + " [" + keyword + "]";
        }
    }

    /** Whether {@code document} is valid against {@code schema}. */
    public boolean isValid(SchemaName schema, JsonNode document) {
        return problems(schema, document).isEmpty();
    }

    /** Raw bytes of a shipped resource (a schema file or {@code openapi.yaml}). */
    public static byte[] resource(String name) {
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped schema resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Schema compile(SchemaName name) {
        SchemaRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = registryFactory.get();
                }
                r = registry;
            }
        }
        Schema schema = r.getSchema(SchemaLocation.of(BASE_ID + name.file()));
        schema.initializeValidators();
        return schema;
    }
}
