package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ltxflux.core.error.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest extends WireMockSupport {

    @Test
    void toStringNeverShowsTheToken() {
        assertThat(client.toString()).doesNotContain(TOKEN).contains("[redacted]");
        assertThat(clientBuilder().toString()).doesNotContain(TOKEN);
    }

    @Test
    void builderListsEveryBadSettingNamingEach() {
        InvalidRequestException e = (InvalidRequestException) catchThrowable(() -> LtxClient.builder()
                .baseUrl("http://api.example.com/v1").token(" ").maxAttempts(0).build());
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("token", "baseUrl", "maxAttempts");
        assertThat(e.getMessage()).contains("must use https (http is allowed only for loopback hosts");
    }

    @Test
    void fromEnvRequiresTheTokenAndNamesTheVariable() {
        assertThat(catchThrowable(() -> LtxClient.fromEnv(Map.of()))).hasMessageContaining("'USEAPI_TOKEN' is required");
        try (LtxClient c = LtxClient.fromEnv(Map.of("USEAPI_TOKEN", TOKEN, "LTXFLUX_BASE_URL", "http://localhost:1/v1/ltxstudio/"))) {
            assertThat(c.baseUrl()).isEqualTo("http://localhost:1/v1/ltxstudio");
        }
    }
}
