package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.JobJournalProvider;
import java.time.Clock;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a {@link JdbcJobJournal} for a {@code jdbc:postgresql:} location (user and password as URL parameters, or from
 * the driver's usual {@code PGUSER}/{@code PGPASSWORD}-style defaults). Each operation opens its own connection: a
 * long-running service passes its pooled {@code DataSource} to {@link JdbcJobJournal#create} instead.
 */
public final class JdbcJobJournalProvider implements JobJournalProvider {

    /** The provider {@link java.util.ServiceLoader} makes. */
    public JdbcJobJournalProvider() {
        // no state
    }

    @Override
    public boolean accepts(String location) {
        return location.startsWith("jdbc:postgresql:");
    }

    @Override
    public JobJournalPort open(String location, Clock clock) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(location);
        return JdbcJobJournal.create(dataSource);
    }
}
