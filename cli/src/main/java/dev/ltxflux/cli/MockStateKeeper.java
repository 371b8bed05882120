package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.mock.LtxMockServer;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Keeps the embedded mock's jobs, uploads and accounts ({@link MockStateDir}) when the run ends: on {@link #close()}, and from a
 * shutdown hook when the run is stopped while it waits (Ctrl-C, SIGTERM), so that the next run's {@code wait} still
 * finds the job. (The CLI is a driving adapter: it observes no outgoing port of the core, hence a hook, not a journal.)
 */
final class MockStateKeeper implements AutoCloseable {

    private final MockStateDir state;
    private final LtxMockServer mock;
    private final PrintWriter err;
    private final Thread hook;

    MockStateKeeper(MockStateDir state, LtxMockServer mock, PrintWriter err) {
        this.state = state;
        this.mock = mock;
        this.err = err;
        this.hook = new Thread(this::save, "ltxflux-keep-mock-state");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Keeps the state now; a failure is a warning (the job itself is journaled and goes on). */
    void save() {
        try {
            state.save(mock);
        } catch (IOException | RuntimeException e) {
            err.println("warning: the embedded mock's jobs and accounts could not be kept in " + SafeText.escape(state.dir().toString())
                    + " (" + SafeText.escape(String.valueOf(e.getMessage())) + "): a later run will not find them");
            err.flush();
        }
    }

    /** Keeps the state and drops the shutdown hook. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook is running or has run: it keeps the state
        }
        save();
    }
}
