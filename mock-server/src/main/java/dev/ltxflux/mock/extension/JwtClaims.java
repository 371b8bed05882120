package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Base64;

/** The claims of a JWT's payload, unverified (the mock only reads who the token names); missing when not a JWT. */
final class JwtClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtClaims() {
    }

    static JsonNode of(String token) {
        if (token == null) {
            return MissingNode.getInstance();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.isObject() ? claims : MissingNode.getInstance();
        } catch (IOException | IllegalArgumentException notAJwt) {
            return MissingNode.getInstance();
        }
    }
}
