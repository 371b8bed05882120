package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.state.RequestLog;
import dev.ltxflux.mock.state.RequestRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Keeps the last requests to the API and artifact routes (bounded, no headers) for {@code /__admin/ltx/requests} and the
 * dashboard: always on and cheap, unlike WireMock's capped journal.
 */
public final class RequestHistory implements ServeEventListener {

    public static final String NAME = "ltx-request-history";

    private final RequestLog log;
    private final Clock clock;

    public RequestHistory(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        Request request = event.getRequest();
        String url = request.getUrl();
        if (!url.startsWith(BearerAuth.API_PREFIX) && !url.startsWith(ArtifactResponder.PREFIX)) {
            return;
        }
        byte[] body = request.getBody();
        int length = body == null ? 0 : body.length;
        String contentType = request.getHeader("Content-Type");
        String text = null;
        if (length > 0 && length <= RequestRecord.MAX_BODY_CHARS && contentType != null
                && (contentType.contains("json") || contentType.startsWith("text/"))) {
            text = new String(body, StandardCharsets.UTF_8);
        }
        int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
        long millis = event.getTiming() == null || event.getTiming().getTotalTime() == null ? 0 : event.getTiming().getTotalTime();
        log.add(new RequestRecord(request.getMethod().getName(), url, status, millis, clock.instant(), contentType, length, text));
    }

    @Override
    public String getName() {
        return NAME;
    }
}
