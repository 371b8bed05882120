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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
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
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class).hasMessageContaining("baseUrl");
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
                            .hasMessageContaining("maxAnswerBytes").hasMessageContaining("maxDownloadBytes")
                            .hasMessageContaining("'polling.multiplier' must be a finite number of at least 1");
                });
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
                "ltxflux.connect-timeout=10s", "ltxflux.read-timeout=90s", "ltxflux.max-attempts=4", "ltxflux.retry-base-delay=500ms",
                "ltxflux.max-retry-delay=30s", "ltxflux.max-answer-bytes=4MB", "ltxflux.max-download-bytes=50MB",
                "ltxflux.log-level=none", "ltxflux.polling.initial=1s", "ltxflux.polling.multiplier=1.5", "ltxflux.polling.max=5s");
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
