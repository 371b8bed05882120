package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest extends WireMockSupport {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "400|{\"error\": \"prompt: is required\", \"code\": 400}|BadRequestException|prompt: is required",
            "401|{\"error\": \"Unauthorized\", \"code\": 401}|UnauthorizedException|Unauthorized",
            "402|{\"error\": \"Insufficient credits\", \"code\": 402}|InsufficientCreditsException|Insufficient credits",
            "404|Job not found or has expired.|JobNotFoundException|Job not found or has expired.",
            "413|{\"message\": \"too big\", \"error\": \"Payload Too Large\", \"statusCode\": 413}|UnexpectedResponseException|Payload Too Large",
            "500|{\"error\": \"boom\", \"code\": 500}|ServerException|boom",
            "596|{\"error\": \"Account requires attention\", \"code\": 596}|AccountNeedsAttentionException|Account requires attention",
            "418|<html>teapot</html>|UnexpectedResponseException|<html>teapot</html>"})
    void eachStatusAndBodyFormMapsToItsTypedError(int status, String body, String type, String message) {
        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.apiMessage()).isEqualTo(message);
        assertThat(e.jobId()).contains(new JobId(JOB_ID));
        assertThat(e.getMessage()).contains("HTTP " + status).contains(JOB_ID);
    }

    @Test
    void emptyErrorBodyKeepsTheReasonPhrase() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        JobNotFoundException e = catchThrowableOfType(JobNotFoundException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(e.body()).isEmpty();
        assertThat(e.apiMessage()).isEqualTo("(empty 404 answer)");
    }

    @Test
    void retryAfterIsReadInSecondsAndAsAnHttpDate() {
        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"error\":\"busy\",\"code\":429}")));
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> client.status(new JobId(JOB_ID))).retryAfter())
                .contains(Duration.ofSeconds(7));
        String inOneMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60));
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", inOneMinute)));
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> client.status(new JobId(JOB_ID))).retryAfter().orElseThrow())
                .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
    }

    @Test
    void unreadable200IsAnUnexpectedResponse() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<html>")));
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.status(new JobId(JOB_ID))).status()).isEqualTo(200);
    }

    @Test
    void aRedirectAnswerIsNotABodyButAnUnexpectedResponse() {
        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(300).withBody(jobJson("completed", true))));
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.status(new JobId(JOB_ID))).status())
                .isEqualTo(300);
    }

    @Test
    void the299EdgeOfSuccessIsABody() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(299).withBody(jobJson("completed", true))));
        assertThat(client.status(new JobId(JOB_ID)).id()).isEqualTo(new JobId(JOB_ID));
    }
}
