package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.JobJournals;
import dev.ltxflux.core.testing.JobJournalContract;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The JDBC journal passes the journal contract against a real PostgreSQL; "reopen" is a second client of the database. */
class JdbcJobJournalTest extends JobJournalContract {

    private String database;

    @Override
    protected JobJournalPort open() {
        database = Postgres.freshDatabase();
        return JdbcJobJournal.create(Postgres.dataSource(database));
    }

    @Override
    protected JobJournalPort reopen() {
        return JdbcJobJournal.create(Postgres.dataSource(database));
    }

    @Test
    void theFactoryOpensTheSameStoreFromAJdbcUrlAndItSurvivesARestart() throws Exception {
        journal.recordIntent(intent("k-url", T0));

        JobJournalPort viaUrl = JobJournals.open(Postgres.url(database), Clock.systemUTC());

        assertThat(viaUrl).isInstanceOf(JdbcJobJournal.class);
        assertThat(viaUrl.find(new IntentKey("k-url"))).isPresent();
    }
}
