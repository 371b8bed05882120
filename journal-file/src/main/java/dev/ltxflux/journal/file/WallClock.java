package dev.ltxflux.journal.file;

import java.time.Clock;

/**
 * The wall clock of {@link FileJobJournal#open(java.nio.file.Path)}, the one convenience that builds a journal without
 * being given a clock: this module's composition root for time (listed in the architecture rules). Every other class
 * of the module takes the clock it is given.
 */
final class WallClock {

    /** UTC, as every journal record stores it. */
    static final Clock UTC = Clock.systemUTC();

    private WallClock() {
    }
}
