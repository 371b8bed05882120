package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: remembers every paid call durably, from the intent recorded before the call leaves to its end, so that
 * no paid job is forgotten and none is paid twice. Every write returns only once it is durable. Implementations are
 * thread-safe; one that several processes share (a file on one host, a database for a fleet) keeps each write atomic
 * across them. {@code JobJournalContract} in core's test-jar is the specification every implementation passes.
 *
 * <p>Example: {@code journal.recordIntent(JournalRecord.intent(key, "edit", null, digest, now, "Add a hat", null));}
 * then, once the API answered, {@code journal.transition(JobState.INTENT, intent.attached(jobId, now, "answered"))}.
 */
public interface JobJournalPort {

    /**
     * Records a new intent ({@link JobState#INTENT}).
     *
     * @throws dev.ltxflux.core.error.IntentExistsException when the key is already journaled (nothing is changed)
     * @throws dev.ltxflux.core.error.JournalWriteException when it cannot be made durable
     */
    void recordIntent(JournalRecord intent);

    /**
     * Replaces the record of {@code next.key()} with {@code next} if that record is still in state {@code expected}
     * (compare-and-set, atomic across every process sharing the journal).
     *
     * @return false, changing nothing, when the record is in another state now or is not journaled
     * @throws dev.ltxflux.core.error.JournalWriteException when it cannot be made durable
     */
    boolean transition(JobState expected, JournalRecord next);

    /** The record of an intent key. */
    Optional<JournalRecord> find(IntentKey key);

    /** The record that holds a job id (the newest one, should two ever hold it). */
    Optional<JournalRecord> findByJob(JobId jobId);

    /** Every record still needing attention ({@link JobState#unfinished()}), oldest intent first. */
    List<JournalRecord> unfinished();

    /** The newest {@code limit} records (by intent time), newest first. */
    List<JournalRecord> recent(int limit);

    /**
     * Every record this journal still knows, live and archived, newest intent first, at most {@code limit} (none when
     * {@code limit} is 0 or less): what {@link #recent} lists plus what a journal that archives settled records (the
     * file journal) has moved out of its live records. A key is listed once, as it now stands. It may read the whole
     * archive: for a person's listing ({@code ltxflux jobs --all}), not for a hot path.
     *
     * <p>The default is {@link #recent}, right for a journal that archives nothing (the database journal keeps every
     * record in its table; the in-memory one keeps everything).
     */
    default List<JournalRecord> all(int limit) {
        return recent(limit);
    }

    /**
     * Claims the wait for {@code key} for {@code owner} until {@code now + lease}: granted when no other owner holds an
     * unexpired claim (an owner may renew its own). A claim only coordinates waiters; it never allows a re-submit.
     *
     * @return whether {@code owner} holds the claim now
     */
    boolean claim(IntentKey key, String owner, Instant now, Duration lease);

    /** Gives up {@code owner}'s claim on {@code key}, if it holds one. */
    void release(IntentKey key, String owner);

    /**
     * A journal that keeps nothing, for callers that keep job ids themselves: every transition succeeds, every look-up
     * finds nothing, every claim is granted. It cannot refuse a repeated {@code replyRef}.
     */
    static JobJournalPort none() {
        return NoJournal.INSTANCE;
    }
}
