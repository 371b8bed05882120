package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The embedded job journal: an append-only text file, one line per change ({@code R} a record as it now stands,
 * {@code C} a claim), the last line of a key winning. Every write is appended and forced to disk under an exclusive
 * file lock (of {@code <journal>.lock} beside it, a file never replaced), so the processes of one host share a journal
 * safely; a compare-and-set ({@link #transition}) checks the
 * state under the same lock. Every look-up reads only what other processes appended since the last one (an in-memory
 * index holds the rest), so it does not grow with the journal's length; opening reads the file once.
 *
 * <p><b>Archiving.</b> Records finished or abandoned longer ago than the retention ({@link #DEFAULT_RETENTION}, or
 * {@link #open(Path, Clock, Duration)}) are moved to an archive beside the file ({@link #compact()}; done by itself
 * whenever {@link #DEFAULT_COMPACT_EVERY} more records have settled since this instance last looked), so that opening
 * reads only the live records. {@link #find} and {@link #findByJob} still find archived records (through a compact
 * index of 24 bytes a record, loaded on the first look-up the live records cannot answer), and an archived key is
 * still refused as a new intent; {@link #recent} and {@link #unfinished} list live records only, {@link #all} live and
 * archived ones (reading the whole archive). Compaction is crash-safe
 * (a kill at any point loses nothing, see {@code Compaction}) and shares the file lock with every other process.
 *
 * <p>Values are percent-encoded where they hold {@code %} or a control or bidi character, so none can forge a line or
 * reach a terminal raw; a line torn by a crash is skipped, and the next write starts on a line of its own. Journals of ltxflux 0.1 ({@code <instant> TAB <jobId> TAB <label>}) are
 * read as pending jobs keyed {@code legacy:<jobId>}. The file is created with the process umask. Not for a network
 * file system whose locks are advisory-only or absent; a fleet shares a database journal instead.
 */
public final class FileJobJournal implements JobJournalPort {

    /** How long a finished or abandoned record stays in the live file before compaction archives it. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** How many more settled records make an instance look for records to archive. */
    public static final int DEFAULT_COMPACT_EVERY = 10_000;

    private final Path file;
    private final Clock clock;
    private final Duration retention;
    private final LockedJournal locks;
    private final LiveFile live;
    private final JournalArchive archive;
    private volatile IntentKey lastIntent;
    private volatile JobId lastJob;

    private FileJobJournal(Path file, Clock clock, Duration retention, int compactEvery, Consumer<String> steps) {
        this.file = file;
        this.clock = clock;
        this.retention = retention;
        this.locks = new LockedJournal(file, () -> clock.instant().minus(retention), compactEvery, steps);
        this.live = locks.live();
        this.archive = locks.archive();
    }

    /** The journal in {@code file} (created, with its folder, on the first write), archiving after the default retention. */
    public static FileJobJournal open(Path file) {
        return open(file, WallClock.UTC, DEFAULT_RETENTION);
    }

    /**
     * The journal in {@code file}, archiving what settled more than {@code retention} ago by {@code clock}.
     *
     * @throws IllegalArgumentException when {@code retention} is negative
     */
    public static FileJobJournal open(Path file, Clock clock, Duration retention) {
        return open(file, clock, retention, DEFAULT_COMPACT_EVERY);
    }

    /** As above, looking for records to archive whenever {@code compactEvery} more have settled (tests). */
    static FileJobJournal open(Path file, Clock clock, Duration retention, int compactEvery) {
        return open(file, clock, retention, compactEvery, step -> { });
    }

    /** As above, {@code steps} hearing each step of a compaction (the crash tests stop there). */
    static FileJobJournal open(Path file, Clock clock, Duration retention, int compactEvery, Consumer<String> steps) {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative (was " + retention + ")");
        }
        if (compactEvery < 1) {
            throw new IllegalArgumentException("compactEvery must be 1 or more (was " + compactEvery + ")");
        }
        return new FileJobJournal(Objects.requireNonNull(file, "file").toAbsolutePath().normalize(),
                Objects.requireNonNull(clock, "clock"), retention, compactEvery, steps);
    }

    public Path file() {
        return file;
    }

    /** The archive file beside the journal (which compaction creates). */
    public Path archiveFile() {
        return archive.lines();
    }

    /**
     * Checks now that the journal can be written (its folder created, the file opened for appending and locked), so that
     * a caller finds out before it pays for a job.
     *
     * @throws JournalWriteException when it cannot
     */
    public void checkWritable() {
        locks.write(null, channel -> null);
    }

    /**
     * Archives every record finished or abandoned longer ago than the retention now, and rewrites the file without them.
     *
     * @return how many records were archived
     * @throws JournalWriteException when the journal or its archive cannot be written
     */
    public int compact() {
        return locks.compact();
    }

    @Override
    public void recordIntent(JournalRecord intent) {
        if (intent.state() != JobState.INTENT) {
            throw new IllegalArgumentException("an intent must be in state intent, not " + intent.state().label());
        }
        lastIntent = intent.key();
        locks.write(null, channel -> {
            Optional<JournalRecord> existing = ArchiveListing.find(live.index(), archive, intent.key());
            if (existing.isPresent()) {
                JournalRecord e = existing.get();
                throw new IntentExistsException(e.key().value(), e.state().label(), e.jobId().orElse(null));
            }
            live.append(channel, JournalIndex.recordLine(intent));
            return null;
        });
    }

    @Override
    public boolean transition(JobState expected, JournalRecord next) {
        next.jobId().ifPresent(id -> lastJob = id);
        return locks.write(next.jobId().orElse(null), channel -> {
            Optional<JournalRecord> current = live.index().find(next.key()); // archived records are settled: no move
            if (current.isEmpty() || current.get().state() != expected || !expected.mayMoveTo(next.state())) {
                return false;
            }
            live.append(channel, JournalIndex.recordLine(next));
            return true;
        });
    }

    @Override
    public Optional<JournalRecord> find(IntentKey key) {
        return locks.read(() -> ArchiveListing.find(live.index(), archive, key));
    }

    @Override
    public Optional<JournalRecord> findByJob(JobId jobId) {
        return locks.read(() -> ArchiveListing.findByJob(live.index(), archive, jobId));
    }

    /** The live records not yet settled (archived records are all settled). */
    @Override
    public List<JournalRecord> unfinished() {
        return locks.read(() -> live.index().unfinished());
    }

    /** The newest live records: archived ones are not listed (find them by key or job id). */
    @Override
    public List<JournalRecord> recent(int limit) {
        return locks.read(() -> live.index().recent(limit));
    }

    /**
     * The newest records, live and archived: the archive is read whole (once, under the shared lock), a key archived
     * twice is listed once, and a key still live (a compaction killed before it replaced the file) as it stands live.
     */
    @Override
    public List<JournalRecord> all(int limit) {
        return locks.read(() -> ArchiveListing.merge(live.index(), archive, limit));
    }

    @Override
    public boolean claim(IntentKey key, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        return locks.write(null, channel -> {
            Optional<JournalIndex.Claim> held = live.index().claimAt(key, now);
            if (held.isPresent() && !held.get().owner().equals(owner)) {
                return false;
            }
            live.append(channel, JournalIndex.claimLine(key, owner, now.plus(lease)));
            return true;
        });
    }

    @Override
    public void release(IntentKey key, String owner) {
        locks.write(null, channel -> {
            Optional<JournalIndex.Claim> held = live.index().claimAt(key, Instant.MIN);
            if (held.isPresent() && held.get().owner().equals(owner)) {
                live.append(channel, JournalIndex.claimLine(key, null, Instant.EPOCH));
            }
            return null;
        });
    }

    /** The intent this instance was last asked to record (written or not), if any. */
    public Optional<IntentKey> lastIntent() {
        return Optional.ofNullable(lastIntent);
    }

    /** The job this instance was last asked to journal (written or not), if any. */
    public Optional<JobId> lastJob() {
        return Optional.ofNullable(lastJob);
    }

    /** How many records the journal holds, live and archived (for tests and benchmarks). */
    public int size() {
        return locks.read(() -> ArchiveListing.count(live.index(), archive));
    }

    /** How many records the live file holds (what opening reads). */
    public int liveSize() {
        return locks.read(() -> live.index().size());
    }

    @Override
    public String toString() {
        return "FileJobJournal[" + file + "]";
    }
}
