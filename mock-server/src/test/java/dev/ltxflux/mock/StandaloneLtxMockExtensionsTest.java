package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theServiceFileNamesTheFactory() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/services/com.github.tomakehurst.wiremock.extension.ExtensionFactory")) {
            assertThat(in).isNotNull();
            assertThat(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n")))
                    .contains(StandaloneLtxMockExtensions.class.getName());
        }
    }
}
