package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.journal.file.FileJobJournal;

/** The CLI's journal and the intent and job this run is about, so that an interrupted run can name them. */
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
        return journal.lastJob().orElse(watched);
    }

    /** The intent this run recorded, or null: recorded before its submit left, so an interrupt can name it. */
    IntentKey currentIntent() {
        return journal.lastIntent().orElse(null);
    }

    void watch(JobId id) {
        watched = id;
    }
}
