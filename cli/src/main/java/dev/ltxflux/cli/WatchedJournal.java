package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.util.List;

/** The CLI's journal, remembering the job this run is about so that an interrupted run can name it. */
final class WatchedJournal implements JobJournalPort {

    private final JobJournalPort journal;
    private volatile JobId current;

    WatchedJournal(JobJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public void record(JournalEntry entry) {
        current = entry.jobId();
        journal.record(entry);
    }

    @Override
    public List<JournalEntry> entries() {
        return journal.entries();
    }

    /** The job this run submitted or waits for, or null. */
    JobId current() {
        return current;
    }

    void watch(JobId id) {
        current = id;
    }
}
