package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.state.RequestLog;
import dev.ltxflux.mock.state.RequestRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the last requests to the API and artifact routes (bounded, no headers) for {@code /__admin/ltx/requests} and the
 * dashboard: always on and cheap, unlike WireMock's capped journal.
 * <p>
 * A request is logged before its answer is sent, so that a client that has its answer finds it in the log, and a reset
 * made after that (between tests) never sees it arrive late; once the answer is sent, its total time is filled in
 * (0 until then), unless a reset cleared the entry meanwhile.
 */
public final class RequestHistory implements ServeEventListener {

    public static final String NAME = "ltx-request-history";

    /** Bounds the entries whose answer is being sent (an answer that failed to send never completes). */
    static final int MAX_SENDING = 10_000;

    private final RequestLog log;
    private final Clock clock;
    private final Map<UUID, Sending> sending = new ConcurrentHashMap<>();

    public RequestHistory(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        RequestRecord record = record(event);
        if (record == null) {
            return;
        }
        int slot = log.add(record);
        if (sending.size() >= MAX_SENDING) {
            sending.clear();
        }
        sending.put(event.getId(), new Sending(slot, record));
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        Sending sent = sending.remove(event.getId());
        if (sent != null && event.getTiming() != null && event.getTiming().getTotalTime() != null) {
            log.replace(sent.slot(), sent.record(), sent.record().withMillis(event.getTiming().getTotalTime()));
        }
    }

    /** What the log keeps of this request, or null when it is not an API or artifact request. */
    private RequestRecord record(ServeEvent event) {
        Request request = event.getRequest();
        String url = request.getUrl();
        if (!url.startsWith(BearerAuth.API_PREFIX) && !url.startsWith(ArtifactResponder.PREFIX)) {
            return null;
        }
        byte[] body = request.getBody();
        int length = body == null ? 0 : body.length;
        String contentType = request.getHeader("Content-Type");
        String text = null;
        if (length > 0 && length <= RequestRecord.MAX_BODY_CHARS && contentType != null
                && (contentType.contains("json") || contentType.startsWith("text/"))) {
            text = CookieRedaction.apply(new String(body, StandardCharsets.UTF_8));
        }
        int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
        // the time the exchange took is known once the answer is sent: 0 until then
        return new RequestRecord(request.getMethod().getName(), url, status, 0, clock.instant(), contentType, length, text);
    }

    private record Sending(int slot, RequestRecord record) {
    }

    @Override
    public String getName() {
        return NAME;
    }
}
