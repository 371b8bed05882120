package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A real WireMock on loopback per test, and a client pointed at it whose retry pauses take no real time. */
abstract class WireMockSupport {

    static final String TOKEN = "user:12345-s3cr3tT0ken";
    static final String JOB_ID = "email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image";

    WireMockServer wm;
    LtxClient client;

    @BeforeEach
    void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = clientBuilder().build();
    }

    LtxClientBuilder clientBuilder() {
        return LtxClient.builder().baseUrl(wm.baseUrl() + "/v1/ltxstudio").token(TOKEN)
                .retryBaseDelay(Duration.ofMillis(5)).maxRetryDelay(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3))
                .delays(d -> java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void stopWireMock() {
        client.close();
        wm.stop();
    }

    static String jobJson(String type, boolean withUrl) {
        String artifact = withUrl ? ",\"artifact\":{\"assetUrl\":\"http://127.0.0.1:1/a.png\",\"expirationDateString\":\"4102444800000\","
                + "\"asset\":{\"type\":\"artifact\",\"fileId\":\"asset:1-type:image/png\",\"mimeType\":\"image/png\",\"artifactSubtype\":\"vertex-ai\"}}" : "";
        return "{\"status\":{\"type\":\"" + type + "\",\"progress\":100" + artifact + "},\"jobId\":\"" + JOB_ID + "\",\"unknownField\":1}";
    }
}
