package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.JobId;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * While a command runs, Ctrl-C (SIGINT, or SIGTERM) prints the job it is about and how to resume it: the JVM runs this
 * shutdown hook before it exits with 130. Closed when the command ends on its own.
 */
final class InterruptNotice implements AutoCloseable {

    private final Thread hook;

    InterruptNotice(WatchedJournal journal, Path out, PrintWriter err) {
        this.hook = new Thread(() -> {
            JobId id = journal.current();
            err.println();
            if (id == null) {
                err.println("interrupted: no job id was received (a submit under way may still have been taken: "
                        + "check the account before submitting again).");
            } else {
                err.println("interrupted: job " + SafeText.escape(id.value()) + " goes on (it is in the journal).");
                err.println("resume with: " + Resume.command(id, out));
            }
            err.flush();
        }, "ltxflux-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it prints the notice
        }
    }
}
