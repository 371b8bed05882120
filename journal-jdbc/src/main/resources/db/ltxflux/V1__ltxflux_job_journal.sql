-- ltxflux job journal, PostgreSQL. Flyway-ready (put classpath:db/ltxflux in spring.flyway.locations) and idempotent:
-- JdbcJobJournal.createSchema runs it itself when no migration tool does. Times are epoch nanoseconds (exact Instants).
CREATE TABLE IF NOT EXISTS ltxflux_job_journal (
    intent_key     VARCHAR(1024) PRIMARY KEY,
    operation      VARCHAR(32)   NOT NULL,
    account        TEXT,
    request_digest TEXT          NOT NULL,
    intended_at_ns BIGINT        NOT NULL,
    state          VARCHAR(16)   NOT NULL CHECK (state IN ('intent', 'unknown', 'pending', 'finished', 'abandoned')),
    job_id         TEXT,
    updated_at_ns  BIGINT        NOT NULL,
    label          TEXT          NOT NULL,
    output         TEXT,
    note           TEXT          NOT NULL
);
CREATE INDEX IF NOT EXISTS ltxflux_job_journal_job_idx ON ltxflux_job_journal (job_id);
CREATE INDEX IF NOT EXISTS ltxflux_job_journal_time_idx ON ltxflux_job_journal (intended_at_ns);
CREATE INDEX IF NOT EXISTS ltxflux_job_journal_open_idx ON ltxflux_job_journal (intended_at_ns)
    WHERE state IN ('intent', 'unknown', 'pending');

-- who waits for which job: a claim coordinates waiters only, it never allows a re-submit
CREATE TABLE IF NOT EXISTS ltxflux_job_claim (
    intent_key  VARCHAR(1024) PRIMARY KEY,
    owner       TEXT          NOT NULL,
    until_ns    BIGINT        NOT NULL
);
