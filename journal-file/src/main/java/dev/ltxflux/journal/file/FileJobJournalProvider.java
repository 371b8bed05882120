package dev.ltxflux.journal.file;

import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.JobJournalProvider;
import java.nio.file.Path;
import java.time.Clock;

/** Opens a {@link FileJobJournal} for a plain path or a {@code file:} location. */
public final class FileJobJournalProvider implements JobJournalProvider {

    /** The provider {@link java.util.ServiceLoader} makes. */
    public FileJobJournalProvider() {
        // no state
    }

    @Override
    public boolean accepts(String location) {
        return location.startsWith("file:") || !location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || isWindowsDrive(location);
    }

    @Override
    public JobJournalPort open(String location, Clock clock) {
        String path = location.startsWith("file://") ? location.substring("file://".length())
                : location.startsWith("file:") ? location.substring("file:".length()) : location;
        return FileJobJournal.open(Path.of(path), clock, FileJobJournal.DEFAULT_RETENTION);
    }

    private static boolean isWindowsDrive(String location) {
        return location.length() > 2 && Character.isLetter(location.charAt(0)) && location.charAt(1) == ':'
                && (location.charAt(2) == '\\' || location.charAt(2) == '/');
    }
}
