package dev.ltxflux.mock.view;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The one Jackson set-up of the admin views, on both sides: the mock writes them, {@code LtxMockAdmin} reads them.
 * Instants are ISO-8601 text ({@code 2026-01-02T03:04:05Z}); fields a reader does not know are ignored, so an older
 * {@code LtxMockAdmin} reads a newer mock. What clients send to the admin API is read by the extension package's strict
 * reader instead, and its numbers by {@code ExactIntegers}.
 */
public final class ViewJson {

    private ViewJson() {
    }

    /** A new mapper for the views (each owner keeps its own: no shared static state). */
    public static ObjectMapper mapper() {
        SimpleModule instants = new SimpleModule("ltx-admin-views");
        instants.addSerializer(Instant.class, ToStringSerializer.instance);
        instants.addDeserializer(Instant.class, new InstantText());
        // decimals stay exact on reading: as a double, 1e-999999999 is 0.0 and 1.0000000000000001 is 1.0
        return JsonMapper.builder().addModule(instants).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    private static final class InstantText extends StdDeserializer<Instant> {

        InstantText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = p.getValueAsString();
            return text == null || text.isEmpty() ? null : Instant.parse(text);
        }
    }
}
