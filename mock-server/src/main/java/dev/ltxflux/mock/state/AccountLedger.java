package dev.ltxflux.mock.state;

import dev.ltxflux.mock.config.MockConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured accounts, mutable through {@code POST/DELETE accounts}: which one a request acts for, its limit and its
 * balance (the 402 and the 429 of a submit). Running jobs are not kept here: the caller counts them from the job registry
 * (one truth for the 429, the scheduler views and restored jobs). Thread-safe.
 */
public final class AccountLedger {

    /** How many accounts one useapi subscription holds (useapi's own limit per AI service); one more answers 402. */
    public static final int MAX_ACCOUNTS = 3;
    static final Duration TOKEN_LIFETIME = Duration.ofDays(90);

    private final MockConfig config;
    private final Clock clock;
    private final Map<String, MockAccount> accounts = new LinkedHashMap<>();

    public AccountLedger(MockConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        reset();
    }

    /** Back to the configured accounts, each with its full balance. */
    public synchronized void reset() {
        accounts.clear();
        Instant now = clock.instant();
        long credits = config.accounts().credits();
        int n = 0;
        for (String email : config.accounts().emails()) {
            accounts.put(email, new MockAccount(email, "user" + (10000 + ++n), config.accounts().maxJobs(),
                    credits < 0 ? MockAccount.UNLIMITED_START : credits, credits < 0, now, now.plus(TOKEN_LIFETIME), null));
        }
    }

    /** The account a request acts for: the named one, or the only one; a documented-shape 400 otherwise. */
    public synchronized String account(String email) {
        if (email == null || email.isEmpty()) {
            if (accounts.isEmpty()) {
                throw new Rejection(400, "email: no LTX Studio account is configured (add one with POST accounts)");
            }
            if (accounts.size() > 1) {
                throw new Rejection(400, "email: is required when more than one account is configured");
            }
            return accounts.keySet().iterator().next();
        }
        if (!accounts.containsKey(email)) {
            throw new Rejection(400, "email: account " + email + " is not configured");
        }
        return email;
    }

    /**
     * Charges one token for a job that starts now; a 429 when {@code running} jobs fill the limit (the request's
     * {@code maxJobs} overrides the account's), a 402 when the balance is spent.
     *
     * @param running     the account's running (tracked, active) jobs now
     * @param firstEndsAt when the first of them ends (for Retry-After), or null
     */
    public synchronized void charge(String account, Instant now, int running, Instant firstEndsAt, Integer maxJobs) {
        MockAccount a = accounts.get(account);
        if (a == null) {
            throw new Rejection(400, "email: account " + account + " is not configured");
        }
        int limit = maxJobs == null ? a.maxJobs() : maxJobs;
        if (running >= limit) {
            long millis = firstEndsAt == null ? 1000 : Math.max(0, Duration.between(now, firstEndsAt).toMillis());
            throw new Rejection(429, "Account " + account + " is running " + running + " of " + limit
                    + " concurrent jobs, retry later", Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
        }
        if (a.balance() <= 0 && !a.unlimited()) {
            throw new Rejection(402, "Insufficient credits");
        }
        accounts.put(account, a.charged(now));
    }

    /**
     * Creates or updates the account of {@code email} ({@code POST accounts}); a 402 "Subscription required" when a new
     * one would exceed {@value #MAX_ACCOUNTS}. A new account starts with the configured balance.
     */
    public synchronized MockAccount configure(String email, String ltId, int maxJobs, Instant tokenExpire) {
        Instant now = clock.instant();
        Instant expires = tokenExpire != null ? tokenExpire : now.plus(TOKEN_LIFETIME);
        MockAccount known = accounts.get(email);
        if (known == null && accounts.size() >= MAX_ACCOUNTS) {
            throw new Rejection(402, "Subscription required");
        }
        long credits = config.accounts().credits();
        MockAccount next = known != null ? known.reconfigured(ltId, maxJobs, now, expires)
                : new MockAccount(email, ltId, maxJobs, credits < 0 ? MockAccount.UNLIMITED_START : credits, credits < 0, now, expires, null);
        accounts.put(email, next);
        return next;
    }

    /** Removes the account; false when it was not configured. Its e-mail is unknown to every endpoint afterwards. */
    public synchronized boolean remove(String email) {
        return accounts.remove(email) != null;
    }

    public synchronized Optional<MockAccount> get(String email) {
        return Optional.ofNullable(accounts.get(email));
    }

    /** Every configured account, in the order they were configured. */
    public synchronized List<MockAccount> all() {
        return List.copyOf(accounts.values());
    }

    /** Tokens left; -1 when the account's balance is unlimited or it is not configured. */
    public synchronized long creditsLeft(String account) {
        MockAccount a = accounts.get(account);
        return a == null || a.unlimited() ? -1 : a.balance();
    }
}
