package dev.ltxflux.feign.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.NotFoundException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire mapping's rules, each on its own: path segments, e-mail defaults, Retry-After, error bodies, job answers. */
class WireMapperRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final WireMapper mapper = new WireMapper(Clock.fixed(NOW, ZoneOffset.UTC), s -> s == null ? null : s.replace("SECRET", "[r]"));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "AZaz09-._~|AZaz09-._~",
            "a/b|a%2Fb",
            "a b|a%20b",
            "a?b#c|a%3Fb%23c",
            "email:u@e.com|email%3Au%40e.com",
            "[x]|%5Bx%5D",
            "`{|%60%7B",
            "é|%C3%A9",
            "@|%40",
            "..|..",
    })
    void aPathSegmentKeepsOnlyUnreservedCharactersAndEscapesTheRestInUpperHex(String raw, String encoded) {
        assertThat(WireMapper.pathSegment(raw)).isEqualTo(encoded);
    }

    @Test
    void aPathSegmentEscapesEveryAsciiCharacterOutsideTheUnreservedSet() {
        for (int c = 0x20; c < 0x7F; c++) {
            String s = String.valueOf((char) c);
            boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
            assertThat(WireMapper.pathSegment(s)).as("character %s", s)
                    .isEqualTo(unreserved ? s : String.format("%%%02X", c));
        }
    }

    @Test
    void aRequestEmailThatDiffersFromTheClientDefaultIsSent() {
        EditRequest r = EditRequest.builder().prompt("p").referenceAssetId("asset:1").email("second@example.com").build();
        assertThat(mapper.toWire(r, "default@example.com").email()).isEqualTo("second@example.com");
    }

    @Test
    void aRequestWithoutEmailSendsTheClientDefaultOrNone() {
        EditRequest r = EditRequest.builder().prompt("p").referenceAssetId("asset:1").build();
        assertThat(mapper.toWire(r, "default@example.com").email()).isEqualTo("default@example.com");
        assertThat(mapper.toWire(r, null).email()).isNull();
    }

    @Test
    void retryAfterInSecondsIsADuration() {
        assertThat(mapper.retryAfter(" 7 ")).isEqualTo(Duration.ofSeconds(7));
        assertThat(mapper.retryAfter("-3")).isZero();
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeLeftOnTheInjectedClock() {
        assertThat(mapper.retryAfter("Sun, 01 Mar 2026 12:00:30 GMT")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterAsAPastDateIsZero() {
        assertThat(mapper.retryAfter("Sun, 01 Mar 2026 11:00:00 GMT")).isZero();
    }

    @Test
    void anAbsentOrUnreadableRetryAfterIsNull() {
        assertThat(mapper.retryAfter(null)).isNull();
        assertThat(mapper.retryAfter("  ")).isNull();
        assertThat(mapper.retryAfter("soon")).isNull();
    }

    @Test
    void aJsonErrorBodyGivesItsErrorFieldRedacted() {
        ApiException e = mapper.error(404, "Not Found", utf8("{\"error\":\"no job SECRET\",\"message\":\"other\"}"), null, null);
        assertThat(e).isInstanceOf(NotFoundException.class).isNotInstanceOf(JobNotFoundException.class);
        assertThat(e.getMessage()).contains("no job [r]").doesNotContain("SECRET").doesNotContain("other");
        assertThat(e.body()).doesNotContain("SECRET");
    }

    @Test
    void aJsonErrorBodyWithoutErrorGivesItsMessage() {
        assertThat(mapper.error(400, "Bad Request", utf8("{\"message\":\"prompt too long\"}"), null, null).getMessage())
                .contains("prompt too long");
    }

    @Test
    void aJsonErrorBodyWithNeitherFieldIsItsOwnMessage() {
        assertThat(mapper.error(400, "Bad Request", utf8("{\"code\":400}"), null, null).getMessage()).contains("{\"code\":400}");
    }

    @Test
    void aPlainTextErrorBodyIsItsOwnMessage() {
        assertThat(mapper.error(404, "Not Found", utf8("  Job not found  "), null, null).getMessage()).contains("Job not found");
    }

    @Test
    void anEmptyErrorBodyGivesTheReasonPhraseOrNamesTheStatus() {
        assertThat(mapper.error(502, "Bad Gateway", new byte[0], null, null).getMessage()).contains("Bad Gateway");
        assertThat(mapper.error(502, " ", null, null, null).getMessage()).contains("(empty 502 answer)");
        assertThat(mapper.error(502, null, null, null, null).getMessage()).contains("(empty 502 answer)");
    }

    @Test
    void anErrorCarriesItsRetryAfterAndJob() {
        JobId id = new JobId("email:u@e.com-job:1-type:image");
        ApiException e = mapper.error(429, "Too Many", utf8("{}"), "12", id);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
        assertThat(e.jobId()).contains(id);
    }

    @Test
    void aSubmitAnswerWithAStatusIsTheFinishedJobEvenWhenStillActive() {
        Submission s = mapper.submission(utf8("{\"jobId\":\"email:u@e.com-job:1-type:image\",\"status\":{\"type\":\"active\",\"progress\":40.6}}"));
        Job job = s.finishedJob().orElseThrow();
        assertThat(job.isDone()).isFalse();
        assertThat(job.isFailed()).isFalse();
        assertThat(job.progress()).hasValue(41);
    }

    @Test
    void aSubmitAnswerWithoutJobIdIsUnexpected() {
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> mapper.submission(utf8("{\"jobId\":\"  \"}")));
        assertThat(e).hasMessageContaining("the submit answer has no jobId");
    }

    @Test
    void aSubmitTicketKeepsItsGenerationId() {
        Submission s = mapper.submission(utf8("{\"jobId\":\"email:u@e.com-job:1-type:image\",\"generationId\":\"gen_9\"}"));
        assertThat(s.finishedJob()).isEmpty();
        assertThat(((Submission.Ticket) s).generation()).contains("gen_9");
    }

    @Test
    void aJobWithoutIdTakesTheAskedOneAndWithoutEitherIsUnexpected() {
        JobId asked = new JobId("email:u@e.com-job:2-type:image");
        assertThat(mapper.job(utf8("{\"status\":{\"type\":\"active\"}}"), asked).id()).isEqualTo(asked);
        assertThat(catchThrowableOfType(UnexpectedResponseException.class,
                () -> mapper.job(utf8("{\"status\":{\"type\":\"active\"}}"), null))).hasMessageContaining("the job has no jobId");
    }

    @Test
    void aJobMessageFromTheServerIsRedacted() {
        Job job = mapper.job(utf8("{\"jobId\":\"j:1\",\"status\":{\"type\":\"failed\",\"message\":\"token SECRET bad\"}}"), null);
        assertThat(job.message()).contains("token [r] bad");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsUnexpected() {
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> mapper.job(utf8("[1,2]"), null)))
                .hasMessageContaining("expected a JSON object");
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> mapper.job(utf8("{oops"), null)))
                .hasMessageContaining("unreadable JSON");
    }

    @Test
    void anUploadAnswerWithoutFileIdIsUnexpected() {
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> mapper.uploaded(utf8("{\"asset\":{}}"))))
                .hasMessageContaining("no asset.fileId");
    }

    @Test
    void anUnusableAssetUrlIsDroppedNotFatal() {
        var asset = mapper.uploaded(utf8("{\"asset\":{\"fileId\":\"asset:1\",\"mimeType\":\"image/png\"},\"assetUrl\":\"http://a b\"}"));
        assertThat(asset.fileId().value()).isEqualTo("asset:1");
        assertThat(asset.assetUrlValue()).isEmpty();
    }
}
