/**
 * The job journal a fleet shares: {@link dev.ltxflux.journal.jdbc.JdbcJobJournal} keeps intents, jobs and claims in
 * PostgreSQL (schema {@code db/ltxflux/V1__ltxflux_job_journal.sql}, Flyway-ready, or created by the module), and
 * {@link dev.ltxflux.journal.jdbc.JdbcJobFleet} hands the waits out across replicas through db-scheduler
 * ({@code db/ltxflux/V2__db_scheduler.sql}), calling the application's
 * {@link dev.ltxflux.journal.jdbc.FinishedJobHandler}. {@code JobJournals.open("jdbc:postgresql://...")} finds
 * {@link dev.ltxflux.journal.jdbc.JdbcJobJournalProvider}.
 */
package dev.ltxflux.journal.jdbc;
