package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The no-arg factory a stock WireMock loads: settings from properties or environment, each error naming its setting. */
class StandaloneLtxMockExtensionsTest {

    private static MockConfig config(Map<String, String> settings) {
        return new StandaloneLtxMockExtensions(settings::get).config();
    }

    @Test
    void settingsOverrideTheDefaults() {
        MockConfig config = config(Map.of("token", "user:abc", "jobDuration", "250ms", "accounts", "a@x.io,b@y.io",
                "strict", "true", "cors", "*", "journal", "true"));
        assertThat(config.server().token()).isEqualTo("user:abc");
        assertThat(config.jobs().duration()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.accounts().emails()).containsExactly("a@x.io", "b@y.io");
        assertThat(config.jobs().strict()).isTrue();
        assertThat(config.server().corsOrigins()).containsExactly("*");
        assertThat(config.server().requestJournal()).isTrue();
        assertThat(config(Map.of()).server().token()).isEqualTo(MockConfig.DEFAULT_TOKEN);
    }

    @Test
    void aBadValueNamesItsSetting() {
        assertThatThrownBy(() -> config(Map.of("maxJobs", "500"))).hasMessageContaining("ltxflux.mock settings")
                .hasMessageContaining("--max-jobs must be between 1 and 100");
        assertThatThrownBy(() -> config(Map.of("jobDuration", "soon"))).hasMessageContaining("ltxflux.mock.jobDuration");
    }

    @Test
    void aNumericSettingIsAWholeNumberInAsciiDigitsNothingThatOnlyLooksLikeOne() {
        assertThat(config(Map.of("credits", " 7 ", "maxJobs", "05", "seed", "-3")).accounts().credits()).isEqualTo(7);
        for (Map.Entry<String, String> bad : List.of(Map.entry("credits", "1e3"), Map.entry("maxJobs", "+5"), Map.entry("seed", "\u0665"),
                Map.entry("credits", "99999999999999999999"), Map.entry("maxJobs", "4294967297"))) {
            assertThatThrownBy(() -> config(Map.of(bad.getKey(), bad.getValue()))).as(bad.toString())
                    .hasMessageContaining("ltxflux.mock." + bad.getKey()).hasMessageContaining(bad.getKey() + ": must be a whole number");
        }
    }

    @Test
    void inAStockWireMockOnlyTheApiRoutesAreAddedAndKeptOtherPathsStayWireMocks() {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new StandaloneLtxMockExtensions(Map.of("token", "user:1-t")::get)));
        wm.start();
        try {
            String origin = "http://127.0.0.1:" + wm.port();
            assertThat(Http.get(origin + "/v1/ltxstudio/assets/x", "user:1-t").statusCode()).isEqualTo(404);
            assertThat(Http.get(origin + "/v1/ltxstudio/assets/x", null).statusCode()).isEqualTo(401);
            wm.resetAll();
            assertThat(Http.get(origin + "/v1/ltxstudio/assets/x", null).statusCode()).as("routes back after a reset").isEqualTo(401);
            assertThat(wm.getStubMappings()).as("the user's WireMock keeps its own answer for other paths")
                    .extracting(StubMapping::getId).containsExactlyInAnyOrderElementsOf(
                            StandaloneLtxMockExtensionsTest.apiRouteIds());
            assertThat(Http.text(Http.get(origin + "/elsewhere", null))).doesNotContain("\"code\":404");
        } finally {
            wm.stop();
        }
    }

    private static List<java.util.UUID> apiRouteIds() {
        return dev.ltxflux.mock.extension.LtxRoutes.apiRoutes().stream().map(StubMapping::getId).toList();
    }

    @Test
    void theServiceFileNamesTheFactory() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/services/com.github.tomakehurst.wiremock.extension.ExtensionFactory")) {
            assertThat(in).isNotNull();
            assertThat(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n")))
                    .contains(StandaloneLtxMockExtensions.class.getName());
        }
    }
}
