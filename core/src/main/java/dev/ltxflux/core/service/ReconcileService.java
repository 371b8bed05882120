package dev.ltxflux.core.service;

import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.core.port.out.ListRunningJobsPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the jobs of submits that ended without an answer, without sending anything paid. For each {@code unknown}
 * record, and each {@code intent} older than {@link #DEFAULT_INTENT_GRACE} (its process died mid-submit; it is first
 * marked unknown, by compare-and-set, so a live submit that answers meanwhile wins):
 * <ol>
 *   <li>{@code GET scheduler}: a running job whose {@code replyRef} is the intent key (ltxflux sends the key as the
 *       {@code replyRef}) is a sure match;</li>
 *   <li>otherwise {@code GET assets/} of the intent's account, newest first, at most {@link #DEFAULT_ASSET_PAGES} pages of
 *       {@value #PAGE_SIZE}, stopping at the first asset whose job the journal holds from an earlier intent (everything
 *       past it is older than this intent). Each asset whose job the journal does not hold is a candidate; a candidate
 *       whose status read echoes the key as its {@code replyRef} is a sure match.</li>
 * </ol>
 * Exactly one sure match attaches its job id (pending: the wait resumes). None, or several, leaves the record unknown
 * with a message naming the candidates; a person settles it with {@code resolve} or {@code abandon}.
 */
public final class ReconcileService implements ReconcileJobsUseCase {

    /** How old an {@code intent} must be before it counts as a dead submit: far beyond any submit's read timeout. */
    public static final Duration DEFAULT_INTENT_GRACE = Duration.ofMinutes(5);
    /** Pages of {@code GET assets/} read per account in one reconciliation. */
    public static final int DEFAULT_ASSET_PAGES = 3;
    /** The page size asked of {@code GET assets/}. */
    public static final int PAGE_SIZE = 50;
    /** Candidates whose status is read to look for the key in their {@code replyRef}. */
    static final int MAX_CANDIDATES_READ = 20;

    private final JobJournalPort journal;
    private final ListRunningJobsPort running;
    private final ListAssetsPort assets;
    private final ReadJobPort reader;
    private final Clock clock;
    private final Duration intentGrace;
    private final int assetPages;

    public ReconcileService(JobJournalPort journal, ListRunningJobsPort running, ListAssetsPort assets, ReadJobPort reader,
            Clock clock) {
        this(journal, running, assets, reader, clock, DEFAULT_INTENT_GRACE, DEFAULT_ASSET_PAGES);
    }

