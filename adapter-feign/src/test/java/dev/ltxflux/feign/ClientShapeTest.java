package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public shape of the client: an interface to program against, built from immutable options. */
class ClientShapeTest {

    private static final String NAMED_HOST = "http://ltx-mock:8089/v1/ltxstudio";

    @Test
    void theClientIsAnInterfaceAndItsImplementationIsHidden() {
        assertThat(LtxClient.class.isInterface()).isTrue();
        assertThat(Modifier.isPublic(DefaultLtxClient.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(ClientAssembly.class.getModifiers())).isFalse();
    }

    @Test
    void fromEnvReadsThePlainHttpOptIn() {
        try (LtxClient c = LtxClient.fromEnv(Map.of("USEAPI_TOKEN", "t", "LTXFLUX_BASE_URL", NAMED_HOST,
                "LTXFLUX_ALLOW_PLAIN_HTTP", "true"))) {
            assertThat(c.options().allowPlainHttp()).isTrue();
            assertThat(c.baseUrl()).isEqualTo(NAMED_HOST);
        }
    }

    @Test
    void withoutTheOptInPlainHttpToANamedHostIsRefused() {
        for (String value : new String[] {"false", "yes", " "}) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> LtxClient.fromEnv(
                    Map.of("USEAPI_TOKEN", "t", "LTXFLUX_BASE_URL", NAMED_HOST, "LTXFLUX_ALLOW_PLAIN_HTTP", value)));
            assertThat(e).as(value).isNotNull();
            assertThat(e.violations()).extracting(Violation::field).containsExactly("baseUrl");
        }
    }

    @Test
    void theOptionsAreAValueThatRefusesEveryBadSettingAtOnce() {
        LtxClientOptions good = LtxClient.builder().token("s3cr3t-token").toOptions();
        assertThat(good.readTimeout()).isEqualTo(LtxClientOptions.DEFAULT_READ_TIMEOUT);
        assertThat(good.maxAttempts()).isEqualTo(LtxClientOptions.DEFAULT_MAX_ATTEMPTS);
        assertThat(good.toString()).doesNotContain("s3cr3t").contains("token=");
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> LtxClient.builder().token("t").maxAttempts(11).readTimeout(Duration.ZERO).toOptions());
        assertThat(e.violations()).extracting(Violation::field).containsExactly("readTimeout", "maxAttempts");
    }

    @Test
    void aBuiltClientKeepsItsOptionsWhenTheBuilderChangesLater() {
        LtxClientBuilder b = LtxClient.builder().token("t").baseUrl("http://127.0.0.1:1/v1/ltxstudio/");
        try (LtxClient c = b.build()) {
            b.baseUrl("http://127.0.0.1:2/v1/ltxstudio");
            assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:1/v1/ltxstudio");
            try (LtxClient second = c.withOptions(o -> o.email("second@example.com"))) {
                assertThat(second.options().email()).isEqualTo("second@example.com");
                assertThat(second.baseUrl()).isEqualTo(c.baseUrl());
                assertThat(c.options().email()).isNull();
            }
        }
    }
}
