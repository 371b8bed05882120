package dev.ltxflux.core.testing;

import dev.ltxflux.core.port.out.JobJournalPort;

/** The in-memory journal passes the journal contract (its "reopen" is the same instance: it keeps nothing on disk). */
class InMemoryJobJournalTest extends JobJournalContract {

    private InMemoryJobJournal current;

    @Override
    protected JobJournalPort open() {
        current = new InMemoryJobJournal();
        return current;
    }

    @Override
    protected JobJournalPort reopen() {
        return current;
    }
}
