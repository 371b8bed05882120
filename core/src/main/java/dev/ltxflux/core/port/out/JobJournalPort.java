package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.JournalEntry;
import java.util.List;

/** Outgoing port: remembers every submitted job durably before anyone waits on it, so no paid job is forgotten. */
public interface JobJournalPort {

    /** Records the entry; returns only once it is durable. */
    void record(JournalEntry entry);

    /** Every recorded entry, oldest first. */
    List<JournalEntry> entries();

    /** A journal that keeps nothing, for callers that keep job ids themselves. */
    static JobJournalPort none() {
        return new JobJournalPort() {
            @Override
            public void record(JournalEntry entry) {
                // deliberately kept nowhere
            }

            @Override
            public List<JournalEntry> entries() {
                return List.of();
            }
        };
    }
}
