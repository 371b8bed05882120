package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The job journal a fleet shares: one row per intent in {@code ltxflux_job_journal}, claims in {@code ltxflux_job_claim}
 * (schema: {@code db/ltxflux/V1__ltxflux_job_journal.sql}). Every write is one auto-committed statement, so it is durable
 * when the call returns; {@link #transition} is an {@code UPDATE ... WHERE state = ?} (compare-and-set across every
 * process), {@link #recordIntent} an {@code INSERT ... ON CONFLICT DO NOTHING}, and a claim an upsert that only an
 * expired or own claim lets through. Look-ups by key and by job id are index look-ups.
 */
public final class JdbcJobJournal implements JobJournalPort {

    private static final String COLUMNS = "intent_key, operation, account, request_digest, intended_at_ns, state, job_id,"
            + " updated_at_ns, label, output, note";

    private final DataSource dataSource;

    private JdbcJobJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The journal in {@code dataSource}'s database, creating its tables if they do not exist. */
    public static JdbcJobJournal create(DataSource dataSource) {
        JdbcJobJournal journal = new JdbcJobJournal(Objects.requireNonNull(dataSource, "dataSource"));
        Schema.apply(dataSource, Schema.JOURNAL);
        return journal;
    }

    /** The journal over tables a migration tool (Flyway, Liquibase) created from the shipped SQL. */
    public static JdbcJobJournal existing(DataSource dataSource) {
        return new JdbcJobJournal(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public void recordIntent(JournalRecord intent) {
        if (intent.state() != JobState.INTENT) {
            throw new IllegalArgumentException("an intent must be in state intent, not " + intent.state().label());
        }
        int inserted = update("INSERT INTO ltxflux_job_journal (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (intent_key) DO NOTHING", ps -> bind(ps, intent, 1));
        if (inserted == 0) {
            JournalRecord existing = find(intent.key()).orElseThrow(() -> new JournalWriteException(
                    "intent " + intent.key() + " was refused but cannot be read", null, null));
            throw new IntentExistsException(existing.key().value(), existing.state().label(), existing.jobId().orElse(null));
        }
    }

    @Override
    public boolean transition(JobState expected, JournalRecord next) {
        if (!expected.mayMoveTo(next.state())) {
            return false;
        }
        return update(TRANSITION, ps -> bindTransition(ps, expected, next)) == 1;
    }

    private static final String TRANSITION = "UPDATE ltxflux_job_journal SET operation = ?, account = ?,"
            + " request_digest = ?, intended_at_ns = ?, state = ?, job_id = ?, updated_at_ns = ?, label = ?, output = ?,"
            + " note = ? WHERE intent_key = ? AND state = ?";

    /** {@link #transition} on {@code c}, inside its caller's transaction (the fleet's handover). */
    static boolean transition(Connection c, JobState expected, JournalRecord next) throws SQLException {
        if (!expected.mayMoveTo(next.state())) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(TRANSITION)) {
            bindTransition(ps, expected, next);
            return ps.executeUpdate() == 1;
        }
    }

    private static void bindTransition(PreparedStatement ps, JobState expected, JournalRecord next) throws SQLException {
        ps.setString(1, next.operation());
        ps.setString(2, next.account().orElse(null));
        ps.setString(3, next.requestDigest());
        ps.setLong(4, nanos(next.intendedAt()));
        ps.setString(5, next.state().label());
        ps.setString(6, next.jobId().map(JobId::value).orElse(null));
        ps.setLong(7, nanos(next.updatedAt()));
        ps.setString(8, next.label());
        ps.setString(9, next.output().orElse(null));
        ps.setString(10, next.note());
        ps.setString(11, next.key().value());
        ps.setString(12, expected.label());
    }

    @Override
    public Optional<JournalRecord> find(IntentKey key) {
        return query("SELECT " + COLUMNS + " FROM ltxflux_job_journal WHERE intent_key = ?",
                ps -> ps.setString(1, key.value())).stream().findFirst();
    }

    @Override
    public Optional<JournalRecord> findByJob(JobId jobId) {
        return query("SELECT " + COLUMNS + " FROM ltxflux_job_journal WHERE job_id = ? ORDER BY intended_at_ns DESC LIMIT 1",
                ps -> ps.setString(1, jobId.value())).stream().findFirst();
    }

    @Override
    public List<JournalRecord> unfinished() {
        return query("SELECT " + COLUMNS + " FROM ltxflux_job_journal WHERE state IN ('intent', 'unknown', 'pending')"
                + " ORDER BY intended_at_ns, intent_key", ps -> { });
    }

    @Override
    public List<JournalRecord> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM ltxflux_job_journal ORDER BY intended_at_ns DESC, intent_key DESC LIMIT ?",
                ps -> ps.setInt(1, limit));
    }

    @Override
    public boolean claim(IntentKey key, String owner, Instant now, Duration lease) {
        return update("INSERT INTO ltxflux_job_claim (intent_key, owner, until_ns) VALUES (?, ?, ?)"
                + " ON CONFLICT (intent_key) DO UPDATE SET owner = EXCLUDED.owner, until_ns = EXCLUDED.until_ns"
                + " WHERE ltxflux_job_claim.owner = EXCLUDED.owner OR ltxflux_job_claim.until_ns <= ?", ps -> {
                    ps.setString(1, key.value());
                    ps.setString(2, owner);
                    ps.setLong(3, nanos(now.plus(lease)));
                    ps.setLong(4, nanos(now));
                }) == 1;
    }

    @Override
    public void release(IntentKey key, String owner) {
        update("DELETE FROM ltxflux_job_claim WHERE intent_key = ? AND owner = ?", ps -> {
            ps.setString(1, key.value());
            ps.setString(2, owner);
        });
    }

    private static void bind(PreparedStatement ps, JournalRecord r, int from) throws SQLException {
        ps.setString(from, r.key().value());
        ps.setString(from + 1, r.operation());
        ps.setString(from + 2, r.account().orElse(null));
        ps.setString(from + 3, r.requestDigest());
        ps.setLong(from + 4, nanos(r.intendedAt()));
        ps.setString(from + 5, r.state().label());
        ps.setString(from + 6, r.jobId().map(JobId::value).orElse(null));
        ps.setLong(from + 7, nanos(r.updatedAt()));
        ps.setString(from + 8, r.label());
        ps.setString(from + 9, r.output().orElse(null));
        ps.setString(from + 10, r.note());
    }

    private static JournalRecord read(ResultSet rs) throws SQLException {
        String job = rs.getString(7);
        return JournalRecord.restore(new IntentKey(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs.getLong(5)), JobState.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT)),
                job == null ? null : new JobId(job), instant(rs.getLong(8)), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }

    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            int n = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return n;
        } catch (SQLException e) {
            throw new JournalWriteException("the JDBC journal could not be written (SQL state " + e.getSQLState() + ")",
                    null, e);
        }
    }

    private List<JournalRecord> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<JournalRecord> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("the JDBC journal could not be read (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
