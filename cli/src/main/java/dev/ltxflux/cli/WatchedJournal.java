package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.feign.FileJobJournal;

/** The CLI's journal and the job this run is about, so that an interrupted run can name it. */
final class WatchedJournal {

    private final FileJobJournal journal;
    private volatile JobId watched;

    WatchedJournal(FileJobJournal journal) {
        this.journal = journal;
    }

    FileJobJournal journal() {
        return journal;
    }

    /** The job this run submitted (journaled) or waits for, or null. */
    JobId current() {
        return journal.lastRecorded().orElse(watched);
    }

    void watch(JobId id) {
        watched = id;
    }
}
