/**
 * The shipped JSON Schemas and the OpenAPI document, with {@code SchemaCatalog} to validate against them.
 *
 * <p>Only {@code dev.ltxflux.schemas} is exported. The published jar carries networknt relocated under
 * {@code dev.ltxflux.schemas.internal}, which is not exported: {@code com.networknt.schema} is needed to compile this
 * module only ({@code requires static}), never at run time. The package is opened so that the schema files in it can
 * be read as resources.
 */
module dev.ltxflux.schemas {
    requires transitive com.fasterxml.jackson.databind;
    requires static com.networknt.schema;
    // the relocated networknt logs through SLF4J
    requires org.slf4j;

    exports dev.ltxflux.schemas;

    opens dev.ltxflux.schemas;
}
