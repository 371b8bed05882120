package dev.ltxflux.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import dev.ltxflux.mock.config.EdgeSettings;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.extension.AdminSafetyFilter;
import dev.ltxflux.mock.extension.LtxMockExtensions;
import dev.ltxflux.mock.extension.RecordingWriter;
import dev.ltxflux.mock.extension.ServerControl;
import dev.ltxflux.mock.http.GuardedJettyServer;
import dev.ltxflux.mock.http.LazyProxyClients;
import dev.ltxflux.mock.state.JobStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WireMock's configuration for an {@link LtxMockServer}: the guarded Jetty server, the connection limits and timeouts,
 * and either the LTX extensions or, in record mode, the recording proxy.
 *
 * @param configuration what to give {@code new WireMockServer(...)}
 * @param recorder      the record mode's writer; null when the mock serves the LTX API
 */
record WireMockOptions(WireMockConfiguration configuration, RecordingWriter recorder) {

    private static final Logger LOG = LoggerFactory.getLogger(LtxMockServer.class);

    static WireMockOptions of(MockConfig config, JobStore store, LtxMockExtensions extensions, ServerControl control, Path recordDir) {
        EdgeSettings edge = config.edge();
        WireMockConfiguration options = options().port(config.server().port()).bindAddress(config.server().bindAddress());
        if (GuardedJettyServer.usable()) {
            options = options.httpServerFactory(GuardedJettyServer.factory(config));
        } else {
            refuseUnguardedAdminSettings(edge);
            LOG.warn("a plain org.wiremock:wiremock on the class path hides wiremock-standalone's Jetty server: the mock runs"
                    + " on WireMock's own, without its Jetty-level edge checks (admin Host/Origin rules, JSON protocol errors)");
        }
        options = options.httpClientFactory(new LazyProxyClients())
                .containerThreads(edge.containerThreads()).jettyAcceptQueueSize(edge.acceptQueue())
                .jettyIdleTimeout(idleTimeout(config).toMillis()).jettyStopTimeout(1000L);
        RecordingWriter recorder = null;
        if (config.recording().from() != null) {
            recorder = new RecordingWriter(recordDir, RecordingWriter.origin(config.recording().from()));
            RecordingWriter writer = recorder;
            options = options.usingFilesUnderDirectory(recordDir.toString())
                    .extensions((ExtensionFactory) services -> List.of(writer,
                            new AdminSafetyFilter(store, services.getAdmin(), control, writer::ensureProxy)))
                    .limitProxyTargets(RecordingWriter.onlyTarget(config.recording().from()));
        } else {
            options = options.asynchronousResponseEnabled(true).asynchronousResponseThreads(8).extensions(extensions);
        }
        options = config.server().requestJournal() ? options.maxRequestJournalEntries(10_000) : options.disableRequestJournal();
        // WireMock formats every request, its response definition (as JSON) and its response into a log line, whatever
        // the notifier then prints: ~10 % of a status read. --verbose prints its own line (RequestLogger) instead.
        options = options.stubRequestLoggingDisabled(true);
        return new WireMockOptions(options, recorder);
    }

    /**
     * The connections' idle timeout: long enough to hold the longest {@code pollForResult} answer (20 polls), never
     * shorter than the body read timeout (which {@code EdgeGuard} applies while a request is being read).
     */
    static Duration idleTimeout(MockConfig config) {
        Duration hold = config.jobs().pollInterval().multipliedBy(20).plusSeconds(10);
        return hold.compareTo(config.edge().bodyReadTimeout()) > 0 ? hold : config.edge().bodyReadTimeout();
    }

    /** Settings that only the guarded server enforces must not be dropped silently. */
    private static void refuseUnguardedAdminSettings(EdgeSettings edge) {
        if (!edge.admin() || edge.adminToken() != null) {
            throw new IllegalStateException("--no-admin and --admin-token need wiremock-standalone's Jetty server, which a plain"
                    + " org.wiremock:wiremock on the class path hides: exclude it, or drop these settings");
        }
    }
}
