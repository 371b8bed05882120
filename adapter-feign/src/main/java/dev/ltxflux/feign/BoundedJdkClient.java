package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.UnexpectedResponseException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Feign's transport over the JDK client, with a total deadline per exchange ({@link BoundedExchange}) and a cap on the
 * answer's size, so that no API call can hang or fill memory however the server behaves.
 */
final class BoundedJdkClient implements Client {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;
    private final Duration deadline;
    private final long maxAnswerBytes;

    BoundedJdkClient(HttpClient http, Duration deadline, long maxAnswerBytes) {
        this.http = http;
        this.deadline = deadline;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url())).timeout(deadline);
        byte[] payload = request.body();
        b.method(request.httpMethod().name(), payload == null || payload.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                for (String value : header.getValue()) {
                    b.header(header.getKey(), value);
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WritableByteChannel into = Channels.newChannel(bytes);
        HttpResponse<Long> response;
        int[] status = {0};
        try {
            response = BoundedExchange.send(http, b.build(), deadline, info -> {
                status[0] = info.statusCode();
                return new CappedBody(maxAnswerBytes, chunk -> into.write(chunk));
            });
        } catch (CappedBody.TooLargeException e) {
            throw new UnexpectedResponseException(new ApiErrorDetails(status[0],
                    "the answer is larger than " + e.limit + " bytes: refused", "", null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        }
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        return Response.builder().status(response.statusCode()).reason("").headers(headers).body(bytes.toByteArray())
                .request(request).build();
    }
}
