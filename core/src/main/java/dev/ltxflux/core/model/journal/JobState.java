package dev.ltxflux.core.model.journal;

/**
 * Where one paid call stands. The only moves are {@code INTENT -> PENDING | UNKNOWN | ABANDONED},
 * {@code UNKNOWN -> PENDING | ABANDONED} and {@code PENDING -> FINISHED | ABANDONED}; {@link JournalRecord} enforces them.
 */
public enum JobState {
    /** Recorded before the submit left; no answer yet. */
    INTENT,
    /** The submit ended without an answer (crash, timeout, cut answer, 5xx): a paid job may exist. Never re-sent. */
    UNKNOWN,
    /** The API answered with a job id; its result is not yet handled. */
    PENDING,
    /** The job ended (done or failed) and its result was handled. */
    FINISHED,
    /** Settled by hand, or refused by the API before any job existed. */
    ABANDONED;

    /** Whether the call still needs attention: {@code INTENT}, {@code UNKNOWN} or {@code PENDING}. */
    public boolean unfinished() {
        return this == INTENT || this == UNKNOWN || this == PENDING;
    }

    /** Whether a record in this state may move to {@code next}. */
    public boolean mayMoveTo(JobState next) {
        return switch (this) {
            case INTENT -> next == PENDING || next == UNKNOWN || next == ABANDONED;
            case UNKNOWN -> next == PENDING || next == ABANDONED;
            case PENDING -> next == FINISHED || next == ABANDONED;
            case FINISHED, ABANDONED -> false;
        };
    }

    /** The lower-case name used in files, tables and the CLI. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
