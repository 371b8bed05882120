package dev.ltxflux.core.service;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.SettleJobUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Reads the journal for a person and settles an intent by hand; each move is a compare-and-set, so a race is refused. */
public final class SettleJobService implements SettleJobUseCase {

    private final JobJournalPort journal;
    private final Clock clock;

    public SettleJobService(JobJournalPort journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<JournalRecord> recent(int limit) {
        return journal.recent(limit);
    }

    @Override
    public List<JournalRecord> all(int limit) {
        return journal.all(limit);
    }

    @Override
    public List<JournalRecord> unfinished() {
        return journal.unfinished();
    }

    @Override
    public JournalRecord resolve(IntentKey key, JobId jobId) {
        Objects.requireNonNull(jobId, "jobId");
        JournalRecord current = existing(key);
        if (current.state() != JobState.UNKNOWN && current.state() != JobState.INTENT) {
            throw new InvalidRequestException("key", "intent " + key + " is " + current.state().label()
                    + ", only an unknown (or intent) record can be resolved");
        }
        journal.findByJob(jobId).filter(r -> !r.key().equals(key)).ifPresent(other -> {
            throw new InvalidRequestException("jobId", "job " + jobId + " is journaled under intent " + other.key() + " already");
        });
        JournalRecord next = current.attached(jobId, clock.instant(), "resolved by hand");
        return moved(current, next);
    }

    @Override
    public JournalRecord abandon(IntentKey key, String why) {
        JournalRecord current = existing(key);
        if (!current.state().unfinished()) {
            throw new InvalidRequestException("key", "intent " + key + " is " + current.state().label() + " already");
        }
        String note = "abandoned by hand" + (why == null || why.isBlank() ? "" : ": " + why);
        return moved(current, current.abandoned(clock.instant(), note));
    }

    private JournalRecord existing(IntentKey key) {
        Objects.requireNonNull(key, "key");
        return journal.find(key).orElseThrow(() -> new InvalidRequestException("key", "intent " + key + " is not journaled"));
    }

    private JournalRecord moved(JournalRecord current, JournalRecord next) {
        if (!journal.transition(current.state(), next)) {
            String now = journal.find(current.key()).map(r -> r.state().label()).orElse("gone");
            throw new InvalidRequestException("key", "intent " + current.key() + " changed meanwhile (now " + now + ")");
        }
        return next;
    }
}
