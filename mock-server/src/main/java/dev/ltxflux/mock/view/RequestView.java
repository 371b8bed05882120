package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.RequestRecord;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One request the API and artifact routes served, as {@code GET /__admin/ltx/requests}, the dashboard and
 * {@code LtxMockAdmin.requests()} show it. No headers are kept ({@code Authorization} holds the token), and secrets in
 * bodies (account cookies) are hidden.
 *
 * @param method      the HTTP method
 * @param url         path and query as sent (percent-encoded)
 * @param decodedUrl  the same, percent-decoded for reading ({@code url} itself when it does not decode)
 * @param status      the status answered (0 when the connection was dropped)
 * @param millis      time to serve it
 * @param at          when it arrived, by the mock's clock
 * @param contentType the request's Content-Type, or null
 * @param bodyBytes   the request body's length
 * @param body        the body as text when it is small JSON or text, else null
 * @param reason      why it was refused (400 and up): the rule a 401 broke, else the answer's error text; or null
 * @param jobUuid     the uuid of the job it concerns (submitted, read, its artifact fetched), or null
 */
public record RequestView(String method, String url, String decodedUrl, int status, long millis, Instant at,
        String contentType, int bodyBytes, String body, String reason, String jobUuid) {

    public static RequestView of(RequestRecord r, Redactor redactor) {
        return new RequestView(r.method(), r.url(), decode(r.url()), r.status(), r.millis(), r.at(), r.contentType(),
                r.bodyBytes(), redactor.hideCookies(r.body()), r.reason(), r.jobUuid());
    }

    /** Percent-decoded ({@code +} stays a plus: in a path it is one); the raw text when it is not valid encoding. */
    static String decode(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return url;
        }
    }
}
