/**
 * The ltxflux client ({@code LtxClient}, {@code LtxWebhooks}) over OpenFeign, with core's types in its API.
 *
 * <p>Only {@code dev.ltxflux.feign} is exported. {@code dev.ltxflux.feign.wire} (the wire DTOs and their mapper) stays
 * inside the module; it is opened to Jackson alone, which serialises the request body.
 */
module dev.ltxflux.feign {
    requires transitive dev.ltxflux.core;
    requires dev.ltxflux.schemas;
    requires feign.core;
    requires feign.jackson;
    requires feign.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires java.net.http;

    exports dev.ltxflux.feign;

    opens dev.ltxflux.feign.wire to com.fasterxml.jackson.databind;
}
