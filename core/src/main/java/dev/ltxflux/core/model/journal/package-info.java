/**
 * The job journal's values: an {@link dev.ltxflux.core.model.journal.IntentKey}, the
 * {@link dev.ltxflux.core.model.journal.JobState} of a paid call and the {@link dev.ltxflux.core.model.journal.JournalRecord}
 * that every journal keeps. Parameters and results are non-null unless documented otherwise.
 */
package dev.ltxflux.core.model.journal;
