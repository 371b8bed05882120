package dev.ltxflux.core.service;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.JobJournalProvider;
import java.time.Clock;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The one journal factory: opens the journal at a location (a file path, {@code jdbc:postgresql://...}) with the first
 * {@link JobJournalProvider} on the class or module path that accepts it. The CLI and the Spring Boot starter both open
 * their journal here.
 */
public final class JobJournals {

    private JobJournals() {
    }

    /**
     * Opens the journal at {@code location}.
     *
     * @throws InvalidRequestException when no journal module on the path accepts the location (its scheme is named,
     *                                 never the rest, which may hold a password)
     */
    public static JobJournalPort open(String location, Clock clock) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        for (JobJournalProvider provider : ServiceLoader.load(JobJournalProvider.class, JobJournals.class.getClassLoader())) {
            if (provider.accepts(location)) {
                return provider.open(location, clock);
            }
        }
        throw new InvalidRequestException("journal", "no journal module accepts a location of the kind '" + kind(location)
                + "' (put ltxflux-journal-file on the path for a file, ltxflux-journal-jdbc for jdbc:postgresql:)");
    }

    /** The scheme of a URL-like location ({@code jdbc:postgresql}), or {@code file path}. */
    static String kind(String location) {
        if (location.startsWith("jdbc:")) {
            int end = location.indexOf(':', 5);
            return end > 0 ? location.substring(0, end) : "jdbc";
        }
        return "file path";
    }
}
