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
        this(journal, () -> out, err);
    }

    /** The same for a command whose result file changes as it goes (edit, then upscale): {@code out} says where now. */
    InterruptNotice(WatchedJournal journal, java.util.function.Supplier<Path> out, PrintWriter err) {
        this.hook = new Thread(() -> {
            JobId id = journal.current();
            err.println();
            if (id == null && journal.currentIntent() != null) {
                err.println("interrupted: the submit of intent " + SafeText.escape(journal.currentIntent().value())
                        + " was under way; it is journaled with that replyRef (do not submit again: 'ltxflux jobs' shows it,"
                        + " and the job can be found by its replyRef).");
            } else if (id == null) {
                err.println("interrupted: nothing was submitted.");
            } else {
                err.println("interrupted: job " + SafeText.escape(id.value()) + " goes on (it is in the journal).");
                err.println("resume with: " + Resume.command(id, out.get()));
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
