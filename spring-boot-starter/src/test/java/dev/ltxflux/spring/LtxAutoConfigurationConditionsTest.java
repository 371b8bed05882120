package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.feign.LtxClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The auto-configuration's conditions, each in a small context (no server needed: building a client sends nothing). */
class LtxAutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LtxMicrometerAutoConfiguration.class, LtxAutoConfiguration.class,
                    LtxWebhookAutoConfiguration.class))
            .withPropertyValues("ltxflux.token=user:1-test", "ltxflux.base-url=http://127.0.0.1:9/v1/ltxstudio");

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnClient() {
        LtxClient own = LtxClient.builder().token("user:2-own").baseUrl("http://127.0.0.1:9/own").build();
        runner.withBean(LtxClient.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(LtxClient.class);
            assertThat(context.getBean(LtxClient.class)).isSameAs(own);
        });
        own.close();
    }

    @Test
    void withoutATokenTheContextFailsNamingIt() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class))
                .withPropertyValues("USEAPI_TOKEN=").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidRequestException.class)
                            .hasMessageContaining("'ltxflux.token' is required");
                });
    }

    @Test
    void theTokenFallsBackToUseapiToken() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class))
                .withPropertyValues("USEAPI_TOKEN=user:3-env", "LTXFLUX_BASE_URL=http://127.0.0.1:9/env")
                .run(context -> assertThat(context.getBean(LtxClient.class).baseUrl()).isEqualTo("http://127.0.0.1:9/env"));
    }

    @Test
    void withoutAMeterRegistryNoMetricsObserver() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(LtxClient.class);
            assertThat(context).doesNotHaveBean(ClientEventsPort.class);
        });
    }

    @Test
    void withAMeterRegistryTheMicrometerObserverIsCreated() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasSingleBean(MicrometerClientEvents.class));
    }

    @Test
    void withoutMicrometerOnTheClassPathTheClientIsStillCreated() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasSingleBean(LtxClient.class).doesNotHaveBean(ClientEventsPort.class));
    }

    @Test
    void theApplicationsOwnObserverWinsOverMicrometer() {
        ClientEventsPort own = new ClientEventsPort() {
        };
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(ClientEventsPort.class, () -> own)
                .run(context -> assertThat(context.getBean(ClientEventsPort.class)).isSameAs(own));
    }

    @Test
    void theWebhookEndpointIsOffByDefault() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class, LtxWebhookAutoConfiguration.class))
                .withPropertyValues("ltxflux.token=user:1-test")
                .withBean(LtxWebhookHandler.class, () -> job -> { })
                .run(context -> assertThat(context).doesNotHaveBean(LtxWebhookController.class));
    }

    @Test
    void theWebhookEndpointNeedsAHandlerBean() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LtxAutoConfiguration.class, LtxWebhookAutoConfiguration.class))
                .withPropertyValues("ltxflux.token=user:1-test", "ltxflux.webhook.path=/ltx/webhook")
                .run(context -> assertThat(context).doesNotHaveBean(LtxWebhookController.class));
    }
}
