package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.state.RequestLog;
import dev.ltxflux.mock.state.RequestRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    static final int MAX_REASON_CHARS = 300;
    private static final String UUID_GROUP = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
    private static final Pattern JOB_IN_PATH = Pattern.compile("-job:" + UUID_GROUP + "|/artifacts/jobs/" + UUID_GROUP + "\\.png");
    private static final Pattern JOB_IN_ANSWER = Pattern.compile("\"jobId\"\\s*:\\s*\"[^\"]*-job:" + UUID_GROUP);

    private final RequestLog log;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
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
        var response = event.getResponse();
        int status = response == null ? 0 : response.getStatus();
        String answer = response == null || status < 400 && !isSubmit(request) ? null : response.getBodyAsString();
        String reason = status == 401 ? BearerAuth.reason(request) : status >= 400 ? errorText(answer) : null;
        String job = jobUuid(url, status < 400 ? answer : null);
        // the time the exchange took is known once the answer is sent: 0 until then
        return new RequestRecord(request.getMethod().getName(), url, status, 0, clock.instant(), contentType, length, text,
                reason, job);
    }

    private static boolean isSubmit(Request request) {
        return request.getMethod().getName().equals("POST") && request.getUrl().startsWith(BearerAuth.API_PREFIX + "images/");
    }

    /** The job a request concerns: named in its path (a status read, an artifact) or, for a submit, in its answer. */
    static String jobUuid(String url, String answer) {
        Matcher inPath = JOB_IN_PATH.matcher(url.replace("%3A", ":").replace("%3a", ":"));
        if (inPath.find()) {
            return inPath.group(1) != null ? inPath.group(1) : inPath.group(2);
        }
        if (answer != null) {
            Matcher inAnswer = JOB_IN_ANSWER.matcher(answer);
            if (inAnswer.find()) {
                return inAnswer.group(1);
            }
        }
        return null;
    }

    /** The {@code error} text of a JSON error body, else the plain body, shortened. */
    private String errorText(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        String text;
        try {
            JsonNode error = json.readTree(answer).get("error");
            text = error != null && error.isTextual() ? error.asText() : answer.strip();
        } catch (IOException | RuntimeException notJson) {
            text = answer.strip();
        }
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS) + "…";
    }

    private record Sending(int slot, RequestRecord record) {
    }

    @Override
    public String getName() {
        return NAME;
    }
}
