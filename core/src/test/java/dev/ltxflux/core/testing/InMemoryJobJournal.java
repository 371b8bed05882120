package dev.ltxflux.core.testing;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A journal in memory, for core's tests: the reference implementation of {@link JobJournalContract}. Open for tests
 * that break one of its methods. */
public class InMemoryJobJournal implements JobJournalPort {

    private final Map<IntentKey, JournalRecord> records = new LinkedHashMap<>();
    private final Map<IntentKey, Claim> claims = new HashMap<>();
    private final Consumer<String> log;

    private record Claim(String owner, Instant until) {
    }

    public InMemoryJobJournal() {
        this(line -> { });
    }

    /** Tells {@code log} of every write ({@code intent <key>}, {@code <state> <key> <jobId>}). */
    public InMemoryJobJournal(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public synchronized void recordIntent(JournalRecord intent) {
        if (intent.state() != JobState.INTENT) {
            throw new IllegalArgumentException("an intent must be in state intent, not " + intent.state().label());
        }
        JournalRecord existing = records.get(intent.key());
        if (existing != null) {
            throw new IntentExistsException(existing.key().value(), existing.state().label(), existing.jobId().orElse(null));
        }
        records.put(intent.key(), intent);
        log.accept("intent " + intent.key());
    }

    @Override
    public synchronized boolean transition(JobState expected, JournalRecord next) {
        JournalRecord current = records.get(next.key());
        if (current == null || current.state() != expected || !expected.mayMoveTo(next.state())) {
            return false;
        }
        records.put(next.key(), next);
        log.accept(next.state().label() + " " + next.key() + next.jobId().map(id -> " " + id).orElse(""));
        return true;
    }

    @Override
    public synchronized Optional<JournalRecord> find(IntentKey key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public synchronized Optional<JournalRecord> findByJob(JobId jobId) {
        return records.values().stream().filter(r -> r.jobId().filter(jobId::equals).isPresent())
                .max(Comparator.comparing(JournalRecord::intendedAt));
    }

    @Override
    public synchronized List<JournalRecord> unfinished() {
        return records.values().stream().filter(r -> r.state().unfinished())
                .sorted(Comparator.comparing(JournalRecord::intendedAt)).toList();
    }

    @Override
    public synchronized List<JournalRecord> recent(int limit) {
        List<JournalRecord> all = new ArrayList<>(records.values());
        java.util.Collections.reverse(all); // among equal times, the last recorded counts as the newest
        all.sort(Comparator.comparing(JournalRecord::intendedAt).reversed());
        return List.copyOf(all.subList(0, Math.min(Math.max(limit, 0), all.size())));
    }

    @Override
    public synchronized boolean claim(IntentKey key, String owner, Instant now, Duration lease) {
        Claim held = claims.get(key);
        if (held != null && !held.owner().equals(owner) && held.until().isAfter(now)) {
            return false;
        }
        claims.put(key, new Claim(owner, now.plus(lease)));
        return true;
    }

    @Override
    public synchronized void release(IntentKey key, String owner) {
        Claim held = claims.get(key);
        if (held != null && held.owner().equals(owner)) {
            claims.remove(key);
        }
    }
}
