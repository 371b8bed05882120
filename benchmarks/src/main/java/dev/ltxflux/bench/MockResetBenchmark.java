package dev.ltxflux.bench;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link LtxMockExtension} costs between two tests: {@code afterEach} + {@code beforeEach}, after a test that left
 * 10 jobs, 10 status reads and a queued fault behind (and, where a reset removes them, a WireMock stub of its own).
 * <ul>
 *   <li>static field: one server per class, its LTX state reset;</li>
 *   <li>instance field: the server goes back to the run's pool and is borrowed again, reset as a fresh one starts
 *       (WireMock stubs, scenarios, journal and settings too);</li>
 *   <li>instance field with {@code withOwnServer()}: a server stop and a fresh start (what every instance field cost
 *       before the pool).</li>
 * </ul>
 * The extension keeps its pool in JUnit's root store: {@link #context} stands in for JUnit's with a store of its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MockResetBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One extension with a stand-in root store; {@code perClass}: registered on a static field. */
    public abstract static class Between {
        final Map<Object, Object> store = new ConcurrentHashMap<>();
        final ExtensionContext context = context(store);
        final LtxMockExtension ltx;
        private final boolean perClass;

        Between(LtxMockExtension ltx, boolean perClass) {
            this.ltx = ltx;
            this.perClass = perClass;
        }

        @Setup(Level.Trial)
        public void start() {
            if (perClass) {
                ltx.beforeAll(context);
            }
            ltx.beforeEach(context);
        }

        /** A static field's reset keeps WireMock stubs, so only the instance-field paths get one to remove. */
        @Setup(Level.Invocation)
        public void dirty() throws Exception {
            leaveBehind(ltx, !perClass);
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            ltx.afterEach(context);
            if (perClass) {
                ltx.afterAll(context);
            }
            close(store);
        }

        /** What JUnit calls between two tests. */
        void betweenTests() {
            ltx.afterEach(context);
            ltx.beforeEach(context);
        }
    }

    @State(Scope.Thread)
    public static class StaticField extends Between {
        public StaticField() {
            super(new LtxMockExtension(), true);
        }
    }

    @State(Scope.Thread)
    public static class InstanceField extends Between {
        public InstanceField() {
            super(new LtxMockExtension(), false);
        }
    }

    @State(Scope.Thread)
    public static class OwnServer extends Between {
        public OwnServer() {
            super(new LtxMockExtension().withOwnServer(), false);
        }
    }

    @Benchmark
    public void betweenTestsStaticField(StaticField s) {
        s.betweenTests();
    }

    @Benchmark
    public void betweenTestsInstanceField(InstanceField s) {
        s.betweenTests();
    }

    @Benchmark
    public void betweenTestsInstanceFieldOwnServer(OwnServer s) {
        s.betweenTests();
    }

    /** What a test leaves in its server: jobs, status reads, a queued fault, and (when {@code stub}) a stub of its own. */
    static void leaveBehind(LtxMockExtension ltx, boolean stub) throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(ltx.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer " + ltx.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"p\",\"referenceAssetId\":\"asset:3b18…-type:image/png\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String jobId = created.body().replaceAll(".*\"jobId\":\"([^\"]*)\".*", "$1");
            HTTP.send(HttpRequest.newBuilder(URI.create(ltx.baseUrl() + "/assets/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + ltx.token()).build(), HttpResponse.BodyHandlers.discarding());
        }
        ltx.admin().addFault(LtxMockAdmin.Fault.status("status", 503, 1));
        if (stub) {
            HTTP.send(HttpRequest.newBuilder(URI.create(ltx.server().origin() + "/__admin/mappings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"request\":{\"url\":\"/mine\"},\"response\":{\"status\":418}}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** An {@link ExtensionContext} that is its own root, with one store: all the extension asks of JUnit's. */
    static ExtensionContext context(Map<Object, Object> values) {
        ExtensionContext.Store store = (ExtensionContext.Store) Proxy.newProxyInstance(MockResetBenchmark.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.Store.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOrComputeIfAbsent") && args.length == 3) {
                        @SuppressWarnings("unchecked")
                        Function<Object, Object> make = (Function<Object, Object>) args[1];
                        return values.computeIfAbsent(args[0], make);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ExtensionContext[] self = new ExtensionContext[1];
        self[0] = (ExtensionContext) Proxy.newProxyInstance(MockResetBenchmark.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRoot" -> self[0];
                    case "getStore" -> store;
                    case "toString" -> "benchmark context";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return self[0];
    }

    /** What JUnit does with the root store when the run ends. */
    static void close(Map<Object, Object> values) throws Exception {
        for (Object value : values.values()) {
            if (value instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
