package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Hands one finished job over at most once while its replica lives: the download and the handler run inside a
 * transaction that holds the journal row ({@code SELECT ... FOR UPDATE}) and ends by writing it {@code finished}.
 *
 * <p>Why: db-scheduler declares an execution dead when its replica's heartbeats are late (a long GC pause, a starved
 * machine, a slow database) and revives it elsewhere while the first replica may still be running it. Two executions of
 * one wait then reach this point; the second blocks on the row until the first commits, sees {@code finished}, and does
 * nothing. If the first fails (its handler throws, its download breaks) it rolls back and the second delivers instead.
 * Only a replica that really dies after its handler returned and before the commit leaves the row pending: then the
 * wait is revived and the job handed over again (see {@link FinishedJobHandler}).
 */
final class Handover {

    private Handover() {
    }

    /**
     * Runs {@code deliver} (download and handler; returns the record as it shall be journaled, {@code finished}) if
     * {@code pending} is still pending under the row lock, and journals the result in the same transaction.
     *
     * @return false when the row was no longer pending (another execution handed it over, or it was settled by hand)
     */
    static boolean once(DataSource dataSource, JournalRecord pending, Supplier<JournalRecord> deliver) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (!lockedPending(c, pending)) {
                    c.rollback();
                    return false;
                }
                JournalRecord finished = deliver.get();
                if (!JdbcJobJournal.transition(c, JobState.PENDING, finished)) {
                    c.rollback();
                    return false;
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new JournalWriteException("the JDBC journal could not hand over " + pending.key() + " (SQL state "
                    + e.getSQLState() + ")", pending.jobId().orElse(null), e);
        }
    }

    private static boolean lockedPending(Connection c, JournalRecord pending) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state FROM ltxflux_job_journal WHERE intent_key = ? FOR UPDATE")) {
            ps.setString(1, pending.key().value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && JobState.PENDING.label().equals(rs.getString(1));
            }
        }
    }
}
