package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.AspectRatio;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.ShotAngle;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.job.Submission;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/** The one place where wire bodies and domain values meet, in both directions. Unknown fields are ignored. */
public final class WireMapper {

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Clock clock;
    private final UnaryOperator<String> redact;

    public WireMapper(Clock clock) {
        this(clock, UnaryOperator.identity());
    }

    /** A mapper that passes every text the server sent (messages, error bodies) through {@code redact} first. */
    public WireMapper(Clock clock, UnaryOperator<String> redact) {
        this.clock = clock;
        this.redact = redact;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The request body; {@code defaultEmail} fills {@code email} when the request names none (may be null). */
    public EditRequestDto toWire(EditRequest r, String defaultEmail) {
        return new EditRequestDto(r.email().orElse(defaultEmail), r.prompt().value(), r.referenceAssetId().value(),
                r.referenceAssetId2().map(AssetId::value).orElse(null), r.referenceAssetId3().map(AssetId::value).orElse(null),
                r.model().map(EditModel::wire).orElse(null), r.aspectRatio().map(AspectRatio::wire).orElse(null),
                r.shotType().orElse(null), r.shotAngle().map(ShotAngle::wire).orElse(null),
                r.seed().isPresent() ? r.seed().getAsLong() : null, r.location().orElse(null), r.weather().orElse(null),
                r.lighting().orElse(null), r.pollForResult().isPresent() ? r.pollForResult().getAsInt() : null,
                r.maxJobs().isPresent() ? r.maxJobs().getAsInt() : null, r.replyUrl().orElse(null), r.replyRef().orElse(null));
    }

    /** A submit's 200: the full job when {@code status} is present (pollForResult), otherwise the ticket. */
    public Submission submission(byte[] body) {
        try {
            return submissionOf(body);
        } catch (InvalidRequestException badValue) {
            throw unexpected(200, "the submit answer holds an unusable value (" + badValue.getMessage() + ")", body, null);
        }
    }

    private Submission submissionOf(byte[] body) {
        JsonNode root = parse(200, body, null);
        if (root.has("status")) {
            return Submission.finished(job(root, null, body));
        }
        String jobId = root.path("jobId").asText("");
        if (jobId.isBlank()) {
            throw unexpected(200, "the submit answer has no jobId", body, null);
        }
        return Submission.ticket(new JobId(jobId), textOrNull(root, "generationId"));
    }

    /** A job model (status read, pollForResult answer or webhook body); {@code asked} fills a missing jobId. */
    public Job job(byte[] body, JobId asked) {
        try {
            return job(parse(200, body, asked), asked, body);
        } catch (InvalidRequestException badValue) {
            throw unexpected(200, "the job holds an unusable value (" + badValue.getMessage() + ")", body, asked);
        }
    }

    private Job job(JsonNode root, JobId asked, byte[] body) {
        String id = root.path("jobId").asText("");
        if (id.isBlank() && asked == null) {
            throw unexpected(200, "the job has no jobId", body, null);
        }
        JobId jobId = id.isBlank() ? asked : new JobId(id);
        JsonNode status = root.path("status");
        Job.Builder b = Job.builder(jobId, new JobStatus(status.path("type").asText("")))
                .message(redact.apply(textOrNull(status, "message"))).generationId(textOrNull(root, "generationId"))
                .replyUrl(textOrNull(root, "replyUrl")).replyRef(textOrNull(root, "replyRef"));
        if (status.path("progress").isNumber()) {
            b.progress((int) Math.round(status.get("progress").asDouble()));
        }
        JsonNode a = status.path("artifact");
        if (a.isObject()) {
            JsonNode asset = a.path("asset");
            b.artifact(Artifact.of(uri(textOrNull(a, "assetUrl")), textOrNull(a, "expirationDateString"),
                    textOrNull(asset, "fileId"), textOrNull(asset, "mimeType"), textOrNull(asset, "type"),
                    textOrNull(asset, "artifactSubtype")));
        }
        return b.build();
    }

    /** An upload's 200. */
    public UploadedAsset uploaded(byte[] body) {
        try {
            return uploadedOf(body);
        } catch (InvalidRequestException badValue) {
            throw unexpected(200, "the upload answer holds an unusable value (" + badValue.getMessage() + ")", body, null);
        }
    }

    private UploadedAsset uploadedOf(byte[] body) {
        JsonNode root = parse(200, body, null);
        String fileId = root.path("asset").path("fileId").asText("");
        if (fileId.isBlank()) {
            throw unexpected(200, "the upload answer has no asset.fileId", body, null);
        }
        JsonNode asset = root.path("asset");
        return UploadedAsset.of(new AssetId(fileId), textOrNull(asset, "mimeType"), textOrNull(asset, "type"),
                uri(textOrNull(root, "assetUrl")), textOrNull(root, "expirationDateString"));
    }

    /**
     * The typed error for an error status. JSON bodies give their {@code error} (or {@code message}); plain-text bodies
     * (the documented 404 sentence) are the message themselves; an empty body leaves the reason phrase.
     */
    public ApiException error(int status, String reason, byte[] body, String retryAfterHeader, JobId jobId) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String message = text.trim();
        try {
            JsonNode root = json.readTree(text);
            if (root != null && root.isObject()) {
                message = root.hasNonNull("error") ? root.get("error").asText()
                        : root.hasNonNull("message") ? root.get("message").asText() : message;
            }
        } catch (IOException notJson) {
            // a plain-text body is its own message
        }
        if (message.isEmpty()) {
            message = reason != null && !reason.isBlank() ? reason : "(empty " + status + " answer)";
        }
        return ApiErrors.forStatus(new ApiErrorDetails(status, redact.apply(message), redact.apply(text),
                retryAfter(retryAfterHeader), jobId));
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    public Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** A job id as one percent-encoded path segment: everything but RFC 3986 unreserved characters is escaped. */
    public static String pathSegment(String raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private JsonNode parse(int status, byte[] body, JobId jobId) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw unexpected(status, "expected a JSON object", body, jobId);
            }
            return root;
        } catch (IOException e) {
            throw unexpected(status, "unreadable JSON (" + e.getMessage() + ")", body, jobId);
        }
    }

    private static UnexpectedResponseException unexpected(int status, String what, byte[] body, JobId jobId) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return new UnexpectedResponseException(new ApiErrorDetails(status, what, text, null, jobId));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static URI uri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
