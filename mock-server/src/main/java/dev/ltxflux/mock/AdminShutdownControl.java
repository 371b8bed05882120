package dev.ltxflux.mock;

import dev.ltxflux.mock.extension.ServerControl;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the extensions may ask of the running server: its address, and {@code POST /__admin/shutdown}, which stops it
 * on a thread of its own after the answer has left, then runs the server's shutdown hook.
 */
final class AdminShutdownControl implements ServerControl {

    private final LtxMockServer server;

    AdminShutdownControl(LtxMockServer server) {
        this.server = server;
    }

    @Override
    public String origin() {
        return server.origin();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void shutdown() {
        server.stopRequested();
        // let the shutdown request's own answer leave first (WireMock's own shutdown waits the same way)
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ltx-mock-admin-shutdown"));
        later.schedule(() -> {
            try {
                server.stop();
                server.shutdownHook().run();
            } finally {
                later.shutdown();
            }
        }, 250, TimeUnit.MILLISECONDS);
    }
}
