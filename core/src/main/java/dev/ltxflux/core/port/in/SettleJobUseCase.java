package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.util.List;

/**
 * Incoming port: the journal as a person sees it (the records, newest first; the unfinished ones) and the two ways to
 * settle an intent by hand. Neither sends a paid call.
 */
public interface SettleJobUseCase {

    /** The newest {@code limit} records, newest first. */
    List<JournalRecord> recent(int limit);

    /**
     * Every record the journal still knows, live and archived, newest first, at most {@code limit}
     * ({@link dev.ltxflux.core.port.out.JobJournalPort#all}); by default {@link #recent}.
     */
    default List<JournalRecord> all(int limit) {
        return recent(limit);
    }

    /** Every record still needing attention (intent, unknown, pending), oldest first. */
    List<JournalRecord> unfinished();

    /**
     * Attaches {@code jobId} to the {@code unknown} (or stale {@code intent}) record {@code key}: it becomes pending.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException when the key is not journaled, is in another state, or the
     *                                                        job is journaled under another key already
     */
    JournalRecord resolve(IntentKey key, JobId jobId);

    /**
     * Marks {@code key} abandoned (nothing more is done about it; a job it may have made is left to the account).
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException when the key is not journaled or already settled
     */
    JournalRecord abandon(IntentKey key, String why);
}
