package dev.ltxflux.journal.file;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal file's lines: how a record and a claim are written, and what the lines say, folded into maps as they are
 * read: the latest record of each key, the key of each job
 * id, the unfinished keys and the claims. Every look-up is a map access, whatever the file's length. Not thread-safe: its
 * journal guards it.
 */
final class JournalIndex {

    /** The legacy format (before intents): {@code <instant> TAB <jobId> TAB <label>}, one submitted job a line. */
    static final String LEGACY_KEY_PREFIX = "legacy:";

    record Claim(String owner, Instant until) {
    }

    private final Map<IntentKey, JournalRecord> records = new LinkedHashMap<>();
    private final Map<JobId, IntentKey> byJob = new HashMap<>();
    private final Set<IntentKey> unfinished = new LinkedHashSet<>();
    private final Map<IntentKey, Claim> claims = new HashMap<>();
    private int settled; // finished or abandoned records

    /** Applies one complete line; a line it cannot read (torn by a crash, or hand-edited) is skipped. */
    void apply(String line) {
        String[] f = line.split("\t", -1);
        try {
            if (f[0].equals("R") && f.length == 12) {
                put(record(f));
            } else if (f[0].equals("C") && f.length == 4) {
                claims.put(new IntentKey(Fields.decode(f[1])),
                        new Claim(f[2].isEmpty() ? null : Fields.decode(f[2]), Instant.ofEpochMilli(Long.parseLong(f[3]))));
            } else if (f.length == 3 && !f[1].isBlank()) {
                legacy(Instant.parse(f[0]), new JobId(Fields.decode(f[1])), Fields.decode(f[2]));
            } // else a header (G), a torn or a hand-edited line: skipped
        } catch (RuntimeException unreadable) {
            // a torn last line or a line edited by hand: skipped, never fatal
        }
    }

    /** The record an {@code R} line holds, if it is one and whole. */
    static Optional<JournalRecord> parseRecord(String line) {
        String[] f = line.split("\t", -1);
        try {
            return f[0].equals("R") && f.length == 12 ? Optional.of(record(f)) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static JournalRecord record(String[] f) {
        return JournalRecord.restore(new IntentKey(Fields.decode(f[1])), Fields.decode(f[2]), Fields.decode(f[3]),
                Fields.decode(f[4]), Instant.parse(f[5]), JobState.valueOf(f[6]), jobId(Fields.decode(f[7])),
                Instant.parse(f[8]), Fields.decode(f[9]), Fields.decode(f[10]), Fields.decode(f[11]));
    }

    private void legacy(Instant submittedAt, JobId job, String label) {
        IntentKey key = new IntentKey(LEGACY_KEY_PREFIX + job.value());
        if (!records.containsKey(key)) {
            put(JournalRecord.restore(key, "edit", job.email().orElse(null), "", submittedAt, JobState.PENDING, job,
                    submittedAt, label, null, "journaled before intents (ltxflux 0.1)"));
        }
    }

    private static JobId jobId(String value) {
        return value == null ? null : new JobId(value);
    }

    void put(JournalRecord record) {
        JournalRecord before = records.put(record.key(), record);
        if (before != null && !before.state().unfinished()) {
            settled--;
        }
        if (!record.state().unfinished()) {
            settled++;
        }
        record.jobId().ifPresent(id -> byJob.put(id, record.key()));
        if (record.state().unfinished()) {
            unfinished.add(record.key());
        } else {
            unfinished.remove(record.key());
        }
    }

    void putClaim(IntentKey key, Claim claim) {
        claims.put(key, claim);
    }

    Optional<JournalRecord> find(IntentKey key) {
        return Optional.ofNullable(records.get(key));
    }

    Optional<JournalRecord> findByJob(JobId id) {
        IntentKey key = byJob.get(id);
        return key == null ? Optional.empty() : find(key);
    }

    List<JournalRecord> unfinished() {
        List<JournalRecord> open = new ArrayList<>(unfinished.size());
        for (IntentKey key : unfinished) {
            open.add(records.get(key));
        }
        open.sort(Comparator.comparing(JournalRecord::intendedAt));
        return open;
    }

    List<JournalRecord> recent(int limit) {
        List<JournalRecord> all = new ArrayList<>(records.values());
        java.util.Collections.reverse(all);
        all.sort(Comparator.comparing(JournalRecord::intendedAt).reversed());
        return List.copyOf(all.subList(0, Math.min(Math.max(limit, 0), all.size())));
    }

    /** The claim on {@code key} if one is held and unexpired at {@code now}. */
    Optional<Claim> claimAt(IntentKey key, Instant now) {
        Claim c = claims.get(key);
        return c == null || c.owner() == null || !c.until().isAfter(now) ? Optional.empty() : Optional.of(c);
    }

    int size() {
        return records.size();
    }

    /** Records finished or abandoned. */
    int settled() {
        return settled;
    }

    /** Every record, in the order first seen. */
    Iterable<JournalRecord> records() {
        return records.values();
    }

    /** The claims held by an owner (unreleased, expired or not), by key. */
    Map<IntentKey, Claim> heldClaims() {
        Map<IntentKey, Claim> held = new LinkedHashMap<>();
        claims.forEach((k, c) -> {
            if (c.owner() != null) {
                held.put(k, c);
            }
        });
        return held;
    }

    /** The records finished or abandoned before {@code cutoff} (by their last change): what compaction archives. */
    List<JournalRecord> settledBefore(Instant cutoff) {
        List<JournalRecord> old = new ArrayList<>();
        for (JournalRecord r : records.values()) {
            if (!r.state().unfinished() && r.updatedAt().isBefore(cutoff)) {
                old.add(r);
            }
        }
        return old;
    }

    /** The line that records {@code r} as it now stands. */
    static String recordLine(JournalRecord r) {
        return String.join("\t", "R", Fields.encode(r.key().value()), Fields.encode(r.operation()),
                Fields.encode(r.account().orElse(null)), Fields.encode(r.requestDigest()), r.intendedAt().toString(),
                r.state().name(), Fields.encode(r.jobId().map(JobId::value).orElse(null)), r.updatedAt().toString(),
                Fields.encode(r.label()), Fields.encode(r.output().orElse(null)), Fields.encode(r.note())) + "\n";
    }

    /** The line that records a claim ({@code owner} null: released). */
    static String claimLine(IntentKey key, String owner, Instant until) {
        return String.join("\t", "C", Fields.encode(key.value()), Fields.encode(owner), Long.toString(until.toEpochMilli())) + "\n";
    }
}
