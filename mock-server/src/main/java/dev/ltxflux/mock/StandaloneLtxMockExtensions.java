package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.ltxflux.mock.extension.AdminOriginFilter;
import dev.ltxflux.mock.extension.LtxMockExtensions;
import dev.ltxflux.mock.extension.LtxRoutes;
import dev.ltxflux.mock.extension.ServerControl;
import dev.ltxflux.mock.extension.LtxStubMappings;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The LTX behaviour for a stock WireMock 3.13 ({@code wiremock-standalone} jar or the official image), found through
 * {@code META-INF/services/com.github.tomakehurst.wiremock.extension.ExtensionFactory} or named with
 * {@code --extensions}. WireMock's own options set the port and address; the mock's come from system properties
 * {@code -Dltxflux.mock.token=…} or environment variables {@code LTXFLUX_MOCK_TOKEN=…}: {@code token},
 * {@code jobDuration}, {@code pollInterval}, {@code accounts}, {@code credits}, {@code maxJobs}, {@code strict},
 * {@code cors}, {@code seed}, {@code journal} (the dashboard's request list). Everything else keeps {@link MockConfig}'s defaults.
 */
public final class StandaloneLtxMockExtensions implements ExtensionFactory {

    private final Function<String, String> settings;

    /** Reads the settings from system properties, then the environment. */
    public StandaloneLtxMockExtensions() {
        this(name -> {
            String property = System.getProperty("ltxflux.mock." + name);
            return property != null ? property
                    : System.getenv("LTXFLUX_MOCK_" + name.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
        });
    }

    StandaloneLtxMockExtensions(Function<String, String> settings) {
        this.settings = settings;
    }

    /** The configuration the settings describe; a bad value names its setting. */
    MockConfig config() {
        MockConfig.Builder b = MockConfig.defaults().toBuilder();
        DurationConverter durations = new DurationConverter();
        set("token", b::token);
        set("jobDuration", v -> b.jobDuration(durations.convert(v)));
        set("pollInterval", v -> b.pollInterval(durations.convert(v)));
        set("accounts", v -> b.accounts(Arrays.asList(v.split(","))));
        // whole numbers as the mock reads every one (ASCII digits, nothing rounded); MockConfig judges the ranges
        set("credits", v -> b.credits(ExactIntegers.within(v.trim(), "credits", Long.MIN_VALUE, Long.MAX_VALUE)));
        set("maxJobs", v -> b.maxJobs((int) ExactIntegers.within(v.trim(), "maxJobs", Integer.MIN_VALUE, Integer.MAX_VALUE)));
        set("seed", v -> b.seed(ExactIntegers.within(v.trim(), "seed", Long.MIN_VALUE, Long.MAX_VALUE)));
        set("strict", v -> b.strict(Boolean.parseBoolean(v.trim())));
        set("cors", v -> b.corsOrigins(Arrays.asList(v.split(","))));
        set("journal", v -> b.requestJournal(Boolean.parseBoolean(v.trim())));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ltxflux.mock settings: " + e.getMessage() + " (settings are named like the options)", e);
        }
    }

    private void set(String name, java.util.function.Consumer<String> apply) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            apply.accept(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ltxflux.mock." + name + " (" + value + "): " + e.getMessage(), e);
        }
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        MockConfig config = config();
        JobStore store = new JobStore(config, ControllableClock.following(Clock.systemUTC()));
        store.preloadExample(LtxMockServer.exampleReference());
        LtxMockExtensions ltx = new LtxMockExtensions(store, new SchemaCatalog(), control(services), LtxRoutes::apiRoutes);
        List<Extension> extensions = new ArrayList<>(ltx.create(services));
        extensions.add(new LtxStubMappings());
        extensions.add(new AdminOriginFilter());
        extensions.add(new Lifecycle(store, ltx));
        return extensions;
    }

    /** Links and the self-target check from WireMock's own options; shutdown through WireMock's admin. */
    private static ServerControl control(WireMockServices services) {
        return new ServerControl() {
            @Override
            public String origin() {
                String bind = services.getOptions().bindAddress();
                String host = bind == null || bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
                return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
            }

            @Override
            public int port() {
                return services.getOptions().portNumber();
            }

            @Override
            public void shutdown() {
                services.getAdmin().shutdownServer();
            }
        };
    }

    /** Evicts expired jobs while WireMock runs; stops webhook deliveries when it stops. */
    private static final class Lifecycle implements Extension {
        private final JobStore store;
        private final LtxMockExtensions ltx;
        private ScheduledExecutorService evictor;

        Lifecycle(JobStore store, LtxMockExtensions ltx) {
            this.store = store;
            this.ltx = ltx;
        }

        @Override
        public String getName() {
            return "ltx-lifecycle";
        }

        @Override
        public void start() {
            long sweep = Math.max(100, Math.min(store.config().storage().retention().toMillis() / 2, Duration.ofSeconds(30).toMillis()));
            evictor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ltx-mock-evictor");
                t.setDaemon(true);
                return t;
            });
            evictor.scheduleWithFixedDelay(store::evictExpired, sweep, sweep, TimeUnit.MILLISECONDS);
        }

        @Override
        public void stop() {
            if (evictor != null) {
                evictor.shutdownNow();
            }
            ltx.close();
        }
    }
}
