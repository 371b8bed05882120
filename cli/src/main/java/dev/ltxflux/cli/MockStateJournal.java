package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.JournalEntry;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.mock.LtxMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The embedded mock's journal: records each job, then keeps the mock's state at once, so that a run stopped while it
 * waits (Ctrl-C, a timeout) leaves a job that the next run's {@code wait} still finds.
 */
final class MockStateJournal implements JobJournalPort {

    private final JobJournalPort journal;
    private final MockStateDir state;
    private final LtxMockServer mock;
    private final PrintWriter err;

    MockStateJournal(JobJournalPort journal, MockStateDir state, LtxMockServer mock, PrintWriter err) {
        this.journal = journal;
        this.state = state;
        this.mock = mock;
        this.err = err;
    }

    @Override
    public void record(JournalEntry entry) {
        journal.record(entry);
        save(state, mock, err);
    }

    @Override
    public List<JournalEntry> entries() {
        return journal.entries();
    }

    /** Keeps the mock's jobs and uploads; a failure is a warning (the job itself is journaled and goes on). */
    static void save(MockStateDir state, LtxMockServer mock, PrintWriter err) {
        try {
            state.save(mock);
        } catch (IOException | RuntimeException e) {
            err.println("warning: the embedded mock's jobs could not be kept in " + SafeText.escape(state.dir().toString())
                    + " (" + SafeText.escape(String.valueOf(e.getMessage())) + "): a later run will not find them");
            err.flush();
        }
    }
}
