package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.render.ImageEditor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = LtxAutoConfigurationTest.App.class, properties = {
        "ltxflux.email=", "ltxflux.connect-timeout=2s", "ltxflux.read-timeout=15s", "ltxflux.max-attempts=2",
        "ltxflux.retry-base-delay=20ms", "ltxflux.max-retry-delay=200ms", "ltxflux.journal.path=${java.io.tmpdir}/ltxflux-starter-test/jobs.log"})
class LtxAutoConfigurationTest {

    static final LtxMockServer MOCK = MockServerSupport.start();

    @DynamicPropertySource
    static void mock(DynamicPropertyRegistry registry) {
        MockServerSupport.pointAt(MOCK, registry);
    }

    @AfterAll
    static void stop() {
        MOCK.stop();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    LtxClient client;
    @Autowired
    LtxProperties properties;
    @Autowired
    ClientEventsPort events;
    @Autowired
    MeterRegistry meters;

    @Test
    void propertiesAreBound() {
        assertThat(properties.getBaseUrl()).isEqualTo(MOCK.baseUrl());
        assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(properties.getMaxAttempts()).isEqualTo(2);
        assertThat(properties.getRetryBaseDelay()).isEqualTo(Duration.ofMillis(20));
        assertThat(properties.getMaxRetryDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(properties.getJournal().getPath()).hasFileName("jobs.log");
        assertThat(properties.toString()).doesNotContain(MOCK.token());
    }

    @Test
    void theClientBeanTalksToTheConfiguredServerWithTheConfiguredToken() throws Exception {
        assertThat(client.baseUrl()).isEqualTo(MOCK.baseUrl());
        Path input = Files.write(Files.createTempDirectory("ltxflux-starter").resolve("in.png"), ImageEditor.sample(64, 48));
        String asset = client.upload(input).fileId().value();
        JobId id = client.submit(EditRequest.builder().prompt("Add golden sunset lighting").referenceAssetId(asset).build()).jobId();
        Job job = client.await(id, AwaitOptions.timeout(Duration.ofSeconds(20)));
        assertThat(job.isDone()).isTrue();
        assertThat(client.journal().findByJob(id)).isPresent();
    }

    @Test
    void withAMeterRegistryTheClientReportsToMicrometer() {
        assertThat(events).isInstanceOf(MicrometerClientEvents.class);
    }

    @Test
    void aRealSubmitAndAwaitAreRecorded() throws Exception {
        double submits = count("ltxflux.client.requests", "operation", "submit");
        double awaits = count("ltxflux.client.await", "outcome", "completed");
        double completed = meters.find("ltxflux.client.jobs").tags("status", "completed").counters().stream()
                .mapToDouble(c -> c.count()).sum();

        theClientBeanTalksToTheConfiguredServerWithTheConfiguredToken();

        assertThat(count("ltxflux.client.requests", "operation", "submit")).isEqualTo(submits + 1);
        assertThat(count("ltxflux.client.requests", "operation", "status")).isPositive();
        assertThat(count("ltxflux.client.await", "outcome", "completed")).isEqualTo(awaits + 1);
        assertThat(meters.get("ltxflux.client.jobs").tags("status", "completed").counter().count()).isEqualTo(completed + 1);
    }

    private double count(String timer, String tag, String value) {
        return meters.find(timer).tags(tag, value).timers().stream().mapToLong(t -> t.count()).sum();
    }
}
