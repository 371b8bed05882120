package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ltxflux.mock.state.Rejection;
import java.util.Base64;

/**
 * The claims of a JWT's payload, unverified (the mock only reads who the token names and when it ends), read as strictly
 * as any JSON a client sends ({@link StrictJson}: a claim twice is no JWT, numbers stay exact); missing when not a JWT.
 */
final class JwtClaims {

    private static final StrictJson JSON = new StrictJson();

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
            JsonNode claims = JSON.read(Base64.getUrlDecoder().decode(parts[1]));
            return claims.isObject() ? claims : MissingNode.getInstance();
        } catch (Rejection | IllegalArgumentException notAJwt) {
            return MissingNode.getInstance();
        }
    }
}
