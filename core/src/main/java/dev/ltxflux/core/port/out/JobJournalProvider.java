package dev.ltxflux.core.port.out;

import java.time.Clock;

/**
 * Outgoing port (a {@link java.util.ServiceLoader} service): opens a journal from a location such as a file path or
 * {@code jdbc:postgresql://...}. Each journal module ships one; {@code JobJournals.open(location)} in core's service
 * package picks the one that {@linkplain #accepts accepts} the location, so the CLI and the Spring Boot starter open
 * every kind of journal the same way.
 */
public interface JobJournalProvider {

    /** Whether this provider opens {@code location}. */
    boolean accepts(String location);

    /** Opens (creating if need be) the journal at {@code location}; {@code clock} dates what it writes itself. */
    JobJournalPort open(String location, Clock clock);
}
