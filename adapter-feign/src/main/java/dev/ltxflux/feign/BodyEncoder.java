package dev.ltxflux.feign;

import feign.RequestTemplate;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;

/** Raw bytes (uploads) go as they are; everything else is JSON through Jackson. */
final class BodyEncoder implements Encoder {

    private final Encoder json;

    BodyEncoder(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.json = new JacksonEncoder(mapper);
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (object instanceof byte[] bytes) {
            template.body(bytes, null);
        } else {
            json.encode(object, bodyType, template);
        }
    }
}
