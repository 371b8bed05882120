package dev.ltxflux.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one status-to-exception table, and what each error tells its caller. */
class ApiErrorsTest {

    private static ApiException forStatus(int status) {
        return ApiErrors.forStatus(new ApiErrorDetails(status, "message", "body", null, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, BadRequestException, false",
        "401, UnauthorizedException, false",
        "402, InsufficientCreditsException, false",
        "404, NotFoundException, false",
        "429, RateLimitedException, true",
        "596, AccountNeedsAttentionException, false",
        "500, ServerException, true",
        "503, ServerException, true",
        "599, ServerException, true",
        "499, UnexpectedResponseException, false",
        "600, UnexpectedResponseException, false",
        "302, UnexpectedResponseException, false"})
    void eachStatusHasItsError(int status, String type, boolean isTransient) {
        ApiException error = forStatus(status);

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.isTransient()).isEqualTo(isTransient);
        assertThat(error).isInstanceOf(LtxException.class);
    }

    @Test
    void a404OnAJobIsAJobNotFoundExceptionAndEvery404IsANotFoundException() {
        ApiException onJob = ApiErrors.forStatus(new ApiErrorDetails(404, "gone", "", null, new JobId("job:1")));
        ApiException onAccount = forStatus(404);

        assertThat(onJob).isInstanceOf(JobNotFoundException.class).isInstanceOf(NotFoundException.class);
        assertThat(onAccount).isInstanceOf(NotFoundException.class).isNotInstanceOf(JobNotFoundException.class);
    }

    @Test
    void anErrorCarriesTheApiMessageTheBodyTheRetryAfterAndTheJob() {
        JobId job = new JobId("job:1");
        ApiException error = ApiErrors.forStatus(new ApiErrorDetails(429, "Too many", "{\"error\":\"Too many\"}",
                Duration.ofSeconds(7), job));

        assertThat(error.apiMessage()).isEqualTo("Too many");
        assertThat(error.body()).isEqualTo("{\"error\":\"Too many\"}");
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(error.jobId()).contains(job);
        assertThat(error.getMessage()).isEqualTo("HTTP 429: Too many (retry after 7s) [jobId=job:1]");
    }

    @Test
    void missingMessageAndBodyBecomeEmptyAndTheMessageSaysSo() {
        ApiException error = ApiErrors.forStatus(new ApiErrorDetails(500, null, null, null, null));

        assertThat(error.apiMessage()).isEmpty();
        assertThat(error.body()).isEmpty();
        assertThat(error.retryAfter()).isEmpty();
        assertThat(error.getMessage()).isEqualTo("HTTP 500: (no message)");
    }

    @Test
    void aLongMessageIsCutAt500Characters() {
        String exactly500 = "m".repeat(500);

        assertThat(ApiErrors.forStatus(new ApiErrorDetails(400, exactly500, "", null, null)).getMessage())
                .isEqualTo("HTTP 400: " + exactly500);
        assertThat(ApiErrors.forStatus(new ApiErrorDetails(400, exactly500 + "x", "", null, null)).getMessage())
                .isEqualTo("HTTP 400: " + exactly500 + "…");
    }

    @Test
    void aTransportErrorSaysWhetherTheRequestMayHaveArrived() {
        TransportException maybe = new TransportException("reset", true, null, null);
        TransportException not = new TransportException("refused", false, null, null);

        assertThat(maybe.mayHaveReachedServer()).isTrue();
        assertThat(maybe.getMessage()).isEqualTo("reset (the request may have reached the server)");
        assertThat(not.mayHaveReachedServer()).isFalse();
        assertThat(not.getMessage()).isEqualTo("refused (the request did not reach the server)");
        assertThat(not.isTransient()).isTrue();
    }
}
