package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.BadRequestException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API calls against a server that drips, never ends, echoes the token and sends escapes: each ends, typed and clean. */
@Timeout(10)
class HostileAnswersTest {

    static final String TOKEN = "user:12345-s3cr3tT0ken";
    static final JobId JOB = new JobId("email:user@example.com-job:1-type:image");

    private HostileServer server;
    private LtxClient client;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(HostileServer.answer(200, "{}"));
        client = builder().build();
    }

    /**
     * A 5 s read timeout: ample for the answers that do come, even on a loaded machine with test classes running in
     * parallel; the tests of the read deadline itself set 400 ms ({@link #deadline()}).
     */
    LtxClientBuilder builder() {
        return LtxClient.builder().baseUrl(server.baseUrl() + "/v1/ltxstudio").token(TOKEN)
                .readTimeout(Duration.ofSeconds(5)).maxAttempts(1)
                .delays(d -> CompletableFuture.completedFuture(null));
    }

    LtxClientBuilder deadline() {
        return builder().readTimeout(Duration.ofMillis(400));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aStatusBodyThatDripsEndsAtTheReadDeadlineNotWhenTheBodyDoes() {
        client.close();
        client = deadline().build();
        server.behave(server.drip("application/json", 50));
        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.status(JOB));
        assertThat(millisSince(start)).as("a 400 ms total deadline; the drip never ends").isLessThan(CallTimeoutTest.UNBOUNDED.toMillis());
        assertThat(e).hasMessageContaining("no complete answer within 400ms");
    }

    @Test
    void aStatusBodyThatNeverEndsIsCutAtTheAnswerCap() {
        client.close();
        client = builder().readTimeout(Duration.ofSeconds(5)).maxAnswerBytes(64 * 1024).build();
        server.behave(HostileServer.endless("application/json"));
        long start = System.nanoTime();
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> client.status(JOB));
        assertThat(e).hasMessageContaining("larger than 65536 bytes");
        assertThat(millisSince(start)).as("the body never ends: only the cap ends the read").isLessThan(CallTimeoutTest.UNBOUNDED.toMillis());
    }

    @Test
    void aSubmitThatGetsNoCompleteAnswerIsNotResentAndSaysItMayHaveBeenTaken() {
        client.close();
        client = deadline().maxAttempts(4).build();
        server.behave(server.drip("application/json", 50));
        SubmitUnknownException e = catchThrowableOfType(SubmitUnknownException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e.getCause()).isInstanceOfSatisfying(TransportException.class, t -> assertThat(t.mayHaveReachedServer()).isTrue());
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aTokenEchoedByTheServerAppearsInNoMessageNorBody() {
        server.behave(HostileServer.answer(400, "{\"error\":\"bad token " + TOKEN + " in Bearer " + TOKEN + "\",\"code\":400}"));
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.status(JOB));
        assertThat(e.getMessage()).doesNotContain(TOKEN).contains("[redacted]");
        assertThat(e.apiMessage()).doesNotContain(TOKEN);
        assertThat(e.body()).doesNotContain(TOKEN);
        assertThat(e.toString()).doesNotContain(TOKEN);
    }

    @Test
    void aTokenEchoedInAPlainTextOrJsonEscapedBodyIsRedactedToo() {
        server.behave(HostileServer.answer(401, "text/plain", ("no such token: " + TOKEN).getBytes()));
        assertThat(catchThrowable(() -> client.status(JOB)).getMessage()).doesNotContain(TOKEN);
        String urlEncoded = TOKEN.replace(":", "%3A");
        server.behave(HostileServer.answer(403, "text/plain", ("denied ?token=" + urlEncoded + " or " + urlEncoded.replace("%3A", "%3a")).getBytes()));
        assertThat(catchThrowable(() -> client.status(JOB)).getMessage()).doesNotContain(urlEncoded)
                .doesNotContain(urlEncoded.replace("%3A", "%3a")).doesNotContain("s3cr3tT0ken");
        server.behave(HostileServer.answer(200, "{\"jobId\":\"" + JOB + "\",\"status\":{\"type\":\"failed\",\"message\":\"token "
                + TOKEN + "\"}}"));
        Job job = client.status(JOB);
        assertThat(job.message()).hasValueSatisfying(m -> assertThat(m).doesNotContain(TOKEN));
    }

    @Test
    void escapesAndLineBreaksFromTheServerNeverReachAMessageRaw() {
        server.behave(HostileServer.answer(400, "{\"error\":\"\\u001b[2J\\u001b[31mred\\nforged line\\r\\u009b1m\",\"code\":400}"));
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.status(JOB));
        assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\n").doesNotContain("\r").doesNotContain("\u009b")
                .contains("\\u001b[31mred\\nforged line");
    }

    @Test
    void anEscapeLadenJobIdIsEscapedInEveryMessage() {
        JobId hostile = new JobId("job\u001b]0;pwned\u0007\nline");
        server.behave(HostileServer.answer(404, "text/plain", "Job not found or has expired.".getBytes()));
        LtxException e = catchThrowableOfType(LtxException.class, () -> client.status(hostile));
        assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\n");
        assertThat(e.jobId()).contains(hostile);
    }

    @Test
    void aTokenThatCannotBeAHeaderValueIsRefusedAtBuildWithoutEchoingIt() {
        for (String bad : new String[] {"tök€n-123", "to ken", "tok\u0000en", "tok\u00e9n"}) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> builder().token(bad).build());
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("token");
            assertThat(e.getMessage()).doesNotContain(bad).contains("HTTP header");
        }
    }

    @Test
    void callsAfterCloseAreRefusedTyped() {
        client.close();
        assertThat(catchThrowable(() -> client.status(JOB))).isInstanceOf(dev.ltxflux.core.error.ClientClosedException.class);
    }
}
