package dev.ltxflux.mock.state;

import java.time.Instant;

/**
 * One request the API routes served, for the dashboard and for tests asserting on what a client sent. No headers are
 * kept: {@code Authorization} holds the token.
 *
 * @param method      the HTTP method
 * @param url         path and query as sent
 * @param status      the status answered (0 when the connection was dropped)
 * @param millis      time to serve it
 * @param at          when it arrived, by the mock's clock
 * @param contentType the request's Content-Type, or null
 * @param bodyBytes   the request body's length
 * @param body        the body as text when it is JSON or text and at most {@link #MAX_BODY_CHARS} long, else null
 * @param reason      why it was refused (status 400 and up): the rule a 401 broke, else the answer's error text; or null
 * @param jobUuid     the uuid of the job it concerns (submitted, read, its artifact fetched), or null
 */
public record RequestRecord(String method, String url, int status, long millis, Instant at, String contentType,
        int bodyBytes, String body, String reason, String jobUuid) {

    /** The longest request body kept as text. */
    public static final int MAX_BODY_CHARS = 4096;

    /** This record with the time the whole exchange took. */
    public RequestRecord withMillis(long total) {
        return new RequestRecord(method, url, status, total, at, contentType, bodyBytes, body, reason, jobUuid);
    }
}
