package dev.ltxflux.cli;

import picocli.CommandLine.Option;

/** {@code --journal-url} / {@value #ENV}: a shared journal ({@code jdbc:postgresql://...}) instead of the local file. */
final class JournalLocation {

    /** Environment variable naming the journal (a file path or {@code jdbc:postgresql://host/db?user=...}). */
    static final String ENV = "LTXFLUX_JOURNAL_URL";

    @Option(names = "--journal-url", description = "the job journal: a file, or jdbc:postgresql://host/db?user=... shared"
            + " by a fleet (default: $" + ENV + ", else the local journal file)")
    String url;

    /** The location given, or null for the connection's own journal file. */
    String given() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? env : null;
    }

    /** The location given, else the connection's journal file. */
    String resolve(Connection connection) {
        String given = given();
        return given != null ? given : connection.journalFile().toString();
    }

    /** The location for messages: a JDBC URL without its parameters (they may hold a password). */
    static String shown(String location) {
        int q = location.indexOf('?');
        return location.startsWith("jdbc:") && q > 0 ? location.substring(0, q) + "?…" : location;
    }
}