    /** As above with another grace for stale intents and another number of asset pages (1 or more). */
    public ReconcileService(JobJournalPort journal, ListRunningJobsPort running, ListAssetsPort assets, ReadJobPort reader,
            Clock clock, Duration intentGrace, int assetPages) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.running = Objects.requireNonNull(running, "running");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.intentGrace = Objects.requireNonNull(intentGrace, "intentGrace");
        if (assetPages < 1) {
            throw new IllegalArgumentException("assetPages must be 1 or more (was " + assetPages + ")");
        }
        this.assetPages = assetPages;
    }

    @Override
    public List<Reconciliation> reconcile() {
        Instant now = clock.instant();
        List<JournalRecord> open = journal.unfinished().stream()
                .filter(r -> r.state() == JobState.UNKNOWN
                        || r.state() == JobState.INTENT && !r.intendedAt().plus(intentGrace).isAfter(now))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<RunningJob> runningNow = running.running();
        Map<String, List<Asset>> assetsByAccount = new HashMap<>();
        List<Reconciliation> done = new ArrayList<>();
        for (JournalRecord record : open) {
            JournalRecord unknown = record;
            if (record.state() == JobState.INTENT) {
                unknown = record.unknown(now, "stale intent: no answer journaled within " + intentGrace);
                if (!journal.transition(JobState.INTENT, unknown)) {
                    done.add(elsewhere(record));
                    continue;
                }
            }
            done.add(reconcile(unknown, runningNow, assetsByAccount));
        }
        return done;
    }

    private Reconciliation reconcile(JournalRecord unknown, List<RunningJob> runningNow, Map<String, List<Asset>> cache) {
        String key = unknown.key().value();
        List<JobId> byRef = runningNow.stream().filter(j -> j.reference().filter(key::equals).isPresent())
                .flatMap(j -> j.job().stream()).distinct().toList();
        if (byRef.size() == 1) {
            return attach(unknown, byRef.get(0), "found in GET scheduler by its replyRef");
        }
        if (byRef.size() > 1) {
            return stillUnknown(unknown, byRef, byRef.size() + " running jobs carry replyRef " + key);
        }
        List<JobId> candidates = candidates(unknown, cache.computeIfAbsent(unknown.account().orElse(""),
                account -> assetPages(account.isEmpty() ? null : account)));
        List<JobId> sure = new ArrayList<>();
        for (JobId candidate : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES_READ))) {
            if (echoes(candidate, key)) {
                sure.add(candidate);
            }
        }
        if (sure.size() == 1) {
            return attach(unknown, sure.get(0), "found in GET assets: its status echoes the replyRef");
        }
        String why = sure.size() > 1 ? sure.size() + " jobs in GET assets echo replyRef " + key
                : "no running job carries replyRef " + key + " and no job in GET assets since the intent echoes it";
        return stillUnknown(unknown, candidates, why);
    }

    /** Assets newer than the intent whose jobs the journal does not hold, newest first. */
    private List<JobId> candidates(JournalRecord unknown, List<Asset> newestFirst) {
        List<JobId> found = new ArrayList<>();
        for (Asset asset : newestFirst) {
            if (asset.job().isEmpty()) {
                continue;
            }
            JobId job = asset.job().get();
            var known = journal.findByJob(job);
            if (known.isPresent()) {
                if (known.get().intendedAt().isBefore(unknown.intendedAt())) {
                    break; // an earlier intent's job: everything past it is older than this intent
                }
                continue;
            }
            if (!found.contains(job)) {
                found.add(job);
            }
        }
        return found;
    }

    private List<Asset> assetPages(String account) {
        List<Asset> all = new ArrayList<>();
        AssetQuery query = new AssetQuery(account, 1, PAGE_SIZE, "images");
        for (int page = 1; page <= assetPages; page++) {
            AssetPage got = assets.list(query.page(page));
            all.addAll(got.items());
            if (!got.hasNextPage()) {
                break;
            }
        }
        return all;
    }

    private boolean echoes(JobId candidate, String key) {
        try {
            Job job = reader.read(candidate);
            return job.replyRef().filter(key::equals).isPresent();
        } catch (LtxException unreadable) {
            return false; // listed as a candidate all the same
        }
    }

    private Reconciliation attach(JournalRecord unknown, JobId job, String how) {
        var holder = journal.findByJob(job);
        if (holder.isPresent() && !holder.get().key().equals(unknown.key())) {
            return stillUnknown(unknown, List.of(job), how + ", but that job is journaled under intent " + holder.get().key());
        }
        if (!journal.transition(JobState.UNKNOWN, unknown.attached(job, clock.instant(), "reconciled: " + how))) {
            return elsewhere(unknown);
        }
        return new Reconciliation(unknown.key(), Result.ATTACHED, job, List.of(job), "attached " + job + ": " + how);
    }

    private static Reconciliation stillUnknown(JournalRecord unknown, List<JobId> candidates, String why) {
        String listed = candidates.isEmpty() ? "no candidates"
                : candidates.size() + " candidate(s): " + String.join(", ", candidates.stream().map(JobId::value).toList());
        return new Reconciliation(unknown.key(), Result.STILL_UNKNOWN, null, candidates, "still unknown: " + why + "; "
                + listed + "; settle it with `ltxflux jobs resolve " + unknown.key() + " <jobId>` or `--abandon`");
    }

    private static Reconciliation elsewhere(JournalRecord record) {
        return new Reconciliation(record.key(), Result.SETTLED_ELSEWHERE, null, List.of(),
                "settled by another process meanwhile; nothing changed here");
    }
}
