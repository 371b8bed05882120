package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;

/**
 * The answers of the mock's own admin routes (the LTX admin API, the ledger routes, the dashboard's data): JSON with
 * every secret hidden and never cached, and errors in the API's documented {@code {"error","code"}} shape.
 */
final class AdminAnswers {

    private final AdminViews views;

    AdminAnswers(AdminViews views) {
        this.views = views;
    }

    /** 200 with {@code body} as JSON. */
    ResponseDefinition ok(Object body) {
        return json(200, body);
    }

    /** {@code status} with {@code body} as JSON; a 500 naming the failure if it cannot be written. */
    ResponseDefinition json(int status, Object body) {
        try {
            return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                    .withHeader("Cache-Control", "no-store").withBody(views.write(body)).build();
        } catch (IOException e) {
            return error(500, "could not write JSON");
        }
    }

    /** {@code {"error": message, "code": status}}. */
    ResponseDefinition error(int status, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(views.json().createObjectNode().put("error", message).put("code", status).toString()).build();
    }
}
