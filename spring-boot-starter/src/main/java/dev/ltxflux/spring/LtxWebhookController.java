package dev.ltxflux.spring;

import dev.ltxflux.feign.InvalidWebhookException;
import dev.ltxflux.feign.LtxWebhooks;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST ${ltxflux.webhook.path}}: the body is parsed with {@link LtxWebhooks#parse(byte[])} and handed to the
 * application's {@link LtxWebhookHandler}; 204 when handled, 400 (with the reason, never the body) when the body is
 * not a job model. At most {@link LtxWebhooks#MAX_BODY_BYTES} + 1 bytes are read.
 */
@RestController
public class LtxWebhookController {

    private final LtxWebhookHandler handler;

    public LtxWebhookController(LtxWebhookHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @PostMapping(path = "${ltxflux.webhook.path}")
    public ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(LtxWebhooks.MAX_BODY_BYTES + 1);
        }
        try {
            handler.onJob(LtxWebhooks.parse(body));
        } catch (InvalidWebhookException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }
}
