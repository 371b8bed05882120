package dev.ltxflux.mock.state;

import dev.ltxflux.mock.config.MockConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** The configured accounts: which one a request acts for, its credits, and its running jobs (the 429 limit). Thread-safe. */
public final class AccountLedger {

    private final List<String> accounts;
    private final long initialCredits;
    private final int defaultMaxJobs;
    private final Map<String, Long> credits = new HashMap<>();
    private final Map<String, PriorityQueue<Instant>> running = new HashMap<>();

    public AccountLedger(MockConfig config) {
        this.accounts = config.accounts().emails();
        this.initialCredits = config.accounts().credits();
        this.defaultMaxJobs = config.accounts().maxJobs();
        reset();
    }

    /** Restores every account's credits and frees its slots. */
    public synchronized void reset() {
        running.clear();
        credits.clear();
        accounts.forEach(a -> credits.put(a, initialCredits));
    }

    /** The account a request acts for: the named one, or the only one; a documented-shape 400 otherwise. */
    public String account(String email) {
        if (email == null || email.isEmpty()) {
            if (accounts.size() > 1) {
                throw new Rejection(400, "email: is required when more than one account is configured");
            }
            return accounts.get(0);
        }
        if (!accounts.contains(email)) {
            throw new Rejection(400, "email: account " + email + " is not configured");
        }
        return email;
    }

    /**
     * Takes a concurrency slot until {@code until} and charges a credit; a 429 or 402 {@link Rejection} otherwise.
     *
     * @param maxJobs the request's override of the account's limit, or null
     */
    public synchronized void charge(String account, Instant now, Instant until, Integer maxJobs) {
        PriorityQueue<Instant> active = running.computeIfAbsent(account, a -> new PriorityQueue<>());
        while (!active.isEmpty() && !active.peek().isAfter(now)) {
            active.poll();
        }
        int limit = maxJobs == null ? defaultMaxJobs : maxJobs;
        if (active.size() >= limit) {
            long millis = Duration.between(now, active.peek()).toMillis();
            throw new Rejection(429, "Account " + account + " is running " + active.size() + " of " + limit
                    + " concurrent jobs, retry later", Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
        }
        long left = credits.getOrDefault(account, -1L);
        if (left == 0) {
            throw new Rejection(402, "Insufficient credits");
        }
        if (left > 0) {
            credits.put(account, left - 1);
        }
        active.add(until);
    }

    /** Frees the slot a job of {@code account} held until {@code until} (it ended early); the credit stays spent. */
    public synchronized void release(String account, Instant until) {
        PriorityQueue<Instant> active = running.get(account);
        if (active != null) {
            active.remove(until);
        }
    }

    public synchronized long creditsLeft(String account) {
        return credits.getOrDefault(account, -1L);
    }
}
