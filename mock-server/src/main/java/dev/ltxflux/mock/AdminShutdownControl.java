package dev.ltxflux.mock;

import dev.ltxflux.mock.extension.ServerControl;

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
        Thread t = new Thread(() -> {
            try {
                // let the shutdown request's own answer leave first (WireMock's own shutdown waits the same way)
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.stop();
            server.shutdownHook().run();
        }, "ltx-mock-admin-shutdown");
        t.start();
    }
}
