package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the application does with each finished job of the fleet ({@link JdbcJobFleet}). Called on a scheduler thread
 * of whichever replica holds the wait, after the image was saved and before the journal says {@code finished}.
 *
 * <p>Delivery guarantee: <b>at least once</b> per paid job, and <b>exactly once unless a replica dies (or loses its
 * database connection) in the instant between this call returning and the journal's {@code finished} commit</b>; then
 * the wait is revived elsewhere, the image downloaded again and the handler called again with the same intent key. The
 * call runs inside a database transaction that holds the job's journal row, so a wait that db-scheduler revived while
 * its first replica was merely slow (late heartbeats) waits for that replica and is not handed over twice. Use
 * {@code finished.record().key()} as the idempotency key of whatever the handler does, and do not change the same
 * record through the journal from inside the handler (its row is locked). A handler that throws leaves the job
 * pending: it is retried later (downloaded again, handed over again).
 */
@FunctionalInterface
public interface FinishedJobHandler {

    /** Takes over one finished job. */
    void handle(FinishedJob finished);

    /**
     * @param record the journal's pending record (its key, operation, output)
     * @param job    the job as it ended (done or failed)
     * @param file   the saved image, or null for a failed job
     */
    record FinishedJob(JournalRecord record, Job job, Path file) {
        public FinishedJob {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(job, "job");
        }

        public Optional<Path> saved() {
            return Optional.ofNullable(file);
        }
    }
}
