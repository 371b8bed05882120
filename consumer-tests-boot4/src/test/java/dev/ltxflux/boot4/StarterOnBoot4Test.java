package dev.ltxflux.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.spring.LtxWebhookHandler;
import dev.ltxflux.spring.MicrometerClientEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot 4 web application with actuator (Boot's own MeterRegistry and ObservationRegistry, nothing defined by
 * the test) and the starter: the client bean from {@code ltxflux.*} edits an image on the mock, Micrometer sees it, and
 * the mock's webhook reaches the application's handler through the starter's endpoint on a real port.
 */
@SpringBootTest(classes = StarterOnBoot4Test.App.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "ltxflux.max-attempts=2", "ltxflux.read-timeout=15s", "ltxflux.webhook.path=/hooks/ltx"})
class StarterOnBoot4Test {

    @RegisterExtension
    static final LtxMockExtension MOCK = new LtxMockExtension();

    @DynamicPropertySource
    static void pointAtTheMock(DynamicPropertyRegistry registry) {
        registry.add("ltxflux.base-url", MOCK::baseUrl);
        registry.add("ltxflux.token", MOCK::token);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        BlockingQueue<Job> received() {
            return new LinkedBlockingQueue<>();
        }

        @Bean
        LtxWebhookHandler handler(BlockingQueue<Job> received) {
            return received::add;
        }
    }

    @TempDir
    Path dir;
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    LtxClient client;
    @Autowired
    MeterRegistry meters;
    @Autowired
    BlockingQueue<Job> received;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void clear() {
        received.clear();
    }

    @Test
    void theClientBeanIsConfiguredFromLtxfluxProperties() {
        assertThat(context).isNotNull();
        assertThat(context.getBeansOfType(LtxClient.class)).containsOnlyKeys("ltxClient");
        assertThat(client.baseUrl()).isEqualTo(MOCK.baseUrl());
    }

    @Test
    void withBootsOwnMeterRegistryTheClientReportsToMicrometer() {
        assertThat(context.getBean(ClientEventsPort.class)).isInstanceOf(MicrometerClientEvents.class);
        assertThat(context.getBeansOfType(ObservationRegistry.class)).hasSize(1);
    }

    @Test
    void anEditRunsEndToEndIsMeasuredAndItsWebhookReachesTheHandler() throws Exception {
        double submits = timed("ltxflux.client.requests", "operation", "submit");
        double awaits = timed("ltxflux.client.await", "outcome", "completed");
        double completed = counted("ltxflux.client.jobs", "status", "completed");
        Path input = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));

        ImageOutcome outcome = client.edit(EditImageCommand.forFile(input, EditRequest.builder()
                        .prompt("Add golden sunset lighting").replyUrl("http://127.0.0.1:" + port + "/hooks/ltx").replyRef("boot4"),
                dir.resolve("out.png"), AwaitOptions.timeout(Duration.ofSeconds(20))));

        assertThat(Files.readAllBytes(outcome.file())).startsWith(0x89, 'P', 'N', 'G');
        assertThat(timed("ltxflux.client.requests", "operation", "submit")).isEqualTo(submits + 1);
        assertThat(timed("ltxflux.client.requests", "operation", "upload")).isPositive();
        assertThat(timed("ltxflux.client.requests", "operation", "status")).isPositive();
        assertThat(timed("ltxflux.client.requests", "operation", "download")).isPositive();
        assertThat(counted("ltxflux.client.jobs", "status", "completed")).isEqualTo(completed + 1);
        assertThat(timed("ltxflux.client.await", "outcome", "completed")).as("the await observation, through Boot's handlers")
                .isEqualTo(awaits + 1);

        Job delivered = received.poll(10, TimeUnit.SECONDS);
        assertThat(delivered).as("the mock's webhook, through the starter's endpoint").isNotNull();
        assertThat(delivered.id()).isEqualTo(outcome.job().id());
        assertThat(delivered.isDone()).isTrue();
        assertThat(delivered.replyRef()).hasValue("boot4");
    }

    @Test
    void aBodyThatIsNotAJobModelIsAnswered400AndNotHandedOn() throws Exception {
        HttpResponse<String> answer = post("/hooks/ltx", "{\"status\":{\"type\":\"completed\",\"progress\":\"100\"}}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("/status");
        assertThat(received).isEmpty();
    }

    @Test
    void otherPathsAreNotTheEndpoint() throws Exception {
        assertThat(post("/hooks/other", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void springsJackson3AndTheClientsJackson2LiveSideBySide() {
        assertThat(context.getBean(tools.jackson.databind.json.JsonMapper.class)).as("Boot 4's JSON library").isNotNull();
        com.fasterxml.jackson.core.Version clients = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        assertThat(clients.getMajorVersion()).as("the client's, as Boot 4's BOM manages it: %s", clients).isEqualTo(2);
        assertThat(clients.getMinorVersion()).as("the oldest Jackson 2 ltxflux supports is 2.15").isGreaterThanOrEqualTo(15);
        assertThat(context.getBeansOfType(com.fasterxml.jackson.databind.ObjectMapper.class)).as("no Jackson 2 bean of ours")
                .isEmpty();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double timed(String name, String tag, String value) {
        return meters.find(name).tags(tag, value).timers().stream().mapToLong(t -> t.count()).sum();
    }

    private double counted(String name, String tag, String value) {
        return meters.find(name).tags(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
