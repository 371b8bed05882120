package dev.ltxflux.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.spring.LtxAutoConfiguration;
import dev.ltxflux.spring.LtxMicrometerAutoConfiguration;
import dev.ltxflux.spring.LtxProperties;
import dev.ltxflux.spring.LtxWebhookAutoConfiguration;
import dev.ltxflux.spring.LtxWebhookController;
import dev.ltxflux.spring.LtxWebhookHandler;
import dev.ltxflux.spring.MicrometerClientEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The starter's conditions and ordering among Spring Boot 4's own auto-configurations, each in a small context. */
class AutoConfigurationOnBoot4Test {

    private static final String BOOT4_METRICS = "org.springframework.boot.micrometer.";

    /** Boot's metrics auto-configurations listed after ours: only the names in @AutoConfiguration can put ours last. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LtxMicrometerAutoConfiguration.class, LtxAutoConfiguration.class,
                    MetricsAutoConfiguration.class, ObservationAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
            .withPropertyValues("ltxflux.token=user:1-test", "ltxflux.base-url=http://127.0.0.1:9/v1/ltxstudio");

    @Test
    void theMicrometerObserverComesAfterBootsMeterRegistry() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MeterRegistry.class).hasSingleBean(MicrometerClientEvents.class);
            assertThat(context.getBean(ClientEventsPort.class)).isSameAs(context.getBean(MicrometerClientEvents.class));
        });
    }

    @Test
    void everyBoot4NameTheStarterOrdersAfterExists() {
        List<String> names = Arrays.asList(LtxMicrometerAutoConfiguration.class.getAnnotation(AutoConfiguration.class).afterName());
        assertThat(names).filteredOn(n -> n.startsWith(BOOT4_METRICS)).hasSize(3).allSatisfy(n ->
                assertThat(Class.forName(n, false, getClass().getClassLoader())).isNotNull());
    }

    @Test
    void everyKindOfSettingBindsWithBoot4sBinder() {
        runner.withPropertyValues("ltxflux.read-timeout=15s", "ltxflux.call-timeout=45s", "ltxflux.max-attempts=2", "ltxflux.max-answer-bytes=64KB",
                "ltxflux.log-level=basic", "ltxflux.polling.multiplier=2", "ltxflux.journal.path=build/jobs.log",
                "ltxflux.webhook.path=/ltx/webhook").run(context -> {
                    assertThat(context).hasSingleBean(LtxClient.class);
                    LtxProperties p = context.getBean(LtxProperties.class);
                    assertThat(p.getReadTimeout()).isEqualTo(Duration.ofSeconds(15));
                    assertThat(p.getCallTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(context.getBean(LtxClient.class).options().callTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(p.getMaxAttempts()).isEqualTo(2);
                    assertThat(p.getMaxAnswerBytes()).isEqualTo(DataSize.ofKilobytes(64));
                    assertThat(p.getLogLevel()).isEqualTo(LtxClient.LogLevel.BASIC);
                    assertThat(p.getPolling().getMultiplier()).isEqualTo(2.0);
                    assertThat(p.getJournal().getPath()).isEqualTo(Path.of("build/jobs.log"));
                    assertThat(p.getWebhook().getPath()).isEqualTo("/ltx/webhook");
                });
    }

    @Test
    void outOfRangeValuesStopStartUpNamingEverySetting() {
        runner.withPropertyValues("ltxflux.max-answer-bytes=0", "ltxflux.polling.multiplier=0.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("'ltxflux.max-answer-bytes' must be positive")
                    .hasMessageContaining("'ltxflux.polling.multiplier' must be");
        });
    }

    @Test
    void withoutMicrometerOnTheClassPathTheClientIsStillCreated() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LtxMicrometerAutoConfiguration.class,
                        LtxAutoConfiguration.class))
                .withPropertyValues("ltxflux.token=user:1-test")
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasSingleBean(LtxClient.class).doesNotHaveBean(ClientEventsPort.class));
    }

    @Test
    void withoutATokenStartUpFailsNamingIt() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class))
                .withPropertyValues("USEAPI_TOKEN=").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class)
                            .hasMessageContaining("token");
                });
    }

    @Test
    void theWebhookEndpointIsOffByDefaultAndNeedsAHandler() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class, LtxWebhookAutoConfiguration.class))
                .withPropertyValues("ltxflux.token=user:1-test");
        web.withBean(LtxWebhookHandler.class, () -> job -> { })
                .run(context -> assertThat(context).doesNotHaveBean(LtxWebhookController.class));
        web.withPropertyValues("ltxflux.webhook.path=/ltx/webhook")
                .run(context -> assertThat(context).doesNotHaveBean(LtxWebhookController.class));
        web.withPropertyValues("ltxflux.webhook.path=/ltx/webhook").withBean(LtxWebhookHandler.class, () -> job -> { })
                .run(context -> assertThat(context).hasSingleBean(LtxWebhookController.class));
    }
}
