package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.feign.LtxClientBuilder;
import dev.ltxflux.feign.LtxClientOptions;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.render.ImageEditor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** Every setting of the client's builder as an {@code ltxflux.*} property: bound, handed to the client, in the metadata. */
class LtxClientSettingsPropertiesTest {

    static final LtxMockServer MOCK = MockServerSupport.start();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class))
            .withPropertyValues("ltxflux.token=" + MOCK.token(), "ltxflux.base-url=" + MOCK.baseUrl());

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        MOCK.stop();
    }

    @Test
    void everyClientSettingIsBound() {
        runner.withPropertyValues("ltxflux.allow-plain-http=true", "ltxflux.max-answer-bytes=64KB", "ltxflux.max-download-bytes=2MB",
                "ltxflux.log-level=basic", "ltxflux.polling.initial=200ms", "ltxflux.polling.multiplier=2", "ltxflux.polling.max=1s")
                .run(context -> {
                    assertThat(context).hasSingleBean(LtxClient.class);
                    LtxProperties p = context.getBean(LtxProperties.class);
                    assertThat(p.isAllowPlainHttp()).isTrue();
                    assertThat(p.getMaxAnswerBytes()).isEqualTo(DataSize.ofKilobytes(64));
                    assertThat(p.getMaxDownloadBytes()).isEqualTo(DataSize.ofMegabytes(2));
                    assertThat(p.getLogLevel()).isEqualTo(LtxClient.LogLevel.BASIC);
                    assertThat(p.getPolling().getInitial()).isEqualTo(Duration.ofMillis(200));
                    assertThat(p.getPolling().getMultiplier()).isEqualTo(2.0);
                    assertThat(p.getPolling().getMax()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void plainHttpToANamedHostNeedsAllowPlainHttp() {
        String remote = "http://ltx-mock.test:8089/v1/ltxstudio";
        runner.withPropertyValues("ltxflux.base-url=" + remote).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class).hasMessageContaining("'ltxflux.base-url' must use https");
        });
        runner.withPropertyValues("ltxflux.base-url=" + remote, "ltxflux.allow-plain-http=true")
                .run(context -> assertThat(context.getBean(LtxClient.class).baseUrl()).isEqualTo(remote));
    }

    @Test
    void outOfRangeValuesStopStartUpNamingEverySetting() {
        runner.withPropertyValues("ltxflux.max-answer-bytes=0", "ltxflux.max-download-bytes=0", "ltxflux.polling.multiplier=0.5")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class)
                            .hasMessageContaining("'ltxflux.max-answer-bytes' must be positive")
                            .hasMessageContaining("'ltxflux.max-download-bytes' must be positive")
                            .hasMessageContaining("'ltxflux.polling.multiplier' must be a finite number of at least 1");
                });
    }

    @Test
    void everyBuilderSettingButTheObjectOnesHasAProperty() throws Exception {
        Set<String> notProperties = Set.of("options", "fromEnv", "executor", "events", "clock", "delays");
        Set<String> settings = new TreeSet<>();
        for (Method m : LtxClientBuilder.class.getMethods()) {
            if (m.getReturnType() == LtxClientBuilder.class && !notProperties.contains(m.getName())) {
                settings.add(m.getName());
            }
        }
        Set<String> properties = new TreeSet<>();
        for (PropertyDescriptor p : Introspector.getBeanInfo(LtxProperties.class, Object.class).getPropertyDescriptors()) {
            properties.add(p.getName());
        }
        assertThat(settings).as("the builder's settings").contains("callTimeout", "readTimeout", "journal");
        assertThat(properties).as("LtxProperties (README: every builder setting but executor, clock, delays and events)")
                .containsAll(settings);
    }

    @Test
    void callTimeoutReachesTheClientsOptions() {
        runner.withPropertyValues("ltxflux.call-timeout=45s").run(context -> {
            assertThat(context.getBean(LtxProperties.class).getCallTimeout()).isEqualTo(Duration.ofSeconds(45));
            assertThat(context.getBean(LtxClient.class).options().callTimeout()).isEqualTo(Duration.ofSeconds(45));
        });
        runner.run(context -> assertThat(context.getBean(LtxClient.class).options().callTimeout())
                .as("unset keeps the client's default").isEqualTo(LtxClientOptions.DEFAULT_CALL_TIMEOUT));
    }

    @Test
    void callTimeoutFallsBackToLtxfluxCallTimeoutAndThePropertyWins() {
        runner.withPropertyValues("LTXFLUX_CALL_TIMEOUT=750ms").run(context -> assertThat(
                context.getBean(LtxClient.class).options().callTimeout()).isEqualTo(Duration.ofMillis(750)));
        runner.withPropertyValues("LTXFLUX_CALL_TIMEOUT=750ms", "ltxflux.call-timeout=3m").run(context -> assertThat(
                context.getBean(LtxClient.class).options().callTimeout()).isEqualTo(Duration.ofMinutes(3)));
    }

    @Test
    void theEnvironmentVariableLtxfluxCallTimeoutBindsToThePropertyAsBootMapsVariables() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("LTXFLUX_CALL_TIMEOUT", "PT40S"))))
                .run(context -> {
                    assertThat(context.getBean(LtxProperties.class).getCallTimeout()).isEqualTo(Duration.ofSeconds(40));
                    assertThat(context.getBean(LtxClient.class).options().callTimeout()).isEqualTo(Duration.ofSeconds(40));
                });
    }

    @Test
    void aCallTimeoutThatIsNoDurationStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("ltxflux.call-timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            BindException refused = causeOfType(context.getStartupFailure(), BindException.class);
            assertThat(refused).as("the binder's refusal, which Boot's failure report names").isNotNull();
            assertThat(refused.getName()).hasToString("ltxflux.call-timeout");
            assertThat(refused).hasMessageContaining("Failed to bind properties under 'ltxflux.call-timeout' to java.time.Duration");
        });
        runner.withPropertyValues("LTXFLUX_CALL_TIMEOUT=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("'LTXFLUX_CALL_TIMEOUT' must be a duration").hasMessageContaining("(was 'soon')");
        });
    }

    @Test
    void aCallTimeoutThatIsNotPositiveStopsStartUpNamingTheProperty() {
        for (String bad : List.of("0s", "-5s")) {
            runner.withPropertyValues("ltxflux.call-timeout=" + bad).run(context -> {
                assertThat(context).as(bad).hasFailed();
                assertThat(context.getStartupFailure()).as(bad).rootCause().isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("'ltxflux.call-timeout' must be positive");
            });
        }
    }

    @Test
    void anAnswerOverMaxAnswerBytesIsRefused() throws Exception {
        Path png = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
        runner.withPropertyValues("ltxflux.max-answer-bytes=16B").run(context -> {
            LtxClient client = context.getBean(LtxClient.class);
            assertThatThrownBy(() -> client.upload(png)).isInstanceOf(UnexpectedResponseException.class);
        });
        runner.run(context -> assertThat(context.getBean(LtxClient.class).upload(png).fileId().value()).startsWith("asset:"));
    }

    @Test
    void logLevelBasicLogsEachCallWithoutTheToken() {
        String logged = stderrOf(() -> runner.withPropertyValues("ltxflux.log-level=basic").run(context -> {
            assertThatThrownBy(() -> context.getBean(LtxClient.class).status(new JobId("email:a@b.c-job:none-type:image")))
                    .isInstanceOf(JobNotFoundException.class);
        }));
        assertThat(logged).contains("GET " + MOCK.baseUrl() + "/assets/").contains("404").doesNotContain(MOCK.token());
        assertThat(stderrOf(() -> runner.run(context -> assertThatThrownBy(() -> context.getBean(LtxClient.class)
                .status(new JobId("email:a@b.c-job:none-type:image"))).isInstanceOf(JobNotFoundException.class))))
                .as("the default logs nothing").doesNotContain("/assets/");
    }

    @Test
    void theMetadataDescribesEverySettingWithItsDefault() throws Exception {
        JsonNode metadata = null;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode node = new ObjectMapper().readTree(in);
                if (node.path("groups").toString().contains("dev.ltxflux.spring.LtxProperties")) {
                    metadata = node;
                }
            }
        }
        assertThat(metadata).as("the starter's configuration metadata").isNotNull();
        List<String> described = new ArrayList<>();
        for (JsonNode p : metadata.get("properties")) {
            if (!p.path("description").asText().isBlank()) {
                described.add(p.get("name").asText() + (p.has("defaultValue") ? "=" + p.get("defaultValue").asText() : ""));
            }
        }
        assertThat(described).contains("ltxflux.token", "ltxflux.email", "ltxflux.journal.type", "ltxflux.journal.path", "ltxflux.journal.url", "ltxflux.webhook.path",
                "ltxflux.base-url=https://api.useapi.net/v1/ltxstudio", "ltxflux.allow-plain-http=false",
                "ltxflux.connect-timeout=10s", "ltxflux.read-timeout=90s", "ltxflux.call-timeout=2m", "ltxflux.max-attempts=4", "ltxflux.retry-base-delay=500ms",
                "ltxflux.max-retry-delay=30s", "ltxflux.max-answer-bytes=4MB", "ltxflux.max-download-bytes=50MB",
                "ltxflux.log-level=none", "ltxflux.polling.initial=1s", "ltxflux.polling.multiplier=1.5", "ltxflux.polling.max=5s");
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
