package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link LtxMockExtension} on instance fields borrows servers from a pool kept for the test run. Each scenario below is a
 * test class of its own, run here by the JUnit Platform launcher (a run of its own, so its pool is closed when it ends):
 * what its tests saw is kept in {@link #SEEN} and checked after the run.
 */
class LtxMockExtensionPoolTest {

    private static final String LAUNCHED = "ltxflux.pool-scenario";
    /** What the scenarios' tests saw, by a name each test chooses; cleared before each run. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();
    static volatile int fixedPort;

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void aTestSeesNothingAnEarlierTestLeftInTheReusedServer() {
        assertPassed(run(Map.of(), InOrder.class), 2);
        assertThat(SEEN.get("second")).as("the same server, reset").isSameAs(SEEN.get("first"));
        assertThat(server("first").isRunning()).as("stopped when the run ended").isFalse();
    }

    @Test
    void differentlyConfiguredExtensionsNeverShareAServerAndEachConfigurationKeepsItsOwn() {
        assertPassed(run(Map.of(), Configs.class), 2);
        for (String ext : List.of("plain", "oneCredit", "manualClock", "samePlainAgain")) {
            assertThat(SEEN.get("1-" + ext)).as(ext + " is reused by the next test").isSameAs(SEEN.get("2-" + ext));
        }
        assertThat(SEEN.get("1-own")).as("withOwnServer: a fresh server per test").isNotSameAs(SEEN.get("2-own"));
        assertThat(SEEN.values()).allSatisfy(s -> assertThat(((LtxMockServer) s).isRunning()).isFalse());
    }

    @Test
    void aFixedPortIsReusedByItsConfigurationHandedOverToAnotherAndFreedWhenTheRunEnds() throws IOException {
        fixedPort = freePort();
        assertPassed(run(Map.of(), FixedPort.class, FixedPortOtherConfig.class), 3);
        assertThat(SEEN.get("fixed-1")).as("same configuration, same fixed port: one server").isSameAs(SEEN.get("fixed-2"));
        assertThat(SEEN.get("other")).as("another configuration on that port: the idle server made way").isNotSameAs(SEEN.get("fixed-1"));
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), fixedPort));
            assertThat(again.isBound()).as("the port is free after the run").isTrue();
        }
    }

    @Test
    void testsRunningInParallelNeverShareAServer() {
        assertPassed(run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "same_thread",
                "junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"), Parallel.class, WarmUp.class), 3);
        assertThat(SEEN.get("a")).as("both tests ran at once: each had a server of its own").isNotSameAs(SEEN.get("b"));
        assertThat(List.of(SEEN.get("a"), SEEN.get("b"))).as("one of them got the server the warm-up left idle")
                .contains(SEEN.get("warm"));
    }

    @Test
    void aServerStoppedByItsTestIsNotLentAgain() {
        assertPassed(run(Map.of(), StoppedInATest.class), 2);
        assertThat(SEEN.get("after")).isNotSameAs(SEEN.get("stopped"));
    }

    @Test
    void aStaticFieldKeepsOneServerForItsClassAndItsNestedClasses() {
        assertPassed(run(Map.of(), StaticField.class), 2);
        assertThat(SEEN.get("nested")).as("a @Nested class's beforeAll does not start another").isSameAs(SEEN.get("outer"));
        assertThat(server("outer").isRunning()).as("stopped after the class").isFalse();
    }

    // ----- the scenarios ----------------------------------------------------------------------------------------------

    @ExtendWith(OnlyWhenLaunched.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InOrder {

        @RegisterExtension
        LtxMockExtension ltx = LtxMockExtension.with(b -> b.credits(5));

        @Test
        @Order(1)
        void leavesEverythingBehind() {
            SEEN.put("first", ltx.server());
            SEEN.put("job", new MockCalls(ltx).submitJob(""));
            assertThat(admin("/mappings", "{\"request\":{\"method\":\"GET\",\"url\":\"/mine\"},\"response\":{\"status\":418}}")
                    .statusCode()).isEqualTo(201);
            assertThat(Http.get(ltx.server().origin() + "/mine", null).statusCode()).isEqualTo(418);
            assertThat(admin("/mappings", "{\"scenarioName\":\"s\",\"requiredScenarioState\":\"Started\",\"newScenarioState\":\"on\","
                    + "\"request\":{\"method\":\"GET\",\"url\":\"/flip\"},\"response\":{\"status\":204}}").statusCode()).isEqualTo(201);
            assertThat(Http.get(ltx.server().origin() + "/flip", null).statusCode()).isEqualTo(204);
            assertThat(wireMock("/scenarios").get("scenarios")).as("scenarios").hasSize(1);
            assertThat(admin("/settings", "{\"fixedDelay\":1}").statusCode()).isEqualTo(200);
            assertThat(wireMock("/settings").at("/settings/fixedDelay").asInt()).isEqualTo(1);
            ltx.admin().addFault(LtxMockAdmin.Fault.status("status", 503, 5));
            ltx.advance(Duration.ofHours(2));
            ltx.admin().freeze(true);
            assertThat(ltx.server().store().creditsLeft(MockConfig.DEFAULT_ACCOUNT)).isEqualTo(4);
        }

        @Test
        @Order(2)
        void seesAMockAsFreshlyStarted() {
            SEEN.put("second", ltx.server());
            assertThat(ltx.admin().requests()).as("requests").isEmpty();
            assertThat(wireMock("/requests").get("requests").size()).as("WireMock's journal").isZero();
            assertThat(ltx.admin().faults()).as("faults").isEmpty();
            assertThat(ltx.jobs()).as("jobs").isEmpty();
            assertThat(ltx.admin().uploads()).as("uploads: the example only").hasSize(1);
            assertThat(ltx.admin().webhooks()).as("webhooks").isEmpty();
            assertThat(ltx.admin().drifts()).as("drifts").isEmpty();
            assertThat(ltx.server().clock().isFrozen()).as("clock frozen").isFalse();
            assertThat(ltx.server().clock().offset()).as("clock offset").isZero();
            assertThat(ltx.server().store().creditsLeft(MockConfig.DEFAULT_ACCOUNT)).as("credits").isEqualTo(5);
            HttpResponse<byte[]> status = Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode((String) SEEN.get("job")), ltx.token());
            assertThat(status.statusCode()).as(Http.text(status)).isEqualTo(404);
            assertThat(Http.get(ltx.server().origin() + "/mine", null).statusCode()).as("the user's stub").isEqualTo(404);
            assertThat(wireMock("/scenarios").get("scenarios")).as("scenarios").isEmpty();
            assertThat(wireMock("/settings").at("/settings/fixedDelay").asInt(0)).as("global delay").isZero();
            assertThat(new MockCalls(ltx).submitJob("")).as("the LTX routes are back").startsWith("email:");
        }

        private com.fasterxml.jackson.databind.JsonNode wireMock(String path) {
            return Http.json(Http.get(ltx.server().origin() + "/__admin" + path, null));
        }

        private HttpResponse<byte[]> admin(String path, String json) {
            return Http.send(Http.request(ltx.server().origin() + "/__admin" + path, null).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    static class Configs {

        @RegisterExtension
        LtxMockExtension plain = new LtxMockExtension();
        @RegisterExtension
        LtxMockExtension oneCredit = LtxMockExtension.with(b -> b.credits(1));
        @RegisterExtension
        LtxMockExtension manualClock = new LtxMockExtension().withManualClock();
        @RegisterExtension
        LtxMockExtension samePlainAgain = new LtxMockExtension();
        @RegisterExtension
        LtxMockExtension own = new LtxMockExtension().withOwnServer();

        @Test
        void first() {
            record("1-");
        }

        @Test
        void second() {
            record("2-");
        }

        private void record(String prefix) {
            List<LtxMockServer> servers = List.of(plain.server(), oneCredit.server(), manualClock.server(),
                    samePlainAgain.server(), own.server());
            assertThat(servers).as("five extensions in one test: five servers").doesNotHaveDuplicates();
            assertThat(servers.stream().map(LtxMockServer::port)).doesNotHaveDuplicates();
            SEEN.put(prefix + "plain", plain.server());
            SEEN.put(prefix + "oneCredit", oneCredit.server());
            SEEN.put(prefix + "manualClock", manualClock.server());
            SEEN.put(prefix + "samePlainAgain", samePlainAgain.server());
            SEEN.put(prefix + "own", own.server());
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    static class FixedPort {

        @RegisterExtension
        LtxMockExtension ltx = LtxMockExtension.with(b -> b.port(fixedPort));

        @Test
        void one() {
            assertThat(ltx.server().port()).isEqualTo(fixedPort);
            SEEN.put(SEEN.containsKey("fixed-1") ? "fixed-2" : "fixed-1", ltx.server());
        }

        @Test
        void two() {
            one();
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    static class FixedPortOtherConfig {

        @RegisterExtension
        LtxMockExtension ltx = LtxMockExtension.with(b -> b.port(fixedPort).credits(3));

        @Test
        void onTheSamePort() {
            assertThat(ltx.server().port()).isEqualTo(fixedPort);
            SEEN.put("other", ltx.server());
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    @Order(1)
    static class WarmUp {

        @RegisterExtension
        LtxMockExtension ltx = new LtxMockExtension();

        @Test
        void leavesAServerIdle() {
            SEEN.put("warm", ltx.server());
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    @Order(2)
    static class Parallel {

        static final CyclicBarrier BOTH_IN_A_TEST = new CyclicBarrier(2);

        @RegisterExtension
        LtxMockExtension ltx = new LtxMockExtension();

        @Test
        void a() throws Exception {
            inParallel("a");
        }

        @Test
        void b() throws Exception {
            inParallel("b");
        }

        private void inParallel(String name) throws Exception {
            SEEN.put(name, ltx.server());
            BOTH_IN_A_TEST.await(30, TimeUnit.SECONDS);
            new MockCalls(ltx).submitJob("");
            BOTH_IN_A_TEST.await(30, TimeUnit.SECONDS);
            assertThat(ltx.jobs()).as("only this test's job").hasSize(1);
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StoppedInATest {

        @RegisterExtension
        LtxMockExtension ltx = new LtxMockExtension();

        @Test
        @Order(1)
        void stopsItsServer() {
            SEEN.put("stopped", ltx.server());
            ltx.server().stop();
        }

        @Test
        @Order(2)
        void getsARunningOne() {
            SEEN.put("after", ltx.server());
            assertThat(ltx.server().isRunning()).isTrue();
            new MockCalls(ltx).submitJob("");
        }
    }

    @ExtendWith(OnlyWhenLaunched.class)
    static class StaticField {

        @RegisterExtension
        static LtxMockExtension ltx = new LtxMockExtension();

        @Test
        void outer() {
            SEEN.put("outer", ltx.server());
        }

        @Nested
        class Inner {

            @Test
            void nested() {
                SEEN.put("nested", ltx.server());
                new MockCalls(ltx).submitJob("");
            }
        }
    }

    /** The scenarios run only inside this test's launcher runs, never on their own. */
    static final class OnlyWhenLaunched implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(LAUNCHED).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by LtxMockExtensionPoolTest")
                    : ConditionEvaluationResult.disabled("a scenario of LtxMockExtensionPoolTest, which runs it");
        }
    }

    // ----- running a scenario -----------------------------------------------------------------------------------------

    private static TestExecutionSummary run(Map<String, String> parameters, Class<?>... scenarios) {
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(java.util.Arrays.stream(scenarios).map(DiscoverySelectors::selectClass).toList())
                .configurationParameter(LAUNCHED, "true")
                // the scenarios check the order of their tests: run them one after another, whatever the outer run does
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameters(parameters).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static void assertPassed(TestExecutionSummary summary, int tests) {
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 20);
        assertThat(summary.getTestsSucceededCount()).as(failures.toString()).isEqualTo(tests);
        assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
    }

    private static LtxMockServer server(String name) {
        return (LtxMockServer) SEEN.get(name);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
