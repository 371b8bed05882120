package dev.ltxflux.core.model.journal;

import dev.ltxflux.core.model.job.JobId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a journal keeps of one paid call (edit, create, upscale): its {@link IntentKey}, the operation, the account, a
 * digest of the request as sent, when it was intended, its {@link JobState}, the job id once the API answered, a short
 * label, where its result is to be written, and a note saying why it stands where it stands. Immutable; each move returns a
 * new record and refuses a move that {@link JobState#mayMoveTo} forbids.
 */
public final class JournalRecord {

    /** Longest label kept (the start of a prompt). */
    public static final int LABEL_LENGTH = 60;

    private final IntentKey key;
    private final String operation;
    private final String account;
    private final String requestDigest;
    private final Instant intendedAt;
    private final JobState state;
    private final JobId jobId;
    private final Instant updatedAt;
    private final String label;
    private final String output;
    private final String note;

    private JournalRecord(IntentKey key, String operation, String account, String requestDigest, Instant intendedAt,
            JobState state, JobId jobId, Instant updatedAt, String label, String output, String note) {
        this.key = Objects.requireNonNull(key, "key");
        this.operation = requireText(operation, "operation");
        this.account = blankToNull(account);
        this.requestDigest = requestDigest == null ? "" : requestDigest;
        this.intendedAt = Objects.requireNonNull(intendedAt, "intendedAt");
        this.state = Objects.requireNonNull(state, "state");
        this.jobId = jobId;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.label = shorten(label == null ? "" : label);
        this.output = blankToNull(output);
        this.note = note == null ? "" : note;
        if ((state == JobState.PENDING || state == JobState.FINISHED) && jobId == null) {
            throw new IllegalArgumentException("a " + state.label() + " record needs its job id");
        }
    }

    /**
     * A new intent, recorded before the paid call leaves.
     *
     * @param account the account e-mail the call names, or null for the token's default account
     * @param output  where the result is to be written, or null
     */
    public static JournalRecord intent(IntentKey key, String operation, String account, String requestDigest,
            Instant at, String label, String output) {
        return new JournalRecord(key, operation, account, requestDigest, at, JobState.INTENT, null, at, label, output, "");
    }

    /** A record as a journal read it back (every field as stored; {@code jobId}, {@code account}, {@code output} may be null). */
    public static JournalRecord restore(IntentKey key, String operation, String account, String requestDigest,
            Instant intendedAt, JobState state, JobId jobId, Instant updatedAt, String label, String output, String note) {
        return new JournalRecord(key, operation, account, requestDigest, intendedAt, state, jobId, updatedAt, label, output, note);
    }

    /** The API answered with {@code job}: now {@link JobState#PENDING}. */
    public JournalRecord attached(JobId job, Instant at, String why) {
        return move(JobState.PENDING, Objects.requireNonNull(job, "job"), at, why);
    }

    /** The call ended without an answer: now {@link JobState#UNKNOWN}, never to be re-sent. */
    public JournalRecord unknown(Instant at, String why) {
        return move(JobState.UNKNOWN, jobId, at, why);
    }

    /** The job ended and its result was handled: now {@link JobState#FINISHED}. */
    public JournalRecord finished(Instant at, String why) {
        return move(JobState.FINISHED, jobId, at, why);
    }

    /** Settled without a result (by hand, or refused by the API): now {@link JobState#ABANDONED}. */
    public JournalRecord abandoned(Instant at, String why) {
        return move(JobState.ABANDONED, jobId, at, why);
    }

    private JournalRecord move(JobState next, JobId job, Instant at, String why) {
        if (!state.mayMoveTo(next)) {
            throw new IllegalStateException("intent " + key + " cannot move from " + state.label() + " to " + next.label());
        }
        return new JournalRecord(key, operation, account, requestDigest, intendedAt, next, job,
                Objects.requireNonNull(at, "at"), label, output, why);
    }

    public IntentKey key() {
        return key;
    }

    /** {@code edit}, {@code create} or {@code upscale}. */
    public String operation() {
        return operation;
    }

    /** The account the call named, if it named one. */
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /** The SHA-256 (hex) of the request as sent, to tell a repeated call from a different one. */
    public String requestDigest() {
        return requestDigest;
    }

    public Instant intendedAt() {
        return intendedAt;
    }

    public JobState state() {
        return state;
    }

    /** The job, once the API answered with its id. */
    public Optional<JobId> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** When the record last moved. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public String label() {
        return label;
    }

    /** Where the result is to be written, when the call said. */
    public Optional<String> output() {
        return Optional.ofNullable(output);
    }

    /** Why the record stands where it stands (empty for a new intent). */
    public String note() {
        return note;
    }

    private static String shorten(String text) {
        return text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + "…" : text;
    }

    private static String requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalRecord r && key.equals(r.key) && operation.equals(r.operation)
                && Objects.equals(account, r.account) && requestDigest.equals(r.requestDigest)
                && intendedAt.equals(r.intendedAt) && state == r.state && Objects.equals(jobId, r.jobId)
                && updatedAt.equals(r.updatedAt) && label.equals(r.label) && Objects.equals(output, r.output)
                && note.equals(r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, state, jobId, updatedAt);
    }

    @Override
    public String toString() {
        return "JournalRecord[" + key + ", " + operation + ", " + state.label() + (jobId == null ? "" : ", " + jobId)
                + ", " + updatedAt + (note.isEmpty() ? "" : ", " + note) + "]";
    }
}
