package dev.ltxflux.journal.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs the shipped SQL (idempotent {@code IF NOT EXISTS} statements) for databases no migration tool manages. */
final class Schema {

    /** The journal's and the claims' tables. */
    static final String JOURNAL = "/db/ltxflux/V1__ltxflux_job_journal.sql";
    /** db-scheduler's table. */
    static final String SCHEDULER = "/db/ltxflux/V2__db_scheduler.sql";

    private Schema() {
    }

    static void apply(DataSource dataSource, String resource) {
        String sql = read(resource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // one transaction-scoped lock: replicas starting together do not race their CREATE ... IF NOT EXISTS
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(7426361)");
            for (String statement : sql.split(";")) {
                String body = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!body.isBlank()) {
                    s.execute(body);
                }
            }
            c.commit();
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            throw new IllegalStateException("the ltxflux schema " + resource + " could not be created (SQL state "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
