package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.edit.EditRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuilderSettingsTest {

    @Test
    void fromEnvFillsTheBuilderAndLaterSettersOverrideIt() {
        LtxClientBuilder b = LtxClient.builder().fromEnv(Map.of("USEAPI_TOKEN", "t0ken", "LTXFLUX_BASE_URL",
                "http://127.0.0.1:1/v1/ltxstudio", "USEAPI_EMAIL", "a@example.com"));
        try (LtxClient c = b.build()) {
            assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:1/v1/ltxstudio");
        }
        try (LtxClient c = b.baseUrl("https://proxy.example.com/v1/ltxstudio").build()) {
            assertThat(c.baseUrl()).isEqualTo("https://proxy.example.com/v1/ltxstudio");
        }
    }

    @Test
    void fromEnvWithoutATokenNamesTheVariable() {
        assertThat(catchThrowable(() -> LtxClient.builder().fromEnv(Map.of()).build())).hasMessageContaining("'USEAPI_TOKEN' is required");
    }

    @Test
    void plainHttpToANamedHostNeedsTheExplicitOptIn() {
        String url = "http://ltx-mock:8089/v1/ltxstudio";
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> LtxClient.builder().token("t").baseUrl(url).build());
        assertThat(refused.getMessage()).contains("allowPlainHttp(true)");
        try (LtxClient c = LtxClient.builder().token("t").baseUrl(url).allowPlainHttp(true).build()) {
            assertThat(c.baseUrl()).isEqualTo(url);
        }
        try (LtxClient c = LtxClient.builder().token("t").baseUrl("http://localhost:8089/v1/ltxstudio").build()) {
            assertThat(c.baseUrl()).startsWith("http://localhost");
        }
    }

    @Test
    void nullSettersNameTheParameter() {
        assertThat(catchThrowable(() -> LtxClient.builder().polling(null))).isInstanceOf(NullPointerException.class).hasMessageContaining("polling");
        assertThat(catchThrowable(() -> LtxClient.builder().journal((dev.ltxflux.core.port.out.JobJournalPort) null))).hasMessageContaining("journal");
        assertThat(catchThrowable(() -> LtxClient.builder().logLevel(null))).hasMessageContaining("logLevel");
        assertThat(catchThrowable(() -> LtxClient.builder().clock(null))).hasMessageContaining("clock");
        assertThat(catchThrowable(() -> LtxClient.builder().delays(null))).hasMessageContaining("delays");
    }

    @Test
    void capsMustBePositive() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> LtxClient.builder().token("t").maxDownloadBytes(0).maxAnswerBytes(-1).build());
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("maxDownloadBytes", "maxAnswerBytes");
    }

    @Test
    void noFeignTypeInThePublicApi() {
        for (Class<?> type : new Class<?>[] {LtxClient.class, LtxClientBuilder.class, LtxImages.class, LtxAssets.class}) {
            for (Method m : type.getMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                assertThat(m.getReturnType().getName()).as(m.toString()).doesNotStartWith("feign.");
                assertThat(Arrays.stream(m.getParameterTypes()).map(Class::getName)).as(m.toString()).noneMatch(n -> n.startsWith("feign."));
            }
        }
        assertThat(Modifier.isPublic(LtxApi.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(BodyEncoder.class.getModifiers())).isFalse();
    }

    @Test
    void anIntSeedCompiles() {
        assertThat(EditRequest.builder().prompt("p").referenceAssetId("asset:1").seed(42).build().seed()).hasValue(42L);
    }
}
