package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link JobJournalPort#none()}: keeps nothing. */
enum NoJournal implements JobJournalPort {
    INSTANCE;

    @Override
    public void recordIntent(JournalRecord intent) {
        // deliberately kept nowhere
    }

    @Override
    public boolean transition(JobState expected, JournalRecord next) {
        return true;
    }

    @Override
    public Optional<JournalRecord> find(IntentKey key) {
        return Optional.empty();
    }

    @Override
    public Optional<JournalRecord> findByJob(JobId jobId) {
        return Optional.empty();
    }

    @Override
    public List<JournalRecord> unfinished() {
        return List.of();
    }

    @Override
    public List<JournalRecord> recent(int limit) {
        return List.of();
    }

    @Override
    public boolean claim(IntentKey key, String owner, Instant now, Duration lease) {
        return true;
    }

    @Override
    public void release(IntentKey key, String owner) {
        // nothing held
    }

    @Override
    public String toString() {
        return "JobJournalPort.none()";
    }
}
