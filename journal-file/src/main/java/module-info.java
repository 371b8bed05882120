/** The embedded job journal: {@code dev.ltxflux.journal.file.FileJobJournal}, opened by core's {@code JobJournals}. */
module dev.ltxflux.journal.file {
    requires transitive dev.ltxflux.core;

    exports dev.ltxflux.journal.file;

    provides dev.ltxflux.core.port.out.JobJournalProvider with dev.ltxflux.journal.file.FileJobJournalProvider;
}
